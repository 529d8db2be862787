package de.kommunalmesse.chat;

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
 * @param expiresAt when the token expires (epoch seconds), 0 when anonymous
 */
public record ChatUser(String username, String name, Set<String> roles, long expiresAt) {

    public static final ChatUser ANONYMOUS = new ChatUser(null, null, Set.of(), 0);

    /** The chat user behind a security identity; anonymous identities give {@link #ANONYMOUS}. */
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
