package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** What kind of organisation an exhibitor is. */
public enum OrganisationType implements Coded {
    KOMMUNE("kommune"),
    KREIS("kreis"),
    IT_DIENSTLEISTER("it-dienstleister"),
    LAND("land"),
    VERBAND("verband"),
    HOCHSCHULE("hochschule"),
    UNTERNEHMEN("unternehmen");

    private final String code;

    OrganisationType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static OrganisationType fromCode(String code) {
        return Coded.byCode(OrganisationType.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<OrganisationType> {
        public DbConverter() {
            super(OrganisationType.class);
        }
    }
}
