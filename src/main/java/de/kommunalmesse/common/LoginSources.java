package de.kommunalmesse.common;

import de.kommunalmesse.identity.IdentityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The login server the web app talks to (token refresh by fetch, silent login in a frame). It lives in common, next
 * to the policy that reads it, because identity sits below common (ArchitectureTest).
 */
@ApplicationScoped
public class LoginSources implements ExternalSources {

    @Inject
    IdentityConfig config;

    @Override
    public Origins origins() {
        Set<String> login = ExternalSources.originOf(config.publicAuthority()).map(Set::of).orElse(Set.of());
        return new Origins(login, Set.of(), login);
    }
}
