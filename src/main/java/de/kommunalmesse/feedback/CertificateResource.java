package de.kommunalmesse.feedback;

import de.kommunalmesse.common.Problem;
import de.kommunalmesse.feedback.CertificateViews.CertificateRequest;
import de.kommunalmesse.feedback.CertificateViews.CertificateView;
import de.kommunalmesse.feedback.CertificateViews.Verification;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Certificates of attendance: requested by the person, verified by anyone (docs/insights.md). */
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates of attendance", description = "Teilnahmebescheinigungen from the attendance of live talks")
public class CertificateResource {

    static final String NOT_ATTENDED = """
            {"type":"urn:kommunalmesse:problem:conflict","title":"Konflikt","status":409,
             "detail":"Für „Ausgabe 2026“ können wir Ihnen keine Teilnahme bescheinigen: Sie haben dort keinen Beitrag lange genug live verfolgt.",
             "instance":"/api/certificates"}""";

    @Inject
    AttendanceService attendance;

    @Inject
    CertificatePdf pdf;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Request the caller's certificate for an edition, from the talks they followed live")
    @APIResponse(responseCode = "201", description = "The certificate (the earlier one while the talks and time are the same)")
    @APIResponse(responseCode = "400", description = "Edition missing")
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "The caller followed no talk of the edition long enough",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not attended", value = NOT_ATTENDED)))
    public Response request(@Valid @NotNull CertificateRequest request) {
        return Response.status(Response.Status.CREATED).entity(attendance.request(request.edition())).build();
    }

    @GET
    @Path("mine")
    @Authenticated
    @Operation(summary = "The caller's valid certificates, newest first")
    @APIResponse(responseCode = "200", description = "The certificates")
    public List<CertificateView> mine() {
        return attendance.mine();
    }

    @GET
    @Path("{code}/pdf")
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    @Authenticated
    @Operation(summary = "The certificate as a tagged PDF (only for the person it is about)")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "403", description = "The certificate is about another person")
    @APIResponse(responseCode = "404", description = "No such certificate")
    @APIResponse(responseCode = "409", description = "A newer certificate superseded it")
    public Response pdf(@PathParam("code") String code) {
        AttendanceService.Printable printable = attendance.printable(code);
        return Response.ok(pdf.render(printable), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"teilnahmebescheinigung-"
                        + printable.certificate().code() + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("{code}/verification")
    @Operation(summary = "Verify a certificate: event, name as printed and validity, nothing else (public)")
    @APIResponse(responseCode = "200", description = "The certificate's verification")
    @APIResponse(responseCode = "404", description = "No certificate with this code")
    public Verification verify(@PathParam("code") String code) {
        return attendance.verify(code);
    }
}
