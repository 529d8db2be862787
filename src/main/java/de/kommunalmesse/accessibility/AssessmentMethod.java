package de.kommunalmesse.accessibility;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** How the statement's claims were reached: the operator's own assessment or a test by a third party. */
public enum AssessmentMethod implements Coded {
    SELF_ASSESSMENT("selbstbewertung"),
    THIRD_PARTY("fremdpruefung");

    private final String code;

    AssessmentMethod(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static AssessmentMethod fromCode(String code) {
        return Coded.byCode(AssessmentMethod.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<AssessmentMethod> {
        public DbConverter() {
            super(AssessmentMethod.class);
        }
    }
}
