package de.kommunalmesse.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a notification is about, as users choose how to receive it: a notification's kind starts with its topic
 * ({@code conversation.reply} is of {@link #CONVERSATION}).
 */
public enum Topic {
    MEETING("meeting", false),
    CONVERSATION("conversation", false),
    CONTACT("contact", false),
    BOOTH("booth", false),
    REMINDER("reminder", false),
    /** Booth changes waiting for review: admins only. */
    REVIEW("review", true),
    /** Reported chat messages: admins only. */
    REPORT("report", true);

    private final String code;
    private final boolean adminsOnly;

    Topic(String code, boolean adminsOnly) {
        this.code = code;
        this.adminsOnly = adminsOnly;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean adminsOnly() {
        return adminsOnly;
    }

    /** The topic of a notification kind. */
    public static Topic of(String kind) {
        String prefix = kind.substring(0, kind.indexOf('.'));
        return byCode(prefix).orElseThrow(() -> new IllegalArgumentException("No topic for kind " + kind));
    }

    public static Optional<Topic> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    @JsonCreator
    static Topic fromJson(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown topic " + code));
    }
}
