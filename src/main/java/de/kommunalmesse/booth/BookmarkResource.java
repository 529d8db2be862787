package de.kommunalmesse.booth;

import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import de.kommunalmesse.booth.HallViews.BookmarkView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Merken": the logged-in user's bookmarked booths. */
@Path("/me/bookmarks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Bookmarks", description = "Booths a logged-in user keeps on their personal list (\"Merken\")")
public class BookmarkResource {

    @Inject
    EditionService editions;

    @Inject
    Bookmarks bookmarks;

    @GET
    @Operation(summary = "The user's bookmarked booths, newest first (only those still published)")
    @APIResponse(responseCode = "200", description = "The bookmarks with the booths' tiles")
    public List<BookmarkView> bookmarks() {
        return bookmarks.list();
    }

    @PUT
    @Path("{slug}")
    @Operation(summary = "Bookmark a published booth")
    @APIResponse(responseCode = "204", description = "Bookmarked (also when it already was)")
    @APIResponse(responseCode = "404", description = "No published booth with this slug")
    public void bookmark(@PathParam("slug") String slug, @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        bookmarks.add(editions.resolve(edition), slug);
    }

    @DELETE
    @Path("{slug}")
    @Operation(summary = "Remove a bookmark")
    @APIResponse(responseCode = "204", description = "Removed (also when there was none)")
    public void unbookmark(@PathParam("slug") String slug, @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        bookmarks.remove(editions.resolve(edition), slug);
    }
}
