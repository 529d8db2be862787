package de.kommunalmesse.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** Whether a meeting stands or was cancelled. */
public enum MeetingStatus implements Coded {
    BOOKED("booked"),
    CANCELLED("cancelled");

    private final String code;

    MeetingStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static MeetingStatus fromCode(String code) {
        return Coded.byCode(MeetingStatus.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<MeetingStatus> {
        public DbConverter() {
            super(MeetingStatus.class);
        }
    }
}
