package de.kommunalmesse.insights;

import de.kommunalmesse.common.CsvText;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.Problem;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.insights.InsightsViews.BoothAnalytics;
import de.kommunalmesse.insights.InsightsViews.Dashboard;
import de.kommunalmesse.insights.InsightsViews.VisitReport;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The figures behind the booth analytics and the organiser dashboard, as JSON (and CSV) for the web app and the
 * operator's own reporting, authorised like the pages: a booth's figures for its exhibitor's staff and admins, the
 * dashboard for admins.
 */
@Path("/insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights", description = "Booth analytics and the organiser dashboard: counters without personal data")
@APIResponse(responseCode = "404", description = "Unknown edition or booth")
public class InsightsResource {

    private static final String RANGE_ERROR = """
            {"type":"https://kommunalmesse.example/problems/bad-request","title":"Ungültige Anfrage","status":400,
             "detail":"Der Zeitraum endet (2026-11-20) vor seinem Beginn (2026-11-23).","errors":[{"field":"to",
             "message":"Der Zeitraum endet (2026-11-20) vor seinem Beginn (2026-11-23)."}]}""";

    private static final String ANALYTICS_EXAMPLE = """
            {"booth":"kreis-soest-umzug","edition":"2026","name":"Umzug digital","from":"2026-11-23","to":"2026-11-26",
             "day":"2026-11-24","threshold":5,
             "totals":{"visits":412,"visitors":187,"downloads":38,"chatMessages":51,"conversations":12,"answered":11,
              "contactRequests":null,"reuseRequests":null,"meetings":6},
             "hallMedian":{"visits":230,"visitors":104,"downloads":17,"chatMessages":20,"conversations":5,"answered":5,
              "contactRequests":0,"reuseRequests":0,"meetings":0},"hallBooths":24,
             "days":[{"day":"2026-11-23","figures":{"visits":96,"visitors":41,"downloads":9,"chatMessages":12,
              "conversations":null,"answered":null,"contactRequests":0,"reuseRequests":0,"meetings":null}}],
             "hours":[{"hour":9,"visits":14,"visitors":8},{"hour":10,"visits":null,"visitors":null}],
             "sources":{"hall":201,"talk":64,"programme":57,"direct":90},
             "chat":{"answeredPercent":92,"averageMinutesToAnswer":4}}""";

    @Inject
    BoothInsights boothInsights;

    @Inject
    DashboardService dashboard;

    @Inject
    BoothReport boothReport;

    @Inject
    EditionReport editionReport;

    @Inject
    EditionService editions;

    @Inject
    Messages messages;

    @QueryParam("edition")
    @Parameter(description = EditionScope.DESCRIPTION)
    String edition;

    private EditionRef edition() {
        return editions.resolve(edition);
    }

    /** A day of the query (yyyy-mm-dd), or null when left out; anything else is a 400 naming the parameter. */
    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("insights.badDate", value).at(field);
        }
    }

    @POST
    @Path("visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Count a visit of a booth (or, without booth, of the platform) and where it came from",
            description = "Sent by the web app when a booth page opens. Nothing about the visitor is stored: a hash of "
                    + "their login or session id with a salt of the day recognises them again that day, and both are "
                    + "deleted when the day is over.")
    @APIResponse(responseCode = "204", description = "Counted")
    @APIResponse(responseCode = "400", description = "Unknown source or malformed booth or session")
    public void visit(@Valid @NotNull VisitReport report) {
        boothInsights.visit(edition(), report);
    }

    @GET
    @Path("booths/{slug}")
    @Authenticated
    @Operation(summary = "A booth's analytics: per day, per hour of one day, sources, chat, and the hall's median",
            description = "Counts between 1 and 4 are null (\"< 5\"), so that no single visitor can be recognised.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BoothAnalytics.class), examples = @ExampleObject(name = "booth", value = ANALYTICS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed day, a period that ends before it begins, is longer than 400 days, or a day outside it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "reversed", value = RANGE_ERROR)))
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor")
    public BoothAnalytics booth(@PathParam("slug") String slug,
            @QueryParam("from") @Parameter(description = "First day (Europe/Berlin), e.g. 2026-11-23; the edition's first day when left out") String from,
            @QueryParam("to") @Parameter(description = "Last day, included; the edition's last day when left out") String to,
            @QueryParam("day") @Parameter(description = "The day shown per hour; today, or the last day of the period") String day) {
        return boothInsights.analytics(edition(), slug, date(from, "from"), date(to, "to"), date(day, "day"));
    }

    @GET
    @Path("booths/{slug}/days.csv")
    @Produces("text/csv")
    @Authenticated
    @Operation(summary = "A booth's figures per day as CSV (semicolons, UTF-8; header row in German, or English with Accept-Language: en)")
    @APIResponse(responseCode = "200", description = "One line per day; \"< 5\" for counts between 1 and 4",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A period that makes no sense")
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor")
    public Response boothCsv(@PathParam("slug") String slug, @QueryParam("from") String from, @QueryParam("to") String to,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        String body = boothInsights.csv(edition(), slug, date(from, "from"), date(to, "to"), messages.resolve(language));
        return CsvText.download(body, slug + "-statistik.csv");
    }

    @GET
    @Path("booths/{slug}/report.pdf")
    @Produces("application/pdf")
    @Authenticated
    @Operation(summary = "A booth's report of the edition as an accessible PDF",
            description = "Tagged PDF in German (de-DE) with a text layer: the booth's figures beside the hall's median, "
                    + "visits per day as a chart with the same numbers in a table, visit sources, and the booth's talks "
                    + "with their viewers and ratings (counts and averages, no comments). Counts between 1 and 4 read \"< 5\".")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor")
    public Response boothReport(@PathParam("slug") String slug) {
        return pdf(boothReport.pdf(edition(), slug), slug + "-bericht");
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "The organiser's report of the edition (or of one host region's days) as an accessible PDF",
            description = "Tagged PDF in German (de-DE) with a text layer: visitors and booth visits per event day, talks "
                    + "ranked by viewers and by ratings, reuse requests and adoptions.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown host region")
    public Response editionReport(
            @QueryParam("hostRegion") @Parameter(description = "Only the event days this host region hosted, e.g. soest") String hostRegion) {
        EditionRef ref = edition();
        byte[] pdf = editionReport.pdf(ref, hostRegion);
        return pdf(pdf, "messebericht-" + ref.slug() + (hostRegion == null || hostRegion.isBlank() ? "" : "-" + hostRegion));
    }

    /** A PDF to download as {@code <name>.pdf} (slugs and codes only). */
    private static Response pdf(byte[] body, String name) {
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"").build();
    }

    @GET
    @Path("dashboard")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "The organiser dashboard: online now, stages, busiest booths, waiting work, and each event day",
            description = "Live on the WebSocket: {\"type\":\"watch\",\"dashboard\":true} (admins) sends dashboard frames "
                    + "with the same figures when they change (current edition).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dashboard.class)))
    public Dashboard dashboard() {
        return dashboard.dashboard(edition());
    }
}
