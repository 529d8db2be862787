package de.kommunalmesse.chat.socket;

import de.kommunalmesse.chat.ChatUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Authenticates the opening handshake of {@code /ws/chat}. The endpoint is open to anonymous readers, so
 * nothing requires authentication and Quarkus would not look at the token (authentication is lazy);
 * this check resolves the identity from the {@code Authorization} header (or the subprotocol header
 * Quarkus propagates from browsers). A connection without a token is anonymous; a connection with an
 * invalid or expired token is refused with 401, so that a client never silently reads as "nobody".
 * Resolving the identity here also attaches it to the connection, which lets Quarkus close the
 * connection when the token expires and lets {@code auth} frames replace it.
 */
@ApplicationScoped
public class ChatUpgradeCheck implements HttpUpgradeCheck {

    /** The user of the connection, for {@link ChatSocket#open}. */
    static final TypedKey<ChatUser> USER = new TypedKey<>("kommunalmesse.chat.user");

    @Override
    public boolean appliesTo(String endpointId) {
        return ChatSocket.ENDPOINT_ID.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        Uni<SecurityIdentity> identity = context.securityIdentity();
        if (identity == null) {
            context.userData().put(USER, ChatUser.ANONYMOUS);
            return CheckResult.permitUpgrade();
        }
        return identity
                .map(resolved -> {
                    context.userData().put(USER, ChatUser.of(resolved));
                    return CheckResult.permitUpgradeSync();
                })
                .onFailure().recoverWithItem(failure -> context.httpRequest().response().ended()
                        // Quarkus has answered 401 already, so the upgrade cannot happen any more; the connection
                        // would be closed at once anyway, as it carries no user (see ChatSocket#open)
                        ? CheckResult.permitUpgradeSync()
                        : CheckResult.rejectUpgradeSync(401));
    }
}
