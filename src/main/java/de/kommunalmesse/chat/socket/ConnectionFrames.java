package de.kommunalmesse.chat.socket;

import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.chat.protocol.ChatProtocol.Auth;
import de.kommunalmesse.chat.protocol.ChatProtocol.Authenticated;
import de.kommunalmesse.chat.protocol.ChatProtocol.Ping;
import de.kommunalmesse.chat.protocol.ChatProtocol.Pong;
import io.quarkus.websockets.next.WebSocketSecurity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Frames about the connection itself: a fresh token, and the application-level ping. */
@ApplicationScoped
class ConnectionFrames {

    private static final Logger LOG = Logger.getLogger(ConnectionFrames.class);

    @Inject
    WebSocketSecurity security;

    @Inject
    Clock clock;

    @Inject
    Replies replies;

    /**
     * Replaces the connection's identity with the one of a fresh token (Quarkus verifies it and insists on
     * the same user). An anonymous connection cannot become a user in place: the client reconnects with the
     * token and resumes from its last seqs.
     */
    Uni<Void> auth(ChatSession session, Auth frame) {
        String token = Replies.required(frame.token(), "token");
        if (session.user().isAnonymous()) {
            throw ChatError.RECONNECT_REQUIRED.exception();
        }
        return Uni.createFrom().completionStage(security.updateSecurityIdentity(token))
                .map(ChatUser::of)
                .invoke(user -> {
                    session.user(user);
                    replies.reply(session, new Authenticated(frame.ref(), Replies.userInfo(user)));
                })
                .onFailure().invoke(failure -> {
                    LOG.debugf("Token update of chat connection %s refused: %s", session.id(), failure.getMessage());
                    replies.error(session, frame.ref(), ChatError.AUTH_FAILED.exception());
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    Uni<Void> ping(ChatSession session, Ping frame) {
        replies.reply(session, new Pong(frame.ref(), clock.instant()));
        return Replies.done();
    }
}
