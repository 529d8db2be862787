package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/**
 * The edition of the OZG-Reifegradmodell a maturity level is stated in (docs/reuse.md): 1.1 (June 2020, levels 0–4)
 * or 2.0 (July 2025, levels 0–7), which replaced it. Levels of the two are not comparable, so a level is always
 * read together with its model.
 */
public enum OzgModel implements Coded {
    V1_1("1.1", 4),
    V2_0("2.0", 7);

    /** The model a level means when none is named: the one the field had before 2.0 was added. */
    public static final OzgModel DEFAULT = V1_1;

    private final String code;
    private final int maxLevel;

    OzgModel(String code, int maxLevel) {
        this.code = code;
        this.maxLevel = maxLevel;
    }

    @Override
    public String code() {
        return code;
    }

    /** The highest level of this model. */
    public int maxLevel() {
        return maxLevel;
    }

    @JsonCreator
    public static OzgModel fromCode(String code) {
        return Coded.byCode(OzgModel.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<OzgModel> {
        public DbConverter() {
            super(OzgModel.class);
        }
    }
}
