package de.kommunalmesse.notification;

import de.kommunalmesse.common.Messages;
import de.kommunalmesse.notification.NotificationViews.NotificationList;
import de.kommunalmesse.notification.NotificationViews.NotificationView;
import de.kommunalmesse.notification.NotificationViews.PreferencesUpdate;
import de.kommunalmesse.notification.NotificationViews.PreferencesView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notification centre and how they want to receive it. */
@Path("/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notifications", description = "What happened for the logged-in user: meetings, replies, contact requests,"
        + " booth reviews, reminders; for admins reviews and reports waiting")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    Messages messages;

    @GET
    @Operation(summary = "The caller's 50 newest notifications and the number of unread ones")
    @APIResponse(responseCode = "200", description = "The notifications, newest first")
    public NotificationList mine(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return notifications.mine(messages.resolve(language));
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
    public NotificationList markAllRead(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return notifications.markAllRead(messages.resolve(language));
    }

    @GET
    @Path("preferences")
    @Operation(summary = "How the caller receives each topic: in the app only, e-mail at once, daily digest, or off")
    @APIResponse(responseCode = "200", description = "The caller's preferences")
    public PreferencesView preferences(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return notifications.preferences(messages.resolve(language));
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change how the caller receives the given topics")
    @APIResponse(responseCode = "200", description = "The caller's preferences")
    @APIResponse(responseCode = "400", description = "Unknown topic or delivery, or e-mail without an address")
    @APIResponse(responseCode = "403", description = "A topic only admins receive")
    public PreferencesView setPreferences(@Valid @NotNull PreferencesUpdate update,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return notifications.setPreferences(update.topics(), messages.resolve(language));
    }
}
