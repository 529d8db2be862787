package de.kommunalmesse.chat;

import de.kommunalmesse.common.ProblemException;

/**
 * A refusal of the chat. Over REST it is an ordinary problem+json; over the WebSocket it becomes an
 * {@code error} frame with {@link ChatError#code()}.
 */
public class ChatException extends ProblemException {

    private final ChatError error;
    private final Long retryAfterMs;

    public ChatException(ChatError error, Long retryAfterMs, Object... args) {
        super(error.status(), error.key(), null, args);
        this.error = error;
        this.retryAfterMs = retryAfterMs;
    }

    public static ChatException retryLater(ChatError error, long retryAfterMs) {
        return new ChatException(error, retryAfterMs, Math.max(1, (retryAfterMs + 999) / 1000));
    }

    public ChatError error() {
        return error;
    }

    public Long retryAfterMs() {
        return retryAfterMs;
    }
}
