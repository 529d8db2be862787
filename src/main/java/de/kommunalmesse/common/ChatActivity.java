package de.kommunalmesse.common;

/**
 * Something in the chat that a person should learn of while elsewhere: fired inside the change's transaction, so
 * observe it with {@code during = TransactionPhase.AFTER_SUCCESS}. It lives here, not in the chat, so that the
 * notification centre learns of it without depending on the chat (as the chat delivers {@link UserNotified} without
 * depending on the notification centre). It does not travel to other instances.
 */
public sealed interface ChatActivity {

    /**
     * A new message in a private conversation for the other side.
     *
     * @param recipient the username to tell: the visitor when staff wrote, the handling staff member when the visitor did
     * @param byStaff whether the booth's team wrote
     */
    record ConversationReply(long conversationId, String recipient, String boothName, String authorName, boolean byStaff)
            implements ChatActivity {
    }

    /** A message in a support conversation ("Hilfe") that no admin handles yet: every admin should learn of it. */
    record SupportRequested(long conversationId, String visitorName) implements ChatActivity {
    }

    /** A message was reported to the admins. */
    record MessageReported(long reportId, String channel, String reason) implements ChatActivity {
    }
}
