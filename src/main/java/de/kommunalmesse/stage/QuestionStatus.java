package de.kommunalmesse.stage;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** Where a question stands: waiting for a moderator, approved (visible), answered, or rejected. */
public enum QuestionStatus implements Coded {
    PENDING("pending"),
    APPROVED("approved"),
    ANSWERED("answered"),
    REJECTED("rejected");

    private final String code;

    QuestionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static QuestionStatus fromCode(String code) {
        return Coded.byCode(QuestionStatus.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<QuestionStatus> {
        public DbConverter() {
            super(QuestionStatus.class);
        }
    }
}
