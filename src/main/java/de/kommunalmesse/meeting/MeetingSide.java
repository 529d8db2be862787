package de.kommunalmesse.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** The two sides of a meeting: the visitor who booked it and the booth's team. */
public enum MeetingSide implements Coded {
    VISITOR("visitor"),
    BOOTH("booth");

    private final String code;

    MeetingSide(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static MeetingSide fromCode(String code) {
        return Coded.byCode(MeetingSide.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<MeetingSide> {
        public DbConverter() {
            super(MeetingSide.class);
        }
    }
}
