package de.kommunalmesse.privacy;

import de.kommunalmesse.common.Consents.ConsentView;
import de.kommunalmesse.common.PageView;
import de.kommunalmesse.privacy.PrivacyViews.ErasureConfirmation;
import de.kommunalmesse.privacy.PrivacyViews.ErasureRequest;
import de.kommunalmesse.privacy.PrivacyViews.ErasureView;
import de.kommunalmesse.privacy.PrivacyViews.NewConsent;
import de.kommunalmesse.privacy.PrivacyViews.PersonalDataExport;
import de.kommunalmesse.privacy.PrivacyViews.PolicyView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Data protection: "Meine Daten", deleting one's account, consents, the erasure of an account by an admin
 * on request, and the settings the Datenschutzerklärung states. Who may do what is decided in
 * {@link PrivacyService}. The class sits at the root because its paths span /me, /privacy and /admin.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy", description = "DSGVO self-service: export, account deletion, consents, retention (docs/privacy.md)")
public class PrivacyResource {

    @Inject
    PrivacyService privacy;

    @GET
    @Path("me/data")
    @Authenticated
    @Operation(summary = "Meine Daten: everything the platform holds about the caller, as JSON")
    @APIResponse(responseCode = "200", description = "Profile, bookmarks, agenda, contact requests, chat messages and"
            + " conversations, read pointers, reports, consents")
    public PersonalDataExport export() {
        return privacy.export();
    }

    @POST
    @Path("me/erasure")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete the caller's account: their data here and their Keycloak account",
            description = "Chat messages stay as 'gelöschtes Konto'; the moderation log keeps a pseudonym.")
    @APIResponse(responseCode = "200", description = "Deleted; the caller's tokens no longer work once they expire")
    @APIResponse(responseCode = "400", description = "The confirmation is not the caller's username")
    @APIResponse(responseCode = "503", description = "Keycloak is not reachable; nothing was deleted")
    public ErasureView eraseOwnAccount(@Valid @NotNull ErasureConfirmation confirmation) {
        return privacy.eraseOwnAccount(confirmation.confirm());
    }

    @GET
    @Path("me/consents")
    @Authenticated
    @Operation(summary = "The caller's consents: what, when, which text version, withdrawn or not")
    public List<ConsentView> consents() {
        return privacy.myConsents();
    }

    @POST
    @Path("me/consents")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a consent the web app asked for (e.g. loading a YouTube player)")
    @APIResponse(responseCode = "409", description = "The text shown is not the current version")
    public ConsentView giveConsent(@Valid @NotNull NewConsent consent) {
        return privacy.giveConsent(consent);
    }

    @POST
    @Path("me/consents/{id}/withdraw")
    @Authenticated
    @Operation(summary = "Withdraw a consent; a contact request's consent takes the request out of the booth's inbox")
    @APIResponse(responseCode = "404", description = "No such consent of the caller")
    public ConsentView withdrawConsent(@PathParam("id") long id) {
        return privacy.withdrawConsent(id);
    }

    @GET
    @Path("privacy/policy")
    @Operation(summary = "What the Datenschutzerklärung states: controller, retention deadlines, consent texts (public)")
    public PolicyView policy() {
        return privacy.policy();
    }

    @POST
    @Path("admin/account-erasures")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase an account on the user's request (admins); logged with the reason")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public ErasureView eraseOnRequest(@Valid @NotNull ErasureRequest request) {
        return privacy.eraseOnRequest(request.username(), request.reason());
    }

    @GET
    @Path("admin/account-erasures")
    @Authenticated
    @Operation(summary = "The log of account erasures, newest first (admins)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PageView<ErasureView> erasures(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return privacy.erasures(page, size);
    }
}
