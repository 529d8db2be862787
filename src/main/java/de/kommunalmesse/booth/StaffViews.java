package de.kommunalmesse.booth;

import de.kommunalmesse.fair.FairViews.RegionView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The admins' view of exhibitors and their staff (docs/operations.md, "Standpersonal einladen"). */
public final class StaffViews {

    private StaffViews() {
    }

    /** An exhibitor as the admins' list shows it: its booths in the edition and its staff. */
    @Schema(name = "ExhibitorOverview")
    public record ExhibitorOverview(@Schema(examples = "kreis-soest") String slug, @Schema(examples = "Kreis Soest") String name,
            OrganisationType type, RegionView region,
            @Schema(description = "Keycloak usernames or e-mail addresses, sorted") List<String> staff,
            @Schema(description = "Its booths in the edition asked for") List<BoothState> booths,
            @Schema(description = "The staff with their roles, in the order of staff") List<StaffMember> members) {
    }

    /** A staff entry and its role: a lead edits the booths, staff answer in the chat and the conversations. */
    @Schema(name = "StaffMember")
    public record StaffMember(@Schema(examples = "ines.beispiel@example.org") String member, StaffRole role) {
    }

    /** A new role for a staff member. */
    @Schema(name = "StaffRoleChange")
    public record StaffRoleChange(
            @NotNull @Pattern(regexp = "lead|staff", message = "{kommunalmesse.staffRole}") @Schema(enumeration = { "lead", "staff" }, examples = "staff") String role) {
    }

    /** A booth's state: public or not, and where its working copy stands. */
    @Schema(name = "BoothState")
    public record BoothState(@Schema(examples = "kreis-soest-umzug") String slug, String name, BoothStatus status,
            @Schema(description = "The working copy's state; null when there is none") DraftState draft) {
    }

    /** An invitation to join an exhibitor's staff. */
    @Schema(name = "StaffInvitation")
    public record StaffInvitation(
            @NotBlank @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{kommunalmesse.email}") @Size(max = 100) @Schema(examples = "ines.beispiel@example.org") String email) {
    }

    /**
     * What an invitation did.
     *
     * @param member the staff entry added: the account's username
     * @param accountCreated whether a Keycloak account was created (else an existing one was linked)
     */
    @Schema(name = "StaffInvited")
    public record StaffInvited(@Schema(examples = "ines.beispiel@example.org") String member, boolean accountCreated,
            ExhibitorOverview exhibitor) {
    }
}
