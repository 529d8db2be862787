package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** How others can reuse a service: an EfA service, open source, shared procurement, or a concept only. */
public enum ReuseModel implements Coded {
    EFA("efa"),
    OPEN_SOURCE("open-source"),
    GEMEINSAME_BESCHAFFUNG("gemeinsame-beschaffung"),
    KONZEPT("konzept");

    private final String code;

    ReuseModel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static ReuseModel fromCode(String code) {
        return Coded.byCode(ReuseModel.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<ReuseModel> {
        public DbConverter() {
            super(ReuseModel.class);
        }
    }
}
