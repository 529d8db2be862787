package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** Where a contact request stands in the exhibitor's inbox: neu, in Bearbeitung, erledigt. */
public enum ContactRequestStatus implements Coded {
    NEU("neu"),
    IN_BEARBEITUNG("in-bearbeitung"),
    ERLEDIGT("erledigt");

    private final String code;

    ContactRequestStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static ContactRequestStatus fromCode(String code) {
        return Coded.byCode(ContactRequestStatus.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<ContactRequestStatus> {
        public DbConverter() {
            super(ContactRequestStatus.class);
        }
    }
}
