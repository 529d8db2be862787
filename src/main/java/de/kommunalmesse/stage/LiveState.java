package de.kommunalmesse.stage;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** Live state of a stage: upcoming, live, paused (with a message) or ended. */
public enum LiveState implements Coded {
    UPCOMING("upcoming"),
    LIVE("live"),
    PAUSED("paused"),
    ENDED("ended");

    private final String code;

    LiveState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static LiveState fromCode(String code) {
        return Coded.byCode(LiveState.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<LiveState> {
        public DbConverter() {
            super(LiveState.class);
        }
    }
}
