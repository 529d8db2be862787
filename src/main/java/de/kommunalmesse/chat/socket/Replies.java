package de.kommunalmesse.chat.socket;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.ChatException;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.channel.Subscription;
import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.chat.protocol.ChatProtocol.ErrorFrame;
import de.kommunalmesse.chat.protocol.ChatProtocol.ServerFrame;
import de.kommunalmesse.chat.protocol.ChatProtocol.UserInfo;
import de.kommunalmesse.chat.protocol.FrameEncoder;
import de.kommunalmesse.common.BoundedExecutor;
import de.kommunalmesse.common.DatabaseOutage;
import de.kommunalmesse.common.HttpConfig;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * How the frame handlers answer: a reply frame to the one connection, every refusal as an {@code error}
 * frame in the connection's language (never an exception that could close it), and database work on a
 * worker thread, a bounded number at a time.
 */
@ApplicationScoped
class Replies {

    private static final Logger LOG = Logger.getLogger(Replies.class);

    @Inject
    FrameEncoder frames;

    @Inject
    Messages texts;

    @Inject
    LegacyClients legacy;

    @Inject
    HttpConfig http;

    @Inject
    ChatConfig config;

    private BoundedExecutor databaseWork;

    @PostConstruct
    void init() {
        databaseWork = new BoundedExecutor(Infrastructure.getDefaultWorkerPool(), config.databaseConcurrency());
    }

    void reply(ChatSession session, ServerFrame frame) {
        session.send(frames.json(frame));
    }

    /** Turns a refusal or failure into an error frame in the connection's language. */
    void error(ChatSession session, String ref, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (!(cause instanceof ChatException) && DatabaseOutage.isCause(cause)) {
            // Subscribe, history, read pointers: the client tries again after the hint, as with a refused send
            cause = ChatException.retryLater(ChatError.UNAVAILABLE, http.outageRetryAfter().toMillis());
        }
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

    /**
     * Runs database work on a worker thread; the connection's next frame waits for it. At most
     * {@link ChatConfig#databaseConcurrency()} of these run at once: when every client of a stopped instance
     * subscribes here at the same moment, they wait in line instead of taking every database connection and
     * worker thread from the REST API and the readiness check.
     */
    Uni<Void> blocking(ChatSession session, String ref, Runnable work) {
        Supplier<Void> task = () -> {
            try {
                legacy.prepare(session);
                work.run();
            } catch (RuntimeException e) {
                error(session, ref, e);
            }
            return null;
        };
        return Uni.createFrom().item(task).runSubscriptionOn(databaseWork).replaceWithVoid();
    }

    static Uni<Void> done() {
        return Uni.createFrom().voidItem();
    }

    static UserInfo userInfo(ChatUser user) {
        return user.isAnonymous() ? null
                : new UserInfo(user.username(), user.name(), user.roles(), Instant.ofEpochSecond(user.expiresAt()));
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ChatError.MISSING_FIELD.exception(field);
        }
        return value;
    }

    static ChannelId channel(String value) {
        return ChannelId.parse(value).orElseThrow(() -> ChatError.INVALID_CHANNEL.exception(String.valueOf(value)));
    }

    /** The connection's subscription to the channel; refused when it has none. */
    static Subscription subscription(ChatSession session, String channel) {
        Subscription subscription = session.subscriptions().get(session.qualify(channel(channel)).toString());
        if (subscription == null) {
            throw ChatError.NOT_SUBSCRIBED.exception(channel);
        }
        return subscription;
    }
}
