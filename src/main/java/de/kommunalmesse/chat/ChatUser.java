package de.kommunalmesse.chat;

import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.identity.Role;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who acts in the chat: a logged-in user from a verified access token, or nobody ({@link #ANONYMOUS}).
 *
 * @param username the Keycloak username (lower case), null when anonymous
 * @param name the display name shown next to messages
 * @param roles the platform roles of the token
 * @param expiresAt when the token of a connection expires (epoch seconds); 0 when anonymous and for a single
 *        HTTP request, which needs no expiry
 */
public record ChatUser(String username, String name, Set<String> roles, long expiresAt) {

    public static final ChatUser ANONYMOUS = new ChatUser(null, null, Set.of(), 0);

    /** The chat user of the current HTTP request, read through {@link Caller} like the hall and the stage. */
    public static ChatUser of(Caller caller) {
        if (!caller.loggedIn()) {
            return ANONYMOUS;
        }
        Set<String> roles = Role.ALL.stream().filter(caller::hasRole).collect(Collectors.toUnmodifiableSet());
        return new ChatUser(caller.username(), caller.displayName(), roles, 0);
    }

    /**
     * The chat user behind the identity of a WebSocket connection (its handshake or a token update), which is
     * not the identity of a request; anonymous identities give {@link #ANONYMOUS}.
     */
    public static ChatUser of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        String username = identity.getPrincipal().getName();
        String name = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String preferred = token.getClaim("preferred_username");
            username = preferred != null ? preferred : username;
            name = token.getClaim("name");
        }
        Object expireTime = identity.getAttribute("quarkus.identity.expire-time");
        long expiresAt = expireTime instanceof Long seconds ? seconds : 0;
        Set<String> roles = Role.ALL.stream().filter(identity::hasRole).collect(Collectors.toUnmodifiableSet());
        username = username.toLowerCase(Locale.ROOT);
        return new ChatUser(username, name == null || name.isBlank() ? username : name, roles, expiresAt);
    }

    public boolean isAnonymous() {
        return username == null;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
