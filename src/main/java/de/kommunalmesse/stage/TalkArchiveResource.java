package de.kommunalmesse.stage;

import de.kommunalmesse.common.FileResponses;
import de.kommunalmesse.common.Uploads;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.stage.ArchiveViews.ArchivedTalk;
import de.kommunalmesse.stage.ArchiveViews.DayArchive;
import de.kommunalmesse.stage.ArchiveViews.MaterialDownload;
import de.kommunalmesse.stage.ArchiveViews.RecordingUpdate;
import de.kommunalmesse.stage.ArchiveViews.TalkMaterialView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Archive", description = "Slides, recordings and FAQ of talks; the archive of each event day")
public class TalkArchiveResource {

    @Inject
    TalkArchive archive;

    @Inject
    EditionService editions;

    @GET
    @Path("talks/{id}/materials")
    @Operation(summary = "Slides and other files of a talk, in upload order")
    @APIResponse(responseCode = "404", description = "No such talk")
    public List<TalkMaterialView> materials(@PathParam("id") long talkId) {
        return archive.materials(talkId);
    }

    @POST
    @Path("talks/{id}/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Role.ADMIN, Role.MODERATOR })
    @Operation(summary = "Upload slides of a talk (PDF, PPTX, ODP; at most 25 MB; type by content; moderators, admins)")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "413", description = "Larger than 25 MB")
    @APIResponse(responseCode = "415", description = "Not a PDF, PPTX or ODP file by its content")
    public Response upload(@PathParam("id") long talkId, @RestForm("file") FileUpload file,
            @RestForm("title") @Size(max = 200) String title) {
        TalkMaterialView stored = archive.upload(talkId, Uploads.required(file).uploadedFile(), file.fileName(), title);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @GET
    @Path("talks/{id}/materials/{materialId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of a talk (counted)")
    @APIResponse(responseCode = "200", description = "The file, with the type found by content sniffing")
    @APIResponse(responseCode = "404", description = "No such file at this talk")
    public Response download(@PathParam("id") long talkId, @PathParam("materialId") long materialId) {
        MaterialDownload download = archive.download(talkId, materialId);
        return FileResponses.stored(download.content(), download.mediaType(), download.size(), "public, max-age=300")
                .header("Content-Disposition", FileResponses.disposition("attachment", download.fileName()))
                .build();
    }

    @DELETE
    @Path("talks/{id}/materials/{materialId}")
    @RolesAllowed({ Role.ADMIN, Role.MODERATOR })
    @Operation(summary = "Remove a file of a talk (moderators, admins)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") long talkId, @PathParam("materialId") long materialId) {
        archive.delete(talkId, materialId);
    }

    @PUT
    @Path("talks/{id}/recording")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN, Role.MODERATOR })
    @Operation(summary = "Set or remove the recording address of a talk (http/https only; moderators, admins)")
    @APIResponse(responseCode = "200", description = "The stored address ({\"url\": null} when removed)")
    @APIResponse(responseCode = "400", description = "Not an http(s) address")
    public RecordingUpdate setRecording(@PathParam("id") long talkId, @Valid @NotNull RecordingUpdate update) {
        return new RecordingUpdate(archive.setRecording(talkId, update.url()));
    }

    @GET
    @Path("event-days/{id}/archive")
    @Operation(summary = "The archive of an event day: talks with recording, slides or FAQ, in start order",
            description = "q narrows it like GET /api/talks?q= (title, abstract, speakers, slide titles, FAQ). "
                    + "GET /api/talks?archived=true&q= searches the archive of every day.")
    @APIResponse(responseCode = "404", description = "No such event day")
    public DayArchive dayArchive(@PathParam("id") long eventDayId,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words to search for", example = "Umzug") String q) {
        return archive.archive(eventDayId, q);
    }

    @GET
    @Path("archive")
    @Operation(summary = "The archive of an edition or of the whole series: talks with recording, slides or FAQ",
            description = "q narrows it like GET /api/talks?q=; allEditions=true searches every edition, and each"
                    + " talk names its edition.")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<ArchivedTalk> search(
            @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @QueryParam("allEditions") @Parameter(description = "Search the archives of all editions") boolean allEditions,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words to search for", example = "Umzug") String q) {
        return archive.search(allEditions ? null : editions.resolve(edition), q);
    }
}
