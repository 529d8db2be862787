package de.kommunalmesse.stage;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** What a stage streams: nothing yet, an HLS stream, or an embed of an external video platform. */
public enum StreamKind implements Coded {
    NONE("none"),
    HLS("hls"),
    EMBED("embed");

    private final String code;

    StreamKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static StreamKind fromCode(String code) {
        return Coded.byCode(StreamKind.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<StreamKind> {
        public DbConverter() {
            super(StreamKind.class);
        }
    }
}
