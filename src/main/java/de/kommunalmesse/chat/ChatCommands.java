package de.kommunalmesse.chat;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.chat.ChatPolicy.Access;
import de.kommunalmesse.chat.ChatProtocol.Ack;
import de.kommunalmesse.chat.ChatProtocol.Auth;
import de.kommunalmesse.chat.ChatProtocol.Authenticated;
import de.kommunalmesse.chat.ChatProtocol.Backfill;
import de.kommunalmesse.chat.ChatProtocol.ClientFrame;
import de.kommunalmesse.chat.ChatProtocol.Delete;
import de.kommunalmesse.chat.ChatProtocol.Duty;
import de.kommunalmesse.chat.ChatProtocol.DutyState;
import de.kommunalmesse.chat.ChatProtocol.Edit;
import de.kommunalmesse.chat.ChatProtocol.ErrorFrame;
import de.kommunalmesse.chat.ChatProtocol.History;
import de.kommunalmesse.chat.ChatProtocol.HistoryPage;
import de.kommunalmesse.chat.ChatProtocol.MessageView;
import de.kommunalmesse.chat.ChatProtocol.Permissions;
import de.kommunalmesse.chat.ChatProtocol.Ping;
import de.kommunalmesse.chat.ChatProtocol.Pong;
import de.kommunalmesse.chat.ChatProtocol.Presence;
import de.kommunalmesse.chat.ChatProtocol.Read;
import de.kommunalmesse.chat.ChatProtocol.ReadState;
import de.kommunalmesse.chat.ChatProtocol.Send;
import de.kommunalmesse.chat.ChatProtocol.ServerFrame;
import de.kommunalmesse.chat.ChatProtocol.Subscribe;
import de.kommunalmesse.chat.ChatProtocol.Subscribed;
import de.kommunalmesse.chat.ChatProtocol.TalkEvent;
import de.kommunalmesse.chat.ChatProtocol.Unsubscribe;
import de.kommunalmesse.chat.ChatProtocol.Unsubscribed;
import de.kommunalmesse.chat.ChatProtocol.Unwatch;
import de.kommunalmesse.chat.ChatProtocol.UserInfo;
import de.kommunalmesse.chat.ChatProtocol.Watch;
import de.kommunalmesse.chat.ChatSession.Subscription;
import de.kommunalmesse.chat.MessageService.Gap;
import de.kommunalmesse.chat.MessageService.MessagePage;
import de.kommunalmesse.chat.MessageService.ReadMark;
import de.kommunalmesse.chat.MessageWriter.Written;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.stage.ProgrammeService;
import io.quarkus.websockets.next.WebSocketSecurity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Carries out the frames of one connection. The cheap ones (send, edit, delete: checks in memory, then
 * the writer's queue) stay on the event loop and answer when the writer has committed; everything that
 * reads the database runs on a worker thread. Every refusal becomes an {@code error} frame, never an
 * exception that could close the connection.
 */
@ApplicationScoped
public class ChatCommands {

    private static final Logger LOG = Logger.getLogger(ChatCommands.class);

    @Inject
    ChannelService channels;

    @Inject
    ChatPolicy policy;

    @Inject
    MessageService messages;

    @Inject
    ConversationService conversations;

    @Inject
    ModerationService moderation;

    @Inject
    PresenceService presence;

    @Inject
    BoothService booths;

    @Inject
    ProgrammeService programme;

    @Inject
    StagePush stagePush;

    @Inject
    ViewerCounter viewers;

    @Inject
    ChatHub hub;

    @Inject
    FrameEncoder frames;

    @Inject
    ChatConfig config;

    @Inject
    Messages texts;

    @Inject
    WebSocketSecurity security;

    @Inject
    Clock clock;

    Uni<Void> execute(ChatSession session, ClientFrame frame) {
        try {
            if (frame instanceof Send send) {
                return send(session, send);
            } else if (frame instanceof Edit edit) {
                return edit(session, edit);
            } else if (frame instanceof Delete delete) {
                return delete(session, delete);
            } else if (frame instanceof Subscribe subscribe) {
                return subscribe(session, subscribe);
            } else if (frame instanceof Unsubscribe unsubscribe) {
                String channel = channel(unsubscribe.channel()).toString();
                hub.leave(session, channel);
                reply(session, new Unsubscribed(unsubscribe.ref(), channel, "requested"));
                return done();
            } else if (frame instanceof History history) {
                return history(session, history);
            } else if (frame instanceof Read read) {
                return read(session, read);
            } else if (frame instanceof Auth auth) {
                return auth(session, auth);
            } else if (frame instanceof Duty duty) {
                return duty(session, duty);
            } else if (frame instanceof Watch watch) {
                return watch(session, watch);
            } else if (frame instanceof Unwatch unwatch) {
                if (unwatch.talk() != null) {
                    hub.unwatchTalk(session, unwatch.talk());
                } else {
                    hub.unwatch(session, required(unwatch.booth(), "booth"));
                }
                return done();
            } else if (frame instanceof Ping ping) {
                reply(session, new Pong(ping.ref(), clock.instant()));
                return done();
            }
            throw ChatError.UNKNOWN_TYPE.exception();
        } catch (RuntimeException e) {
            error(session, frame.ref(), e);
            return done();
        }
    }

    private Uni<Void> subscribe(ChatSession session, Subscribe frame) {
        ChannelId id = channel(frame.channel());
        if (!session.subscriptions().containsKey(id.toString())
                && session.subscriptions().size() >= config.maxSubscriptions()) {
            throw ChatError.TOO_MANY_SUBSCRIPTIONS.exception(config.maxSubscriptions());
        }
        return blocking(session, frame.ref(), () -> {
            ChatUser user = session.user();
            ChannelState state = channels.state(id);
            Access access = policy.requireRead(user, state);
            // Join before reading the gap, so that nothing committed in between is missed
            hub.join(session, new Subscription(state, access));
            Gap gap = messages.gap(id, frame.since());
            ReadMark mark = user.isAnonymous() ? null : messages.readMark(user.username(), id.toString());
            long head = gap.messages().stream().mapToLong(MessageView::rev).reduce(state.head(), Math::max);
            reply(session, new Subscribed(frame.ref(), id.toString(), head, state.settings(),
                    new Permissions(access.write(), access.moderate()), mark == null ? null : mark.lastReadSeq(),
                    mark == null ? null : mark.unread(), state.conversation()));
            if (id.kind() == ChannelId.Kind.STAGE) {
                stagePush.subscribed(session, id.key());
                viewers.subscribed(session, id.key());
            }
            reply(session, new Backfill(id.toString(), gap.messages(), head, gap.reset(), gap.hasMore()));
        });
    }

    private Uni<Void> send(ChatSession session, Send frame) {
        Subscription subscription = subscription(session, frame.channel());
        ChatUser user = session.user();
        CompletableFuture<Written> stored = messages.post(user, subscription.channel(), subscription.access(),
                frame.clientMsgId(), frame.text());
        stored.whenComplete((written, failure) -> {
            if (failure != null) {
                error(session, frame.ref(), failure);
                return;
            }
            reply(session, new Ack(frame.ref(), written.channel(), written.clientMsgId(), written.seq(), written.rev(),
                    written.duplicate()));
            ChannelState channel = subscription.channel();
            if (channel.isConversation() && !written.duplicate()) {
                Infrastructure.getDefaultWorkerPool().execute(() -> afterConversationMessage(channel, user,
                        subscription.access(), written.seq()));
            }
        });
        return done();
    }

    private void afterConversationMessage(ChannelState channel, ChatUser author, Access access, long seq) {
        try {
            conversations.messageStored(channel.conversation().id(), author, "staff".equals(access.authorRole()), seq);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Updating conversation %s after a message failed", channel.id());
        }
    }

    private Uni<Void> edit(ChatSession session, Edit frame) {
        Subscription subscription = subscription(session, frame.channel());
        acknowledge(session, frame.ref(), messages.edit(session.user(), subscription.channel(), subscription.access(),
                frame.seq(), frame.text()), null);
        return done();
    }

    private Uni<Void> delete(ChatSession session, Delete frame) {
        Subscription subscription = subscription(session, frame.channel());
        ChatUser user = session.user();
        acknowledge(session, frame.ref(), messages.remove(user, subscription.channel(), subscription.access(),
                frame.seq()), written -> Infrastructure.getDefaultWorkerPool().execute(() -> {
                    try {
                        moderation.messageDeleted(user, written.channel(), written.seq(), written.author());
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "Logging the deletion of %s #%d failed", written.channel(), written.seq());
                    }
                }));
        return done();
    }

    private void acknowledge(ChatSession session, String ref, CompletableFuture<Written> stored,
            Consumer<Written> then) {
        stored.whenComplete((written, failure) -> {
            if (failure != null) {
                error(session, ref, failure);
                return;
            }
            reply(session, new Ack(ref, written.channel(), written.clientMsgId(), written.seq(), written.rev(), false));
            if (then != null) {
                then.accept(written);
            }
        });
    }

    private Uni<Void> history(ChatSession session, History frame) {
        ChannelId id = channel(frame.channel());
        return blocking(session, frame.ref(), () -> {
            policy.requireRead(session.user(), channels.state(id));
            MessagePage page = messages.history(id, frame.before(), frame.limit());
            reply(session, new HistoryPage(frame.ref(), id.toString(), page.messages(), page.hasMore()));
        });
    }

    private Uni<Void> read(ChatSession session, Read frame) {
        ChannelId id = channel(frame.channel());
        if (session.user().isAnonymous()) {
            throw ChatError.LOGIN_REQUIRED.exception();
        }
        if (frame.seq() == null || frame.seq() < 0) {
            throw ChatError.MISSING_FIELD.exception("seq");
        }
        return blocking(session, frame.ref(), () -> {
            ChannelState state = channels.state(id);
            policy.requireRead(session.user(), state);
            ReadMark mark = messages.markRead(session.user(), state, frame.seq());
            reply(session, new ReadState(frame.ref(), id.toString(), mark.lastReadSeq(), mark.unread()));
        });
    }

    /**
     * Replaces the connection's identity with the one of a fresh token (Quarkus verifies it and insists on
     * the same user). An anonymous connection cannot become a user in place: the client reconnects with the
     * token and resumes from its last seqs.
     */
    private Uni<Void> auth(ChatSession session, Auth frame) {
        String token = required(frame.token(), "token");
        if (session.user().isAnonymous()) {
            throw ChatError.RECONNECT_REQUIRED.exception();
        }
        return Uni.createFrom().completionStage(security.updateSecurityIdentity(token))
                .map(ChatUser::of)
                .invoke(user -> {
                    session.user(user);
                    reply(session, new Authenticated(frame.ref(), userInfo(user)));
                })
                .onFailure().invoke(failure -> {
                    LOG.debugf("Token update of chat connection %s refused: %s", session.id(), failure.getMessage());
                    error(session, frame.ref(), ChatError.AUTH_FAILED.exception());
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> duty(ChatSession session, Duty frame) {
        String booth = required(frame.booth(), "booth");
        boolean on = frame.on() == null || frame.on();
        return blocking(session, frame.ref(), () -> {
            policy.requireStaff(session.user(), booth);
            presence.duty(session, booth, on);
            if (on) {
                hub.goOnDuty(session, booth);
            } else {
                hub.goOffDuty(session, booth);
            }
            reply(session, new DutyState(frame.ref(), booth, on));
        });
    }

    private Uni<Void> watch(ChatSession session, Watch frame) {
        if (frame.talk() != null) {
            return watchTalk(session, frame);
        }
        String booth = required(frame.booth(), "booth");
        return blocking(session, frame.ref(), () -> {
            booths.publishedBoothRef(booth).orElseThrow(() -> ProblemException.notFound("notFound.booth", booth));
            hub.watch(session, booth);
            reply(session, new Presence(frame.ref(), booth, presence.expertsOnline(booth)));
        });
    }

    /**
     * Follows the Q&A and polls of one talk. Anyone may: the frames say only that something changed, and
     * what the user may see is decided when the client fetches it over REST.
     */
    private Uni<Void> watchTalk(ChatSession session, Watch frame) {
        long talkId = frame.talk();
        if (!session.watchedTalks().contains(talkId) && session.watchedTalks().size() >= config.maxSubscriptions()) {
            throw ChatError.TOO_MANY_SUBSCRIPTIONS.exception(config.maxSubscriptions());
        }
        return blocking(session, frame.ref(), () -> {
            programme.talkStage(talkId).orElseThrow(() -> ProblemException.notFound("notFound.talk", talkId));
            hub.watchTalk(session, talkId);
            reply(session, new TalkEvent(frame.ref(), talkId, List.of()));
        });
    }

    static UserInfo userInfo(ChatUser user) {
        return user.isAnonymous() ? null
                : new UserInfo(user.username(), user.name(), user.roles(), Instant.ofEpochSecond(user.expiresAt()));
    }

    private static ChannelId channel(String value) {
        return ChannelId.parse(value).orElseThrow(() -> ChatError.INVALID_CHANNEL.exception(String.valueOf(value)));
    }

    private static Subscription subscription(ChatSession session, String channel) {
        Subscription subscription = session.subscriptions().get(channel(channel).toString());
        if (subscription == null) {
            throw ChatError.NOT_SUBSCRIBED.exception(channel);
        }
        return subscription;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ChatError.MISSING_FIELD.exception(field);
        }
        return value;
    }

    /** Runs database work on a worker thread; the connection's next frame waits for it. */
    private Uni<Void> blocking(ChatSession session, String ref, Runnable work) {
        Supplier<Void> task = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                error(session, ref, e);
            }
            return null;
        };
        return Uni.createFrom().item(task).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
    }

    private static Uni<Void> done() {
        return Uni.createFrom().voidItem();
    }

    void reply(ChatSession session, ServerFrame frame) {
        session.send(frames.json(frame));
    }

    /** Turns a refusal or failure into an error frame in the connection's language. */
    void error(ChatSession session, String ref, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof ChatException chat) {
            reply(session, new ErrorFrame(ref, chat.error().code(),
                    texts.get(session.locale(), chat.key(), chat.args()), chat.retryAfterMs()));
        } else if (cause instanceof ProblemException problem) {
            String code = switch (problem.status()) {
                case 404 -> "not-found";
                case 403 -> "forbidden";
                case 409 -> "conflict";
                default -> "bad-request";
            };
            reply(session, new ErrorFrame(ref, code, texts.get(session.locale(), problem.key(), problem.args()), null));
        } else {
            LOG.errorf(cause, "Chat request on connection %s failed", session.id());
            reply(session, new ErrorFrame(ref, ChatError.INTERNAL.code(),
                    texts.get(session.locale(), ChatError.INTERNAL.key()), null));
        }
    }
}
