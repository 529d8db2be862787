package de.kommunalmesse.notification;

import de.kommunalmesse.common.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The unsubscribe link of notification e-mails: no login, the signed token names the user. A GET shows a page that
 * asks (link scanners of mail servers open links); a POST, as mail programs send it for {@code List-Unsubscribe-Post},
 * unsubscribes at once.
 */
@Path("/notifications/unsubscribe")
@Tag(name = "Notifications")
@APIResponse(responseCode = "400", description = "The token is malformed, tampered with or no longer valid")
public class UnsubscribeResource {

    @Inject
    NotificationService notifications;

    @Inject
    Messages messages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The page behind the unsubscribe link in notification e-mails")
    @APIResponse(responseCode = "200", description = "A page with a button to unsubscribe")
    public String page(@QueryParam("token") String token, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return notifications.unsubscribePage(token, messages.resolve(language));
    }

    @POST
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD })
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One-click unsubscribe (RFC 8058): no more notification e-mails for the token's user")
    @APIResponse(responseCode = "200", description = "Unsubscribed; a page that says so")
    public String unsubscribe(@QueryParam("token") String token,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return notifications.unsubscribe(token, messages.resolve(language));
    }
}
