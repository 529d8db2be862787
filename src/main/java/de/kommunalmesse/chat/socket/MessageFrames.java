package de.kommunalmesse.chat.socket;

import de.kommunalmesse.chat.ChannelState;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.channel.Subscription;
import de.kommunalmesse.chat.conversation.ConversationService;
import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.chat.message.MessageService;
import de.kommunalmesse.chat.message.MessageWriter.Written;
import de.kommunalmesse.chat.moderation.ModerationService;
import de.kommunalmesse.chat.protocol.ChatProtocol.Ack;
import de.kommunalmesse.chat.protocol.ChatProtocol.Delete;
import de.kommunalmesse.chat.protocol.ChatProtocol.Edit;
import de.kommunalmesse.chat.protocol.ChatProtocol.Send;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Frames that change messages: send, edit, delete. They stay on the event loop (the checks are in
 * memory, see {@link MessageService#post}) and are acknowledged when the writer has committed.
 */
@ApplicationScoped
class MessageFrames {

    private static final Logger LOG = Logger.getLogger(MessageFrames.class);

    @Inject
    MessageService messages;

    @Inject
    ModerationService moderation;

    @Inject
    ConversationService conversations;

    @Inject
    Replies replies;

    Uni<Void> send(ChatSession session, Send frame) {
        Subscription subscription = Replies.subscription(session, frame.channel());
        ChatUser user = session.user();
        messages.post(user, subscription, frame.clientMsgId(), frame.text()).whenComplete((written, failure) -> {
            if (failure != null) {
                replies.error(session, frame.ref(), failure);
                return;
            }
            replies.reply(session, new Ack(frame.ref(), written.channel(), written.clientMsgId(), written.seq(),
                    written.rev(), written.duplicate()));
            ChannelState channel = subscription.channel();
            if (channel.isConversation() && !written.duplicate()) {
                Infrastructure.getDefaultWorkerPool().execute(() -> afterConversationMessage(channel, user,
                        subscription, written.seq()));
            }
        });
        return Replies.done();
    }

    /** The first staff member to answer in a conversation handles it; the staff console hears of the message. */
    private void afterConversationMessage(ChannelState channel, ChatUser author, Subscription subscription, long seq) {
        try {
            conversations.messageStored(channel.conversation().id(), author,
                    "staff".equals(subscription.access().authorRole()), seq);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Updating conversation %s after a message failed", channel.id());
        }
    }

    Uni<Void> edit(ChatSession session, Edit frame) {
        Subscription subscription = Replies.subscription(session, frame.channel());
        acknowledge(session, frame.ref(), messages.edit(session.user(), subscription, frame.seq(), frame.text()));
        return Replies.done();
    }

    Uni<Void> delete(ChatSession session, Delete frame) {
        Subscription subscription = Replies.subscription(session, frame.channel());
        acknowledge(session, frame.ref(), moderation.deleteMessage(session.user(), subscription, frame.seq()));
        return Replies.done();
    }

    private void acknowledge(ChatSession session, String ref, CompletableFuture<Written> stored) {
        stored.whenComplete((written, failure) -> {
            if (failure != null) {
                replies.error(session, ref, failure);
                return;
            }
            replies.reply(session, new Ack(ref, written.channel(), written.clientMsgId(), written.seq(), written.rev(),
                    false));
        });
    }
}
