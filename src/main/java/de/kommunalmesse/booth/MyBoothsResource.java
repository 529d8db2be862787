package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothViews.ExhibitorRef;
import de.kommunalmesse.booth.EditorViews.EditorBooth;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the logged-in user may manage: their booths and the exhibitors they may create booths for. */
@Path("/my")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Booth editor")
public class MyBoothsResource {

    @Inject
    BoothEditorService editor;

    @Inject
    ReuseRequests reuseRequests;

    @GET
    @Path("booths")
    @Operation(summary = "The booths the user may edit, with workflow state, placement and whether editing is open (admins: all)")
    @APIResponse(responseCode = "200", description = "The booths by name; empty for users who staff no exhibitor")
    public List<EditorBooth> myBooths() {
        return editor.myBooths();
    }

    @GET
    @Path("exhibitors")
    @Operation(summary = "The exhibitors the user staffs, for whom they may create booths (admins: all)")
    @APIResponse(responseCode = "200", description = "The exhibitors by name; empty for users who staff none")
    public List<ExhibitorRef> myExhibitors() {
        return editor.myExhibitors();
    }

    @GET
    @Path("reuse-requests")
    @Operation(summary = "The user's own reuse requests with their status (Meine Nachnutzungen), newest first")
    @APIResponse(responseCode = "200", description = "The requests; without the staff's notes and history")
    public List<ReuseViews.ReuseRequestView> myReuseRequests() {
        return reuseRequests.mine();
    }
}
