package de.kommunalmesse.notification;

import de.kommunalmesse.common.ChatActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The chat's notifications: a new message in a private conversation for the other side (one notification per
 * conversation while unread, however many messages), a question to the support team nobody handles yet and a
 * reported message for the admins.
 */
@ApplicationScoped
public class ChatNotices {

    @Inject
    NotificationService notifications;

    void happened(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatActivity activity) {
        if (activity instanceof ChatActivity.ConversationReply r) {
            notifications.notify(r.recipient(), "conversation.reply", r.boothName(), r.authorName(), null,
                    "/gespraeche/" + r.conversationId(), "conversation:" + r.conversationId());
        } else if (activity instanceof ChatActivity.SupportRequested s) {
            notifications.notifyAdmins("conversation.support", s.visitorName(), null, null,
                    "/gespraeche/" + s.conversationId(), "support:" + s.conversationId());
        } else if (activity instanceof ChatActivity.MessageReported m) {
            notifications.notifyAdmins("report.new", m.channel(), m.reason(), null, "/verwaltung/chat");
        }
    }
}
