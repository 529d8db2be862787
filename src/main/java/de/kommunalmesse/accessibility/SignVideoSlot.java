package de.kommunalmesse.accessibility;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.kommunalmesse.common.Coded;
import jakarta.persistence.Converter;

/** The Leichte-Sprache pages that BITV 2.0 §4 with Anlage 2 asks for, each with a slot for a sign-language (DGS) video. */
public enum SignVideoSlot implements Coded {
    OFFER("angebot"),
    USAGE("bedienung"),
    STATEMENT("erklaerung"),
    MORE("weitere");

    private final String code;

    SignVideoSlot(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static SignVideoSlot fromCode(String code) {
        return Coded.byCode(SignVideoSlot.class, code);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends Coded.DbConverter<SignVideoSlot> {
        public DbConverter() {
            super(SignVideoSlot.class);
        }
    }
}
