package de.kommunalmesse.stage;

import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.stage.ProgrammeViews.AgendaFeed;
import de.kommunalmesse.stage.ProgrammeViews.ImportReport;
import de.kommunalmesse.stage.ProgrammeViews.ProgrammeNow;
import de.kommunalmesse.stage.ProgrammeViews.TalkDetail;
import de.kommunalmesse.stage.ProgrammeViews.TalkInput;
import de.kommunalmesse.stage.ProgrammeViews.TalkSaved;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme", description = "Talks on the stages, the personal agenda and calendar files")
public class ProgrammeResource {

    static final String CALENDAR = "text/calendar";

    @Inject
    ProgrammeService programme;

    @Inject
    Agenda agenda;

    @Inject
    Clock clock;

    @Inject
    ProgrammeImport importer;

    @Inject
    Messages messages;

    @Inject
    EditionService editions;

    @GET
    @Path("programme/now")
    @Operation(summary = "Talks running now (\"Jetzt live\") and the next five (\"Als Nächstes\")")
    public ProgrammeNow now(@QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        return programme.now(editions.resolve(edition), clock.instant());
    }

    @GET
    @Path("talks")
    @Operation(summary = "The programme, filtered by event day, stage, topic field, type and words",
            description = "allEditions=true searches the programmes of all editions (with archived=true: the archive"
                    + " of the whole series); each talk names its edition.")
    @APIResponse(responseCode = "400", description = "Unknown topic field or type")
    public List<TalkSummary> talks(@Valid @BeanParam TalkQuery query) {
        return programme.talks(query.allEditions ? null : editions.resolve(query.edition), query);
    }

    @GET
    @Path("talks/{id}")
    @Operation(summary = "One talk with its speakers and related booths")
    @APIResponse(responseCode = "404", description = "No such talk")
    public TalkDetail talk(@PathParam("id") long id) {
        return programme.talk(id, agenda.contains(id));
    }

    @GET
    @Path("talks/{id}/ics")
    @Produces(CALENDAR)
    @Operation(summary = "One talk as an iCalendar file (RFC 5545, Europe/Berlin)")
    public Response talkIcs(@PathParam("id") long id) {
        return calendar(programme.ics(id), "beitrag-" + id + ".ics");
    }

    @POST
    @Path("talks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Add a talk (admins); overlaps on the same stage are reported")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, times, stage, event day, topic field or booth")
    public Response create(@Valid @NotNull TalkInput input) {
        TalkSaved saved = programme.createTalk(input);
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @PUT
    @Path("talks/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Change a talk (admins); needs the version it is based on")
    @APIResponse(responseCode = "409", description = "Changed in the meantime")
    public TalkSaved update(@PathParam("id") long id, @Valid @NotNull TalkInput input) {
        return programme.updateTalk(id, input);
    }

    @DELETE
    @Path("talks/{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Remove a talk (admins)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") long id) {
        programme.deleteTalk(id);
    }

    @POST
    @Path("admin/programme/import")
    @Consumes({ MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Import talks from a pretalx schedule export (JSON) or CSV; checked first, applied all-or-nothing",
            description = "CSV columns (header line, separator ; or ,): datum;buehne;beginn;ende;art;titel;"
                    + "zusammenfassung;themenfeld;sprache;referierende;id. referierende: \"Name (Organisation, Rolle) | …\". "
                    + "Talks with an id from the source are updated by a later import.")
    @APIResponse(responseCode = "200", description = "Applied (or only checked with dryRun=true)")
    @APIResponse(responseCode = "400", description = "Problems listed by line and field in errors[]; nothing applied")
    public ImportReport importProgramme(@QueryParam("format") @DefaultValue("pretalx") @Pattern(regexp = "pretalx|csv") String format,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, String body) {
        Locale locale = messages.resolve(language);
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("import.empty");
        }
        return "csv".equals(format) ? importer.importCsv(editions.resolve(edition), body, dryRun, locale)
                : importer.importPretalx(editions.resolve(edition), body, dryRun, locale);
    }

    @GET
    @Path("me/agenda")
    @Authenticated
    @Operation(summary = "\"Meine Agenda\": the user's talks in start order")
    public List<TalkSummary> myAgenda() {
        return agenda.talks();
    }

    @PUT
    @Path("me/agenda/{talkId}")
    @Authenticated
    @Operation(summary = "Add a talk to the agenda")
    @APIResponse(responseCode = "204", description = "Added (also when it already was)")
    public void addToAgenda(@PathParam("talkId") long talkId) {
        agenda.add(talkId);
    }

    @DELETE
    @Path("me/agenda/{talkId}")
    @Authenticated
    @Operation(summary = "Remove a talk from the agenda")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeFromAgenda(@PathParam("talkId") long talkId) {
        agenda.remove(talkId);
    }

    @GET
    @Path("me/agenda.ics")
    @Produces(CALENDAR)
    @Authenticated
    @Operation(summary = "The whole agenda as an iCalendar file")
    public Response agendaIcs() {
        return calendar(agenda.ics(), "meine-agenda.ics");
    }

    @POST
    @Path("me/agenda/feed")
    @Authenticated
    @Operation(summary = "A new private subscription address for calendar apps (the previous one stops working)")
    public AgendaFeed rotateFeed() {
        return agenda.rotateFeed();
    }

    @GET
    @Path("agenda-feeds/{token}.ics")
    @Produces(CALENDAR)
    @Operation(summary = "The agenda behind a private subscription address (no login; the address is the secret)")
    @APIResponse(responseCode = "404", description = "Unknown or revoked address")
    public Response feed(@PathParam("token") String token) {
        return Response.ok(agenda.feed(token), CALENDAR + "; charset=UTF-8").header("Cache-Control", "private, max-age=300").build();
    }

    private static Response calendar(String body, String fileName) {
        return Response.ok(body, CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
