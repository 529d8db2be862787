package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** What reusing a service costs, roughly: nothing, a share of the running costs, or a licence fee. */
public enum CostModel implements Coded {
    FREE("free"),
    COST_SHARING("cost-sharing"),
    LICENCE_FEE("licence-fee");

    private final String code;

    CostModel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static CostModel fromCode(String code) {
        return Coded.byCode(CostModel.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<CostModel> {
        public DbConverter() {
            super(CostModel.class);
        }
    }
}
