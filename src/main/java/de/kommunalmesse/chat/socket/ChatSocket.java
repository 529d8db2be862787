package de.kommunalmesse.chat.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.delivery.ChatHub;
import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.chat.presence.PresenceService;
import de.kommunalmesse.chat.protocol.ChatProtocol;
import de.kommunalmesse.chat.protocol.ChatProtocol.ClientFrame;
import de.kommunalmesse.chat.protocol.ChatProtocol.Limits;
import de.kommunalmesse.chat.protocol.ChatProtocol.Welcome;
import de.kommunalmesse.chat.protocol.CloseCodes;
import de.kommunalmesse.common.Messages;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnPongMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The chat's WebSocket endpoint, {@code /ws/chat?v=2}: JSON text frames as in {@code docs/protocol.md}.
 * Anyone may connect (anonymous users read where allowed); {@link ChatUpgradeCheck} authenticates the
 * handshake when it carries a token. Frames of one connection are handled one after the other: this class
 * reads them and {@link FrameDispatcher} hands each to the handler of its area.
 */
@WebSocket(path = "/ws/chat", endpointId = ChatSocket.ENDPOINT_ID)
public class ChatSocket {

    static final String ENDPOINT_ID = "chat";
    private static final Logger LOG = Logger.getLogger(ChatSocket.class);

    @Inject
    ChatHub hub;

    @Inject
    FrameDispatcher frames;

    @Inject
    Replies replies;

    @Inject
    PresenceService presence;

    @Inject
    ChatConfig config;

    @Inject
    Messages texts;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.websockets-next.server.auto-ping-interval", defaultValue = "PT30S")
    Duration pingInterval;

    @OnOpen
    @NonBlocking
    public void open(WebSocketConnection connection) {
        Query query = new Query(connection.handshakeRequest().query());
        ChatUser user = connection.userData().get(ChatUpgradeCheck.USER);
        if (user == null) {
            // Only a handshake whose authentication succeeded (as a user or as nobody) gets a connection
            connection.close(CloseCodes.AUTHENTICATION_FAILED).subscribe().with(closed -> {
            }, failure -> LOG.debugf("Closing unauthenticated chat connection failed: %s", failure.getMessage()));
            return;
        }
        Locale locale = query.get("lang").map(texts::resolve)
                .orElseGet(() -> texts.resolve(connection.handshakeRequest().header("Accept-Language")));
        ChatSession session = hub.open(connection, user, locale);
        int version = query.get("v").map(ChatSocket::version).orElse(ChatProtocol.OLDEST_VERSION);
        if (version < ChatProtocol.OLDEST_VERSION || version > ChatProtocol.VERSION) {
            session.close(CloseCodes.UNSUPPORTED_VERSION);
            return;
        }
        session.legacy(version < 2);
        replies.reply(session, new Welcome(version, connection.id(), Replies.userInfo(user),
                new Limits(config.maxTextLength(), config.rateLimit().messages(),
                        (int) config.rateLimit().window().toSeconds(), config.maxFrameChars(), config.maxSubscriptions()),
                (int) pingInterval.toSeconds(), (int) config.idleTimeout().toSeconds()));
    }

    @OnTextMessage
    public Uni<Void> message(WebSocketConnection connection, String text) {
        Optional<ChatSession> found = hub.session(connection.id());
        if (found.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ChatSession session = found.get();
        long now = clock.millis();
        session.touch(now);
        if (!session.admitFrame(now)) {
            session.close(CloseCodes.FLOODING);
            return Uni.createFrom().voidItem();
        }
        if (text.length() > config.maxFrameChars()) {
            session.close(CloseCodes.FRAME_TOO_LARGE);
            return Uni.createFrom().voidItem();
        }
        // The usual frame is read once; only a frame that fails is read again to tell what is wrong with it
        ClientFrame frame;
        try {
            frame = objectMapper.readValue(text, ClientFrame.class);
        } catch (IOException | RuntimeException e) {
            frame = null;
        }
        if (frame == null) {
            return rejected(session, text);
        }
        return frames.execute(session, frame);
    }

    @OnBinaryMessage
    public Uni<Void> binary(WebSocketConnection connection, Buffer data) {
        return hub.session(connection.id()).map(session -> invalid(session, null, ChatError.BINARY_NOT_SUPPORTED))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    @OnPongMessage
    @NonBlocking
    public void pong(WebSocketConnection connection, Buffer data) {
        hub.session(connection.id()).ifPresent(session -> session.touch(clock.millis()));
    }

    @OnClose
    @NonBlocking
    public void close(WebSocketConnection connection) {
        hub.session(connection.id()).ifPresent(session -> {
            Set<String> dutyBooths = hub.unregister(session);
            if (!dutyBooths.isEmpty()) {
                presence.connectionClosed(session.id(), dutyBooths);
            }
        });
    }

    @OnError
    public Uni<Void> failure(WebSocketConnection connection, Throwable failure) {
        if (failure instanceof HttpClosedException || failure instanceof CorruptedWebSocketFrameException) {
            // The peer went away, or broke the framing and the transport closed the connection
            LOG.debugf("Chat connection %s ended: %s", connection.id(), failure.getMessage());
            return Uni.createFrom().voidItem();
        }
        LOG.warnf(failure, "Chat connection %s failed", connection.id());
        hub.session(connection.id()).ifPresent(session -> replies.error(session, null, failure));
        return Uni.createFrom().voidItem();
    }

    /** Answers a frame that is not a valid request with what is wrong with it. */
    private Uni<Void> rejected(ChatSession session, String text) {
        JsonNode tree;
        try {
            tree = objectMapper.readTree(text);
        } catch (IOException | RuntimeException e) {
            return invalid(session, null, ChatError.BAD_FRAME);
        }
        if (tree == null || !tree.isObject()) {
            return invalid(session, null, ChatError.BAD_FRAME);
        }
        // Errors about a frame that is JSON but not a valid request still answer its ref
        String ref = tree.path("ref").isTextual() ? tree.path("ref").asText() : null;
        if (!tree.path("type").isTextual()) {
            return invalid(session, ref, ChatError.MISSING_FIELD, "type");
        }
        try {
            objectMapper.treeToValue(tree, ClientFrame.class);
        } catch (InvalidTypeIdException e) {
            return invalid(session, ref, ChatError.UNKNOWN_TYPE);
        } catch (IOException | RuntimeException e) {
            return invalid(session, ref, ChatError.BAD_FRAME);
        }
        return invalid(session, ref, ChatError.BAD_FRAME);
    }

    private Uni<Void> invalid(ChatSession session, String ref, ChatError error, Object... args) {
        if (session.invalidFrame(config.maxInvalidFrames())) {
            session.close(CloseCodes.PROTOCOL_VIOLATION);
        } else {
            replies.error(session, ref, error.exception(args));
        }
        return Uni.createFrom().voidItem();
    }

    /** The query string of the handshake, e.g. {@code v=1&lang=en}. */
    private record Query(String raw) {
        Optional<String> get(String name) {
            if (raw == null) {
                return Optional.empty();
            }
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return Optional.of(pair.substring(eq + 1));
                }
            }
            return Optional.empty();
        }
    }

    private static int version(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
