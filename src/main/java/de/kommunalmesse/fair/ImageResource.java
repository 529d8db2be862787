package de.kommunalmesse.fair;

import de.kommunalmesse.common.FileResponses;
import de.kommunalmesse.common.Problem;
import de.kommunalmesse.common.Uploads;
import de.kommunalmesse.fair.FairImages.ImageFile;
import de.kommunalmesse.fair.FairViews.ImageView;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/images")
@Tag(name = "Images", description = "Images of the fair: speaker photos, key visual, logos, stage pictures")
public class ImageResource {

    @Inject
    FairImages images;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Upload an image (PNG, JPEG, WebP, GIF; type by content; at most 6000 px a side) (admins)",
            description = "Then use its id with alternative text in a speaker, the branding or a stage picture.")
    @APIResponseSchema(value = ImageView.class, responseCode = "201", responseDescription = "Stored")
    @APIResponse(responseCode = "400", description = "No file, an empty one, or too many pixels",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Larger than 25 MB")
    @APIResponse(responseCode = "415", description = "Not a readable image, whatever its name says (SVG is refused)")
    public Response upload(@RestForm("file") FileUpload file) {
        ImageView stored = images.store(Uploads.required(file).uploadedFile(), file.fileName(), caller.username());
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The image's bytes; they never change, so caches may keep them")
    @APIResponse(responseCode = "200", description = "The image, with the type found by content sniffing")
    @APIResponse(responseCode = "404", description = "No such image")
    public Response image(@PathParam("id") long id) {
        ImageFile image = images.open(id);
        return FileResponses.stored(image.content(), image.mediaType(), image.size(), "public, max-age=31536000, immutable")
                .build();
    }

    @GET
    @Path("{id}/variants/{variant}")
    @Produces({ "image/webp", "image/jpeg", "image/png" })
    @Operation(summary = "A smaller copy of the image for srcset: 320, 640 or 1280 px wide (never wider than the "
            + "original), upright, without metadata; as WebP with the suffix .webp, else JPEG (PNG with transparency)",
            description = "Made on the first request and kept. Where the server has no WebP encoder, the .webp address "
                    + "answers with JPEG or PNG and says so in Content-Type.")
    @APIResponse(responseCode = "200", description = "The variant; it never changes, so caches may keep it",
            content = { @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "304", description = "The ETag sent in If-None-Match still names the variant")
    @APIResponse(responseCode = "400", description = "A width not offered, e.g. 500",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such image", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response variant(@PathParam("id") long id,
            @PathParam("variant") @Parameter(description = "width, with .webp for WebP", example = "640.webp") String variant,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return images.variant(id, variant).response("public, max-age=31536000, immutable", ifNoneMatch);
    }
}
