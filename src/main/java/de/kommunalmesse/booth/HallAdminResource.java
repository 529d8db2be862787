package de.kommunalmesse.booth;

import de.kommunalmesse.booth.EditorViews.EditorBooth;
import de.kommunalmesse.booth.EditorViews.ReviewQueueEntry;
import de.kommunalmesse.booth.HallViews.BookmarkView;
import de.kommunalmesse.booth.HallViews.HallSettingsView;
import de.kommunalmesse.identity.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The personal and the administrative side of the hall. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "keycloak")
@Tag(name = "Hall administration", description = "My booths, bookmarks, review queue, archive mode, exports")
public class HallAdminResource {

    @Inject
    BoothEditorService editor;

    @Inject
    Bookmarks bookmarks;

    @Inject
    HallSettings settings;

    @Inject
    HallExport export;

    @GET
    @Path("my/booths")
    @Operation(summary = "The booths the user may edit, with their workflow state (admins: all)")
    public List<EditorBooth> myBooths() {
        return editor.myBooths();
    }

    @GET
    @Path("me/bookmarks")
    @Operation(summary = "The user's bookmarked booths (\"Merken\"), newest first")
    public List<BookmarkView> bookmarks() {
        return bookmarks.list();
    }

    @PUT
    @Path("me/bookmarks/{slug}")
    @Operation(summary = "Bookmark a published booth")
    @APIResponse(responseCode = "204", description = "Bookmarked (also when it already was)")
    public void bookmark(@PathParam("slug") String slug) {
        bookmarks.add(slug);
    }

    @DELETE
    @Path("me/bookmarks/{slug}")
    @Operation(summary = "Remove a bookmark")
    @APIResponse(responseCode = "204", description = "Removed (also when there was none)")
    public void unbookmark(@PathParam("slug") String slug) {
        bookmarks.remove(slug);
    }

    @GET
    @Path("admin/reviews")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Submitted booth changes waiting for review, oldest first (admins)")
    public List<ReviewQueueEntry> reviewQueue() {
        return editor.reviewQueue();
    }

    @GET
    @Path("admin/settings/hall")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Archive mode switches (admins)")
    public HallSettingsView hallSettings() {
        return settings.current();
    }

    @PUT
    @Path("admin/settings/hall")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Switch editing and contact requests on or off, e.g. after the series (admins)")
    public HallSettingsView updateHallSettings(@Valid @NotNull HallSettingsView update) {
        return settings.update(update);
    }

    @GET
    @Path("admin/exports/booths.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "All booths as CSV (semicolon-separated, UTF-8) (admins)")
    public Response boothsCsv() {
        return csv(export.booths(), "staende.csv");
    }

    @GET
    @Path("admin/exports/services.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "All reusable services as CSV (semicolon-separated, UTF-8) (admins)")
    public Response servicesCsv() {
        return csv(export.services(), "nachnutzungsangebote.csv");
    }

    private static Response csv(String body, String fileName) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
