package de.kommunalmesse.network;

import de.kommunalmesse.booth.OrganisationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of networking between visitors. */
public final class NetworkViews {

    private NetworkViews() {
    }

    /**
     * What a visitor shows about themselves when they opt in. The name comes from their account.
     *
     * @param hostRegion the code of a host region (GET /api/fair lists them), if any
     * @param region Land, Kreis or town in their own words
     * @param topicFields codes of topic fields ("Themenfelder") of interest
     */
    @Schema(name = "NetworkProfileUpdate")
    public record ProfileUpdate(
            @NotBlank @Size(max = 200) @Schema(examples = "Stadt Musterhausen") String organisation,
            @Schema(examples = "kommune") OrganisationType organisationType,
            @Size(max = 40) @Schema(examples = "soest") String hostRegion,
            @Size(max = 120) @Schema(examples = "Nordrhein-Westfalen") String region,
            @Size(max = 120) @Schema(examples = "Leitung Bürgerservice") String role,
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> topicFields,
            @Size(max = 500) @Schema(examples = "Wir führen gerade die digitale Ummeldung ein.") String about) {
    }

    /**
     * A person in the directory, as another visitor sees them.
     *
     * @param contact where the caller stands with them: {@code none}, {@code sent} (waiting for their answer),
     *        {@code received} (waiting for the caller's), {@code connected} or {@code not-accepted}
     * @param conversationId the private conversation once connected
     * @param shared how many topic fields the caller shares with them (suggestions)
     */
    @Schema(name = "NetworkPerson")
    public record PersonView(@Schema(examples = "12") long id, @Schema(examples = "Bea Sucher") String name,
            String organisation, OrganisationType organisationType, String hostRegion, String hostRegionName,
            String region, String role, List<String> topicFields, String about,
            @Schema(enumeration = {"none", "sent", "received", "connected", "not-accepted"}) String contact,
            Long requestId, Long conversationId, int shared) {
    }

    /** The caller's own profile; {@code findable} false (and nothing else) when they have not opted in. */
    @Schema(name = "NetworkOwnProfile")
    public record OwnProfileView(boolean findable, PersonView profile) {
    }

    /**
     * A page of the directory.
     *
     * @param total how many match, of which {@code people} holds at most the limit
     */
    @Schema(name = "NetworkDirectory")
    public record DirectoryView(List<PersonView> people, long total) {
    }

    /** A contact request with a short message. */
    @Schema(name = "NewContactRequest")
    public record NewRequest(@NotNull @Schema(examples = "12", description = "The profile of the person asked") Long to,
            @Size(max = 500) @Schema(examples = "Guten Tag, wir arbeiten auch an der digitalen Ummeldung.") String message) {
    }

    /**
     * A contact request as one of its two sides sees it.
     *
     * @param incoming whether the caller was asked
     * @param status {@code pending}, {@code accepted}, {@code declined}; a sender sees a declined request as
     *        {@code not-accepted} and nothing more
     */
    @Schema(name = "ContactRequestBetweenVisitors")
    public record RequestView(@Schema(examples = "5") long id, boolean incoming,
            @Schema(examples = "Maren Decker") String otherName, String message,
            @Schema(enumeration = {"pending", "accepted", "declined", "not-accepted"}) String status,
            Long conversationId, Instant createdAt) {
    }

    /** The caller's requests, received and sent, newest first. */
    @Schema(name = "ContactRequests")
    public record RequestsView(List<RequestView> incoming, List<RequestView> outgoing) {
    }

    /** Someone the caller blocked. */
    @Schema(name = "NetworkBlock")
    public record BlockView(@Schema(examples = "3") long id, String name, Instant createdAt) {
    }
}
