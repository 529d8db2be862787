package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import de.kommunalmesse.common.IsoDate;
import de.kommunalmesse.booth.BoothViews.BoothRef;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of reuse requests (docs/reuse.md). */
public final class ReuseViews {

    /** Amtlicher Gemeindeschlüssel: 8 digits, starting with a state key (Länderschlüssel) 01–16. */
    public static final String AGS = "(0[1-9]|1[0-6])[0-9]{6}";

    private ReuseViews() {
    }

    /** What a visitor sends to ask for reuse; their name and e-mail come from their login. */
    @Schema(name = "NewReuseRequest")
    public record NewReuseRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "Gemeinde Musterhausen") String organisation,
            @NotNull OrganisationType organisationType,
            @Pattern(regexp = AGS, message = "{kommunalmesse.ags}")
            @Schema(description = "Amtlicher Gemeindeschlüssel, required for a municipality (kommune)", examples = "05974028")
            String ags,
            @Min(1) @Max(20_000_000) @Schema(description = "Inhabitants", examples = "12500") Integer inhabitants,
            @Size(max = 200) @Schema(examples = "ab dem 2. Quartal 2027") String timeFrame,
            @Size(max = 5_000) String questions,
            @AssertTrue(message = "{kommunalmesse.consent.required}")
            @Schema(description = "Consent to pass the request with name and e-mail on to the exhibitor") boolean consent) {

        @AssertTrue(message = "{kommunalmesse.ags}")
        @JsonIgnore
        @Schema(hidden = true)
        public boolean isAgsGivenForMunicipality() {
            return organisationType != OrganisationType.KOMMUNE || ags != null && !ags.isBlank();
        }
    }

    /**
     * The staff's work on a request, sent whole with the version it was read at: status (a move the board
     * allows), the reason when cancelling, notes, next date and assignee.
     */
    @Schema(name = "ReuseHandling")
    public record ReuseHandling(
            @NotNull @Schema(description = "The version the board shows; a changed request answers 409") Long version,
            @NotNull ReuseStatus status,
            @Size(max = 1_000) @Schema(description = "Required when cancelling (abgebrochen)") String reason,
            @Size(max = 10_000) String notes,
            @JsonDeserialize(using = IsoDate.class) LocalDate nextDate,
            @Size(max = 254) @Schema(description = "A staff member of the exhibitor, or none") String assignee) {

        @AssertTrue(message = "{kommunalmesse.reuseReason}")
        @JsonIgnore
        @Schema(hidden = true)
        public boolean isReasonGiven() {
            return status != ReuseStatus.ABGEBROCHEN || reason != null && !reason.isBlank();
        }
    }

    /**
     * A reuse request. Staff and admins see everything; the requesting visitor sees their own request without
     * the staff's notes, assignee and history.
     */
    @Schema(name = "ReuseRequest")
    public record ReuseRequestView(long id, BoothRef booth, String serviceKey, String serviceName,
            String requesterName, String requesterEmail, String organisation, OrganisationType organisationType,
            String ags, Integer inhabitants, String timeFrame, String questions, ReuseStatus status,
            @Schema(description = "Statuses the board may move the request to") List<ReuseStatus> allowedNext,
            String reason, String notes, LocalDate nextDate, String assignee, Instant confirmedAt, Integer adoptionYear,
            Instant createdAt, Instant updatedAt, long version, List<ReuseEvent> history) {
    }

    /** One logged change of a request. */
    @Schema(name = "ReuseRequestEvent")
    public record ReuseEvent(Instant at, String actor,
            @Schema(description = "created, status, notes, next-date, assignee, confirmed, withdrawn") String kind,
            ReuseStatus fromStatus, ReuseStatus toStatus, String detail) {
    }

    /** The board of a booth: its staff (to assign) and its requests, newest first. */
    @Schema(name = "ReuseBoard")
    public record ReuseBoard(BoothRef booth, List<String> staff, List<ReuseRequestView> requests) {
    }

    /** An organisation that confirmed it reuses a service, with the year. */
    @Schema(name = "Adoption")
    public record Adoption(@Schema(examples = "Gemeinde Musterhausen") String organisation,
            @Schema(examples = "2026") int year) {
    }

    /**
     * A request as the demo fair describes it, put straight into its state: the requester, the organisation's
     * facts, the status reached (its moves are logged one by one), the team's work and, for a confirmed reuse,
     * the year.
     */
    public record ReuseSeed(String requester, String requesterName, String requesterEmail, String organisation,
            OrganisationType organisationType, String ags, Integer inhabitants, String timeFrame, String questions,
            ReuseStatus status, String reason, String notes, LocalDate nextDate, String assignee, Integer adoptionYear,
            String actor) {
    }
}
