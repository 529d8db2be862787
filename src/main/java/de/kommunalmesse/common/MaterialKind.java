package de.kommunalmesse.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.persistence.Converter;

/** What an uploaded file is, decided from its content. */
public enum MaterialKind implements Coded {
    DOCUMENT("document"),
    IMAGE("image"),
    SLIDES("slides");

    private final String code;

    MaterialKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static MaterialKind fromCode(String code) {
        return Coded.byCode(MaterialKind.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<MaterialKind> {
        public DbConverter() {
            super(MaterialKind.class);
        }
    }
}
