package de.kommunalmesse.accessibility;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** How far the platform meets the accessibility requirements, as the EU model statement words it: fully, partially or not compliant. */
public enum Compliance implements Coded {
    FULL("vollstaendig"),
    PARTIAL("teilweise"),
    NONE("nicht");

    private final String code;

    Compliance(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static Compliance fromCode(String code) {
        return Coded.byCode(Compliance.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<Compliance> {
        public DbConverter() {
            super(Compliance.class);
        }
    }
}
