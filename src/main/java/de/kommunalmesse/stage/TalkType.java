package de.kommunalmesse.stage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** Kinds of programme items: Grußwort, Keynote, Fachbeitrag, Podiumsdiskussion, Workshop. */
public enum TalkType {
    GRUSSWORT("grusswort"),
    KEYNOTE("keynote"),
    FACHBEITRAG("fachbeitrag"),
    PODIUM("podium"),
    WORKSHOP("workshop");

    private final String code;

    TalkType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static TalkType fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown talk type " + code));
    }

    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<TalkType, String> {

        @Override
        public String convertToDatabaseColumn(TalkType type) {
            return type == null ? null : type.code;
        }

        @Override
        public TalkType convertToEntityAttribute(String code) {
            return code == null ? null : fromCode(code);
        }
    }
}
