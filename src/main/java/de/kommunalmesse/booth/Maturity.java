package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** How far a reusable service is: an idea, a pilot, or in production (im Produktivbetrieb). */
public enum Maturity implements Coded {
    IDEE("idee"),
    PILOT("pilot"),
    PRODUKTIV("produktiv");

    private final String code;

    Maturity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static Maturity fromCode(String code) {
        return Coded.byCode(Maturity.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<Maturity> {
        public DbConverter() {
            super(Maturity.class);
        }
    }
}
