package de.kommunalmesse.booth;

import de.kommunalmesse.common.FileResponses;
import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import de.kommunalmesse.common.MaterialKind;
import de.kommunalmesse.booth.BoothViews.BoothDetail;
import de.kommunalmesse.booth.BoothViews.HallPage;
import de.kommunalmesse.booth.HallViews.ContactRequestView;
import de.kommunalmesse.booth.HallViews.NewContactRequest;
import de.kommunalmesse.booth.MaterialService.Download;
import de.kommunalmesse.common.Problem;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/booths")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hall", description = "Published booths, their materials and contact requests")
public class BoothResource {

    @Inject
    BoothVideos videos;

    @Inject
    BoothVideoUploads videoUploads;

    @Inject
    EditionService editions;

    @Inject
    BoothService booths;

    @Inject
    MaterialService materials;

    @Inject
    ContactRequests contactRequests;

    @Inject
    ReuseRequests reuseRequests;

    @GET
    @Operation(summary = "Published booths of the hall: filtered, full-text searched, sorted and paged")
    @APIResponse(responseCode = "200", description = "One page of booth tiles")
    @APIResponse(responseCode = "400", description = "Unknown filter value or invalid paging")
    public HallPage hall(@Valid @BeanParam BoothQuery query) {
        return booths.hall(query);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One published booth (experts' contact data only for logged-in users)")
    @APIResponse(responseCode = "200", description = "The booth")
    @APIResponse(responseCode = "404", description = "No published booth with this slug")
    public BoothDetail booth(@PathParam("slug") String slug, @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        return booths.publishedBooth(editions.resolve(edition), slug);
    }

    @GET
    @Path("{slug}/materials/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a material (public when the published booth shows it; otherwise its editors only)")
    @APIResponse(responseCode = "200", description = "The file, with the type found by content sniffing")
    @APIResponse(responseCode = "404", description = "No such material, or not visible to this user")
    public Response material(@PathParam("slug") String slug, @PathParam("id") long id) {
        Download download = materials.download(slug, id);
        return FileResponses.stored(download.content(), download.mediaType(), download.size(), "private, max-age=300")
                .header("Content-Disposition", FileResponses.disposition(
                        download.kind() == MaterialKind.IMAGE ? "inline" : "attachment", download.fileName()))
                .build();
    }

    @GET
    @Path("{slug}/video-files/{id}/{name}")
    @Produces({ "application/vnd.apple.mpegurl", "video/mp2t" })
    @Operation(summary = "A file of an uploaded, transcoded booth video: index.m3u8 or a segment (public when the published"
            + " booth's video is this one; otherwise its editors only)")
    @APIResponse(responseCode = "200", description = "The HLS playlist or segment",
            content = { @Content(mediaType = "application/vnd.apple.mpegurl", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "video/mp2t", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No such file, not transcoded yet, or not visible to this user")
    public Response videoFile(@PathParam("slug") String slug, @PathParam("id") long id,
            @PathParam("name") @Parameter(example = "index.m3u8") String name) {
        BoothVideoUploads.VideoFile file = videoUploads.file(slug, id, name);
        return FileResponses.stored(file.content(), file.mediaType(), file.size(), "private, max-age=300").build();
    }

    @GET
    @Path("{slug}/video-captions/{id}")
    @Produces("text/vtt")
    @Operation(summary = "WebVTT captions uploaded for a booth's video (public when the published booth's video uses them;"
            + " otherwise its editors only)")
    @APIResponse(responseCode = "200", description = "The captions, for the player's text track",
            content = @Content(mediaType = "text/vtt", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "captions", value = "WEBVTT\n\n00:00.500 --> 00:04.000\nWillkommen an unserem Stand.")))
    @APIResponse(responseCode = "404", description = "No such captions, or not visible to this user")
    public Response videoCaptions(@PathParam("slug") String slug, @PathParam("id") long id) {
        BoothVideos.CaptionsDownload download = videos.download(slug, id);
        return FileResponses.stored(download.content(), "text/vtt; charset=utf-8", download.size(), "private, max-age=300")
                .build();
    }

    @GET
    @Path("{slug}/materials/{id}/variants/{variant}")
    @Produces({ "image/webp", "image/jpeg", "image/png" })
    @Operation(summary = "A smaller copy of an image material for srcset (logo, banner): 320, 640 or 1280 px wide, "
            + "upright, without metadata; WebP with the suffix .webp, else JPEG (PNG with transparency)",
            description = "Readable by whoever may download the image: everyone when the published booth shows it, "
                    + "otherwise its editors only.")
    @APIResponse(responseCode = "200", description = "The variant",
            content = { @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "304", description = "The ETag sent in If-None-Match still names the variant")
    @APIResponse(responseCode = "400", description = "A width not offered, e.g. 500",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such image material, or not visible to this user",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response materialVariant(@PathParam("slug") String slug, @PathParam("id") long id,
            @PathParam("variant") @Parameter(description = "width, with .webp for WebP", example = "640.webp") String variant,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return materials.variant(slug, id, variant).response("private, max-age=300", ifNoneMatch);
    }

    @POST
    @Path("{slug}/contact-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Ask the booth's team to get in touch (passes name, e-mail and organisation with consent)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewContactRequest.class),
            examples = @ExampleObject(name = "request",
                    value = "{\"message\":\"Wir möchten den Umzugsservice nachnutzen.\",\"consent\":true}")))
    @APIResponseSchema(value = ContactRequestView.class, responseCode = "201",
            responseDescription = "Stored and in the exhibitor's inbox")
    @APIResponse(responseCode = "400", description = "Message missing or too long, or no consent")
    @APIResponse(responseCode = "403", description = "Contact requests are closed (archive mode)")
    @APIResponse(responseCode = "404", description = "No published booth with this slug")
    public Response contact(@PathParam("slug") String slug, @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Valid @NotNull NewContactRequest request) {
        ContactRequestView created = contactRequests.create(editions.resolve(edition), slug, request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{slug}/services/{key}/reuse-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Ask to reuse a service (Nachnutzung anfragen); passes name and e-mail on with consent")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReuseViews.NewReuseRequest.class),
            examples = @ExampleObject(name = "request", value = "{\"organisation\":\"Gemeinde Musterhausen\","
                    + "\"organisationType\":\"kommune\",\"ags\":\"05974028\",\"inhabitants\":12500,"
                    + "\"timeFrame\":\"ab 2027\",\"questions\":\"Wie aufwendig ist die Anbindung?\",\"consent\":true}")))
    @APIResponseSchema(value = ReuseViews.ReuseRequestView.class, responseCode = "201",
            responseDescription = "Stored with status interesse and on the booth's board")
    @APIResponse(responseCode = "400", description = "Missing or invalid facts (e.g. the AGS), or no consent")
    @APIResponse(responseCode = "403", description = "The edition is archived")
    @APIResponse(responseCode = "404", description = "No published booth with this slug, or no such service at it")
    public Response requestReuse(@PathParam("slug") String slug, @PathParam("key") String key,
            @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Valid @NotNull ReuseViews.NewReuseRequest request) {
        ReuseViews.ReuseRequestView created = reuseRequests.create(editions.resolve(edition), slug, key, request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{slug}/services/{key}/publiccode.yml")
    @Produces("application/yaml")
    @Operation(summary = "A published service as publiccode.yml (version 0.4); usedBy lists the confirmed adopters")
    @APIResponse(responseCode = "200", description = "The publiccode.yml, UTF-8",
            content = @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No published booth with this slug, or no such service at it")
    public Response publicCode(@PathParam("slug") String slug, @PathParam("key") String key,
            @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        return Response.ok(booths.publicCode(editions.resolve(edition), slug, key), "application/yaml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"publiccode.yml\"")
                .build();
    }
}
