package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothViews.BoothCard;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records of the visitors' and exhibitors' side of the hall: contact requests, bookmarks, statistics, settings. */
public final class HallViews {

    private HallViews() {
    }

    @Schema(name = "HallSettings", description = "Archive mode switches")
    public record HallSettingsView(
            @NotNull @Schema(description = "Exhibitors may edit their booths (admins always may)") Boolean editingEnabled,
            @NotNull @Schema(description = "Logged-in visitors may send contact requests") Boolean contactRequestsEnabled) {
    }

    @Schema(name = "StatsDay")
    public record StatsDay(LocalDate date, int views, int downloads, int contactRequests) {
    }

    @Schema(name = "BoothStats")
    public record StatsView(String slug, int totalViews, int totalDownloads, int totalContactRequests, List<StatsDay> days) {
    }

    @Schema(name = "NewContactRequest")
    public record NewContactRequest(
            @NotBlank @Size(max = 4000) @Schema(examples = "Wir möchten den Umzugsservice nachnutzen. Wer ist Ansprechperson?") String message,
            @NotNull @AssertTrue(message = "{kommunalmesse.consent.required}")
            @Schema(description = "Consent to pass name, e-mail and organisation to the exhibitor") Boolean consent) {
    }

    @Schema(name = "ContactRequest")
    public record ContactRequestView(long id, String boothSlug, String name, String email, String organisation,
            String message, ContactRequestStatus status, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "ContactRequestStatusUpdate")
    public record StatusUpdate(@NotNull ContactRequestStatus status) {
    }

    @Schema(name = "Bookmark")
    public record BookmarkView(BoothCard booth, Instant createdAt) {
    }
}
