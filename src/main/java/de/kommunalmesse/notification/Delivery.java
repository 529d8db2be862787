package de.kommunalmesse.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How a user wants to receive the notifications of a topic. */
public enum Delivery {
    /** In the notification centre only (the default). */
    APP("app"),
    /** In the notification centre and by e-mail at once. */
    IMMEDIATE("immediate"),
    /** In the notification centre, and by e-mail in the daily digest if still unread. */
    DIGEST("digest"),
    /** Not at all. */
    OFF("off");

    private final String code;

    Delivery(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean mails() {
        return this == IMMEDIATE || this == DIGEST;
    }

    public static Optional<Delivery> byCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }

    @JsonCreator
    static Delivery fromJson(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown delivery " + code));
    }
}
