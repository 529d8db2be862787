package de.kommunalmesse.notification;

import de.kommunalmesse.notification.NotificationViews.NotificationList;
import de.kommunalmesse.notification.NotificationViews.NotificationView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notification centre. */
@Path("/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "keycloak")
@Tag(name = "Notifications", description = "What happened for the logged-in user: meetings booked, moved, cancelled")
@APIResponse(responseCode = "401", description = "Not logged in")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @Operation(summary = "The caller's 50 newest notifications and the number of unread ones")
    @APIResponse(responseCode = "200", description = "The notifications, newest first")
    public NotificationList mine() {
        return notifications.mine();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read")
    @APIResponse(responseCode = "200", description = "The notification")
    @APIResponse(responseCode = "404", description = "No such notification of the caller")
    public NotificationView markRead(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all of the caller's notifications read")
    @APIResponse(responseCode = "200", description = "The notifications, now all read")
    public NotificationList markAllRead() {
        return notifications.markAllRead();
    }
}
