package de.kommunalmesse.fair;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** Where an edition stands: being prepared, open to visitors, or kept as a read-only archive. */
public enum EditionState implements Coded {
    /** Visible to admins and the staff of exhibitors taking part only. */
    PREPARATION("preparation"),
    /** Public; booths, programme and chat work as usual. */
    OPEN("open"),
    /** Public and read-only: recordings, slides, materials, FAQ and the public chat history stay readable. */
    ARCHIVE("archive");

    private final String code;

    EditionState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static EditionState fromCode(String code) {
        return Coded.byCode(EditionState.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<EditionState> {
        public DbConverter() {
            super(EditionState.class);
        }
    }
}
