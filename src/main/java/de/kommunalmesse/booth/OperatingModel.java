package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** Who runs a service for a reusing municipality: the municipality itself, an IT provider on its behalf, or the vendor as software as a service. */
public enum OperatingModel implements Coded {
    SELF_HOSTED("self-hosted"),
    PROVIDER("provider"),
    SAAS("saas");

    private final String code;

    OperatingModel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static OperatingModel fromCode(String code) {
        return Coded.byCode(OperatingModel.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<OperatingModel> {
        public DbConverter() {
            super(OperatingModel.class);
        }
    }
}
