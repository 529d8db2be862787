package de.kommunalmesse.stage;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** Kinds of programme items: Grußwort, Keynote, Fachbeitrag, Podiumsdiskussion, Workshop. */
public enum TalkType implements Coded {
    GRUSSWORT("grusswort"),
    KEYNOTE("keynote"),
    FACHBEITRAG("fachbeitrag"),
    PODIUM("podium"),
    WORKSHOP("workshop");

    private final String code;

    TalkType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static TalkType fromCode(String code) {
        return Coded.byCode(TalkType.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<TalkType> {
        public DbConverter() {
            super(TalkType.class);
        }
    }
}
