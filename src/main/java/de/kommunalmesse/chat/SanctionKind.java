package de.kommunalmesse.chat;

import com.fasterxml.jackson.annotation.JsonValue;

/** A mute takes writing away for a while; a ban takes reading and writing away. */
public enum SanctionKind {
    MUTE("mute"),
    BAN("ban");

    private final String value;

    SanctionKind(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
