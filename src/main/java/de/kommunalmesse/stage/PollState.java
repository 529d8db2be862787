package de.kommunalmesse.stage;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** A poll is prepared (draft), open for votes, or closed (results stay visible). */
public enum PollState implements Coded {
    DRAFT("draft"),
    OPEN("open"),
    CLOSED("closed");

    private final String code;

    PollState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static PollState fromCode(String code) {
        return Coded.byCode(PollState.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<PollState> {
        public DbConverter() {
            super(PollState.class);
        }
    }
}
