package de.kommunalmesse.chat;

/**
 * Why the chat refused something: the stable {@code code} of a WebSocket {@code error} frame, the HTTP
 * status of the same refusal over REST, and the key of its German/English text in {@code problems*.properties}.
 */
public enum ChatError {

    INVALID_CHANNEL("invalid-channel", 400, "badRequest.chatChannel"),
    CHANNEL_NOT_FOUND("channel-not-found", 404, "notFound.chatChannel"),
    LOGIN_REQUIRED("login-required", 401, "unauthorized.chat"),
    READ_FORBIDDEN("forbidden", 403, "forbidden.chatRead"),
    MODERATE_FORBIDDEN("forbidden", 403, "forbidden.chatModerate"),
    ADMIN_ONLY("forbidden", 403, "forbidden.chatAdminOnly"),
    NOT_STAFF("forbidden", 403, "forbidden.chatNotStaff"),
    NOT_OWN_MESSAGE("not-own-message", 403, "forbidden.chatNotOwnMessage"),
    MUTED("muted", 403, "forbidden.chatMuted"),
    MUTED_FOR("muted", 403, "forbidden.chatMutedFor"),
    BANNED("banned", 403, "forbidden.chatBanned"),
    NOT_SUBSCRIBED("not-subscribed", 409, "conflict.chatNotSubscribed"),
    TOO_MANY_SUBSCRIPTIONS("too-many-subscriptions", 409, "conflict.chatTooManySubscriptions"),
    TEXT_EMPTY("text-empty", 400, "badRequest.chatTextEmpty"),
    TEXT_TOO_LONG("text-too-long", 400, "badRequest.chatTextTooLong"),
    INVALID_CLIENT_MSG_ID("invalid-client-msg-id", 400, "badRequest.chatClientMsgId"),
    MESSAGE_NOT_FOUND("message-not-found", 404, "notFound.chatMessage"),
    MESSAGE_DELETED("message-deleted", 409, "conflict.chatMessageDeleted"),
    CONVERSATION_NOT_FOUND("conversation-not-found", 404, "notFound.chatConversation"),
    CONVERSATION_CLOSED("conversation-closed", 409, "conflict.chatConversationClosed"),
    ARCHIVED("archived", 403, "forbidden.chatArchived"),
    OWN_BOOTH("own-booth", 409, "conflict.chatOwnBooth"),
    ALREADY_REPORTED("already-reported", 409, "conflict.chatAlreadyReported"),
    REPORT_NOT_FOUND("report-not-found", 404, "notFound.chatReport"),
    SANCTION_NOT_FOUND("sanction-not-found", 404, "notFound.chatSanction"),
    SELF_SANCTION("self-sanction", 409, "conflict.chatSelfSanction"),
    INVALID_SANCTION("invalid-sanction", 400, "badRequest.chatSanction"),
    INVALID_SETTINGS("invalid-settings", 400, "badRequest.chatSettings"),
    RATE_LIMITED("rate-limited", 429, "tooManyRequests.chat"),
    SLOW_MODE("slow-mode", 429, "tooManyRequests.chatSlowMode"),
    BUSY("busy", 503, "serviceUnavailable.chat"),
    BAD_FRAME("bad-frame", 400, "badRequest.chatFrame"),
    UNKNOWN_TYPE("unknown-type", 400, "badRequest.chatFrameType"),
    MISSING_FIELD("missing-field", 400, "badRequest.chatFrameField"),
    BINARY_NOT_SUPPORTED("binary-not-supported", 400, "badRequest.chatBinary"),
    AUTH_FAILED("auth-failed", 401, "unauthorized.chatToken"),
    RECONNECT_REQUIRED("reconnect-required", 409, "conflict.chatReconnect"),
    INTERNAL("internal", 500, "serverError.chat");

    private final String code;
    private final int status;
    private final String key;

    ChatError(String code, int status, String key) {
        this.code = code;
        this.status = status;
        this.key = key;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public ChatException exception(Object... args) {
        return new ChatException(this, null, args);
    }
}
