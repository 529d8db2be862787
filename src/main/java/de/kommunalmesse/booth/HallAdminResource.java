package de.kommunalmesse.booth;

import de.kommunalmesse.common.CsvText;
import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import de.kommunalmesse.booth.EditorViews.ReviewQueueEntry;
import de.kommunalmesse.booth.HallViews.HallSettingsView;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The administrative side of the hall (admins only). The class sits at the root: a class path of
 * {@code /admin} would claim every {@code /api/admin/...} request, also those of other features
 * (the programme import), and answer 404 for them.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Hall administration", description = "Review queue, archive mode and exports (admins)")
public class HallAdminResource {

    @Inject
    EditionService editions;

    @Inject
    BoothEditorService editor;

    @Inject
    HallSettings settings;

    @Inject
    HallExport export;

    @Inject
    ReuseReport reuseReport;

    @Inject
    Messages messages;

    @GET
    @Path("admin/reviews")
    @Operation(summary = "Submitted booth changes waiting for review, oldest first")
    @APIResponse(responseCode = "200", description = "The queue")
    public List<ReviewQueueEntry> reviewQueue() {
        return editor.reviewQueue();
    }

    @GET
    @Path("admin/settings/hall")
    @Operation(summary = "Archive mode switches")
    @APIResponse(responseCode = "200", description = "The current switches")
    public HallSettingsView hallSettings() {
        return settings.current();
    }

    @PUT
    @Path("admin/settings/hall")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch editing and contact requests on or off, e.g. after the series")
    @APIResponse(responseCode = "200", description = "The switches as now in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HallSettingsView.class),
                    examples = @ExampleObject(name = "archive", value = "{\"editingEnabled\":false,\"contactRequestsEnabled\":false}")))
    @APIResponse(responseCode = "400", description = "A switch missing or not a boolean")
    public HallSettingsView updateHallSettings(@Valid @NotNull HallSettingsView update) {
        return settings.update(update);
    }

    @GET
    @Path("admin/exports/booths.csv")
    @Produces("text/csv")
    @Operation(summary = "All booths as CSV (semicolon-separated, UTF-8)")
    @APIResponse(responseCode = "200", description = "One line per booth with exhibitor, status and placement",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response boothsCsv(@QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Parameter(description = "Language of the header row: German unless English is preferred")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        String body = export.booths(editions.resolve(edition), messages.resolve(language));
        return CsvText.download(body, "staende.csv");
    }

    @GET
    @Path("admin/exports/services.csv")
    @Produces("text/csv")
    @Operation(summary = "All reusable services as CSV (semicolon-separated, UTF-8)")
    @APIResponse(responseCode = "200", description = "One line per reusable service with its booth",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response servicesCsv(@QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Parameter(description = "Language of the header row: German unless English is preferred")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        String body = export.services(editions.resolve(edition), messages.resolve(language));
        return CsvText.download(body, "nachnutzungsangebote.csv");
    }

    @GET
    @Path("admin/reuse-report")
    @Operation(summary = "Reuse per host region, topic field and event day: services, requests, agreements, adoptions, "
            + "median days from request to adoption (JSON, for the KDN's own reporting)")
    @APIResponse(responseCode = "200", description = "The report of the edition")
    public ReuseReport.Report reuseReport(@QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        return reuseReport.report(editions.resolve(edition));
    }

    @GET
    @Path("admin/exports/reuse-report.csv")
    @Produces("text/csv")
    @Operation(summary = "The reuse report as CSV (semicolon-separated, UTF-8)")
    @APIResponse(responseCode = "200", description = "One line per dimension and key",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response reuseReportCsv(@QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Parameter(description = "Language of the header row: German unless English is preferred")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        String body = reuseReport.csv(editions.resolve(edition), messages.resolve(language));
        return CsvText.download(body, "nachnutzung-bericht.csv");
    }
}
