package de.kommunalmesse.privacy;

import de.kommunalmesse.common.ConsentPurpose;
import de.kommunalmesse.identity.CurrentUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of the privacy API. */
public final class PrivacyViews {

    private PrivacyViews() {
    }

    /** "Meine Daten": everything the platform holds about the caller. */
    @Schema(name = "PersonalDataExport")
    public record PersonalDataExport(
            Instant exportedAt,
            @Schema(description = "From the access token: Keycloak holds the account itself") CurrentUser profile,
            @Schema(description = "Per feature (booth, stage, chat, accessibility, consents) named lists of rows",
                    examples = "{\"booth\":{\"bookmarks\":[{\"booth_id\":12,\"booth_name\":\"Umzug digital\",\"created_at\":\"2026-12-01T10:00:00Z\"}]}}")
            Map<String, Map<String, List<Map<String, Object>>>> areas) {
    }

    /** The caller confirms the deletion of their account by typing their username. */
    @Schema(name = "ErasureConfirmation")
    public record ErasureConfirmation(@NotBlank @Size(max = 100) @Schema(examples = "besucher") String confirm) {
    }

    /** An admin erases an account on the user's request (by letter, e-mail or phone), giving the reason. */
    @Schema(name = "ErasureRequest")
    public record ErasureRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "besucher") String username,
            @NotBlank @Size(max = 500) @Schema(examples = "Antrag per E-Mail vom 3.12.2026, Az. DS-2026-17") String reason) {
    }

    /** One erasure as the log keeps it: the account appears only as its pseudonym. */
    @Schema(name = "Erasure")
    public record ErasureView(
            long id,
            @Schema(examples = "geloescht-3f9a2c71b0d4") String pseudonym,
            @Schema(examples = "selbst", enumeration = {"selbst", "admin"}) String requestedBy,
            @Schema(examples = "kdn-admin") String admin,
            String reason,
            @Schema(description = "Rows deleted or pseudonymised per table", examples = "{\"bookmark\":2,\"chat_message\":5}")
            Map<String, Integer> summary,
            @Schema(examples = "geloescht", enumeration = {"geloescht", "nicht-gefunden"}) String keycloak,
            Instant erasedAt) {
    }

    /** A consent the web app asked for, with the version of the text it showed. */
    @Schema(name = "NewConsent")
    public record NewConsent(
            @NotNull @Schema(examples = "einbettung") ConsentPurpose purpose,
            @Size(max = 100) @Schema(examples = "youtube") String subject,
            @NotBlank @Size(max = 20) @Schema(examples = "2026-12-07") String textVersion) {
    }

    /** What the Datenschutzerklärung states, from the settings the platform runs with. */
    @Schema(name = "PrivacyPolicy")
    public record PolicyView(ControllerView controller, RetentionView retention, List<ConsentText> consents) {
    }

    @Schema(name = "PrivacyController")
    public record ControllerView(String name, String address, String email, String dataProtectionOfficer,
            String supervisoryAuthority) {
    }

    /** Retention deadlines in days, and how often the deletion job runs (hours). */
    @Schema(name = "RetentionDeadlines")
    public record RetentionView(
            @Schema(examples = "180") long contactRequestsDays,
            @Schema(examples = "90") long conversationsDays,
            @Schema(examples = "730") long accessibilityReportsDays,
            @Schema(examples = "730") long statisticsDays,
            @Schema(examples = "1") long jobIntervalHours,
            @Schema(description = "Whether the deletion job runs at all") boolean enabled) {
    }

    /** A purpose the platform asks consent for and the version of its current text. */
    @Schema(name = "ConsentText")
    public record ConsentText(ConsentPurpose purpose, @Schema(examples = "2026-12-07") String textVersion) {
    }

    /** What one run of the retention job changed. */
    @Schema(name = "RetentionRun")
    public record RetentionRun(Instant ranAt, Map<String, Integer> summary) {
    }
}
