package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** State of a booth's working copy: being edited, submitted for review, or rejected with a reason. */
public enum DraftState implements Coded {
    EDITING("editing"),
    SUBMITTED("submitted"),
    REJECTED("rejected");

    private final String code;

    DraftState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static DraftState fromCode(String code) {
        return Coded.byCode(DraftState.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<DraftState> {
        public DbConverter() {
            super(DraftState.class);
        }
    }
}
