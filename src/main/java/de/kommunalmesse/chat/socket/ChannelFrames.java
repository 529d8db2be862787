package de.kommunalmesse.chat.socket;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChannelState;
import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.channel.ChatPolicy.Access;
import de.kommunalmesse.chat.delivery.ChatHub;
import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.chat.live.StagePush;
import de.kommunalmesse.chat.live.ViewerCounter;
import de.kommunalmesse.chat.message.MessageService;
import de.kommunalmesse.chat.message.MessageService.Joined;
import de.kommunalmesse.chat.message.MessageService.MessagePage;
import de.kommunalmesse.chat.message.MessageService.ReadMark;
import de.kommunalmesse.chat.protocol.ChatProtocol.Backfill;
import de.kommunalmesse.chat.protocol.ChatProtocol.History;
import de.kommunalmesse.chat.protocol.ChatProtocol.HistoryPage;
import de.kommunalmesse.chat.protocol.ChatProtocol.Permissions;
import de.kommunalmesse.chat.protocol.ChatProtocol.Read;
import de.kommunalmesse.chat.protocol.ChatProtocol.ReadState;
import de.kommunalmesse.chat.protocol.ChatProtocol.Subscribe;
import de.kommunalmesse.chat.protocol.ChatProtocol.Subscribed;
import de.kommunalmesse.chat.protocol.ChatProtocol.Unsubscribe;
import de.kommunalmesse.chat.protocol.ChatProtocol.Unsubscribed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Frames about channels: subscribe (with the backfill), unsubscribe, history pages, read pointers. */
@ApplicationScoped
class ChannelFrames {

    @Inject
    MessageService messages;

    @Inject
    ChatHub hub;

    @Inject
    StagePush stagePush;

    @Inject
    ViewerCounter viewers;

    @Inject
    ChatConfig config;

    @Inject
    Replies replies;

    Uni<Void> subscribe(ChatSession session, Subscribe frame) {
        ChannelId named = Replies.channel(frame.channel());
        if (!session.subscriptions().containsKey(session.qualify(named).toString())
                && session.subscriptions().size() >= config.maxSubscriptions()) {
            throw ChatError.TOO_MANY_SUBSCRIPTIONS.exception(config.maxSubscriptions());
        }
        return replies.blocking(session, frame.ref(), () -> {
            ChannelId id = session.qualify(named);
            Joined joined = messages.subscribe(session.user(), id, frame.since(),
                    subscription -> hub.join(session, subscription));
            ReadMark mark = joined.mark();
            Access access = joined.subscription().access();
            ChannelState state = joined.subscription().channel();
            replies.reply(session, new Subscribed(frame.ref(), id.toString(), joined.head(), state.settings(),
                    new Permissions(access.write(), access.moderate()), mark == null ? null : mark.lastReadSeq(),
                    mark == null ? null : mark.unread(), state.conversation()));
            if (id.kind() == ChannelId.Kind.STAGE) {
                stagePush.subscribed(session, id.key());
                viewers.subscribed(session, id.key());
            }
            replies.reply(session, new Backfill(id.toString(), joined.gap().messages(), joined.head(),
                    joined.gap().reset(), joined.gap().hasMore()));
        });
    }

    Uni<Void> unsubscribe(ChatSession session, Unsubscribe frame) {
        String channel = session.qualify(Replies.channel(frame.channel())).toString();
        hub.leave(session, channel);
        replies.reply(session, new Unsubscribed(frame.ref(), channel, "requested"));
        return Replies.done();
    }

    Uni<Void> history(ChatSession session, History frame) {
        ChannelId named = Replies.channel(frame.channel());
        return replies.blocking(session, frame.ref(), () -> {
            ChannelId id = session.qualify(named);
            MessagePage page = messages.history(session.user(), id, frame.before(), frame.limit());
            replies.reply(session, new HistoryPage(frame.ref(), id.toString(), page.messages(), page.hasMore()));
        });
    }

    Uni<Void> read(ChatSession session, Read frame) {
        ChannelId named = Replies.channel(frame.channel());
        return replies.blocking(session, frame.ref(), () -> {
            ChannelId id = session.qualify(named);
            ReadMark mark = messages.markRead(session.user(), id, frame.seq());
            replies.reply(session, new ReadState(frame.ref(), id.toString(), mark.lastReadSeq(), mark.unread()));
        });
    }
}
