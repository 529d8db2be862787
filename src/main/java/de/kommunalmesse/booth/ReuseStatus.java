package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;

/** Where a reuse request stands on the booth's board (docs/reuse.md has the allowed moves). */
public enum ReuseStatus implements Coded {
    INTERESSE("interesse"),
    IM_GESPRAECH("im-gespraech"),
    VEREINBARUNG("vereinbarung"),
    IN_EINFUEHRUNG("in-einfuehrung"),
    NACHGENUTZT("nachgenutzt"),
    ABGEBROCHEN("abgebrochen"),
    ZURUECKGEZOGEN("zurueckgezogen");

    private final String code;

    ReuseStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The moves the board allows from this status: one step on or back among the open ones, cancelling any
     * open request, and reopening a cancelled one. Reused and withdrawn requests stay as they are.
     */
    public Set<ReuseStatus> next() {
        return switch (this) {
            case INTERESSE -> EnumSet.of(IM_GESPRAECH, ABGEBROCHEN);
            case IM_GESPRAECH -> EnumSet.of(INTERESSE, VEREINBARUNG, ABGEBROCHEN);
            case VEREINBARUNG -> EnumSet.of(IM_GESPRAECH, IN_EINFUEHRUNG, ABGEBROCHEN);
            case IN_EINFUEHRUNG -> EnumSet.of(VEREINBARUNG, NACHGENUTZT, ABGEBROCHEN);
            case ABGEBROCHEN -> EnumSet.of(IM_GESPRAECH);
            case NACHGENUTZT, ZURUECKGEZOGEN -> EnumSet.noneOf(ReuseStatus.class);
        };
    }

    @JsonCreator
    public static ReuseStatus fromCode(String code) {
        return Coded.byCode(ReuseStatus.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<ReuseStatus> {
        public DbConverter() {
            super(ReuseStatus.class);
        }
    }
}
