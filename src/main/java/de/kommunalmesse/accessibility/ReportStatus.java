package de.kommunalmesse.accessibility;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** Where a barrier report stands in the admin queue: neu, in Bearbeitung, beantwortet, abgeschlossen. */
public enum ReportStatus implements Coded {
    NEW("neu"),
    IN_PROGRESS("in-bearbeitung"),
    ANSWERED("beantwortet"),
    CLOSED("abgeschlossen");

    private final String code;

    ReportStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static ReportStatus fromCode(String code) {
        return Coded.byCode(ReportStatus.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<ReportStatus> {
        public DbConverter() {
            super(ReportStatus.class);
        }
    }
}
