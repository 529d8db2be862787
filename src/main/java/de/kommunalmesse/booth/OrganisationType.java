package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** What kind of organisation an exhibitor is; the code is what the API and the database carry. */
public enum OrganisationType {
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

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static OrganisationType fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown organisation type " + code));
    }

    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<OrganisationType, String> {

        @Override
        public String convertToDatabaseColumn(OrganisationType type) {
            return type == null ? null : type.code;
        }

        @Override
        public OrganisationType convertToEntityAttribute(String code) {
            return code == null ? null : fromCode(code);
        }
    }
}
