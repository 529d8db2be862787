package de.kommunalmesse.identity;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity", description = "Login configuration and the current user")
public class IdentityResource {

    @Inject
    IdentityConfig config;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("config")
    @Operation(summary = "Login configuration for the web app (public)")
    public ClientConfig config() {
        return new ClientConfig(new ClientConfig.Oidc(config.publicAuthority(), config.spaClientId()));
    }

    @GET
    @Path("me")
    @Authenticated
    @Operation(summary = "The logged-in user: name, organisation and roles")
    @APIResponse(responseCode = "200", description = "The user behind the access token")
    @APIResponse(responseCode = "401", description = "No or an invalid access token")
    public CurrentUser me() {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        return new CurrentUser(
                token.getClaim("preferred_username"),
                token.getClaim("name"),
                token.getClaim("email"),
                token.getClaim("organisation"),
                Role.ALL.stream().filter(identity::hasRole).toList());
    }
}
