package de.kommunalmesse.insights;

/**
 * The counters kept per booth (and for the whole edition) and hour, as they are named in {@code insight_count}.
 * Every one adds up over hours and days.
 */
enum Metric {
    /** A booth page was opened (booth) or any booth was visited (edition). */
    VISITS("visits"),
    /** A visitor was seen for the first time that day at the booth (booth) or on the platform (edition). */
    VISITORS("visitors"),
    SOURCE_HALL("source.hall"),
    SOURCE_TALK("source.talk"),
    SOURCE_PROGRAMME("source.programme"),
    SOURCE_DIRECT("source.direct"),
    DOWNLOADS("downloads"),
    CHAT_MESSAGES("chat.messages"),
    CONVERSATIONS("chat.conversations"),
    /** Conversations answered (or claimed) by the team for the first time. */
    ANSWERED("chat.answered"),
    /** Seconds visitors waited for those first answers, summed. */
    ANSWER_SECONDS("chat.answer-seconds"),
    CONTACT_REQUESTS("contact-requests"),
    REUSE_REQUESTS("reuse-requests"),
    MEETINGS("meetings");

    final String key;

    Metric(String key) {
        this.key = key;
    }

    static Metric of(String key) {
        for (Metric metric : values()) {
            if (metric.key.equals(key)) {
                return metric;
            }
        }
        return null;
    }
}
