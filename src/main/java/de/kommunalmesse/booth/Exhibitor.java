package de.kommunalmesse.booth;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A municipality, IT provider or other organisation that shows services at one or more booths. */
@Entity
@Table(name = "exhibitor")
public class Exhibitor extends IdentityEntity {

    public String slug;
    public String name;

    @Column(name = "org_type")
    public OrganisationType type;

    /** A host region code, or null for organisations from elsewhere. */
    public String regionCode;
    public String website;

    /** Keycloak usernames of the staff who edit the booths and answer in the booth chat. */
    @ElementCollection
    @CollectionTable(name = "exhibitor_staff", joinColumns = @JoinColumn(name = "exhibitor_id"))
    @Column(name = "username")
    public Set<String> staff = new HashSet<>();

    /**
     * The entries of {@link #staff} whose role is "staff" (Standpersonal): they do not change the booths' content.
     * Every other entry is a lead (Standleitung). A subset of {@link #staff}; the database keeps it so.
     */
    @ElementCollection
    @CollectionTable(name = "exhibitor_staff_plain", joinColumns = @JoinColumn(name = "exhibitor_id"))
    @Column(name = "username")
    public Set<String> plainStaff = new HashSet<>();

    /** The role of a staff entry: {@code lead} or {@code staff}. */
    public StaffRole roleOf(String member) {
        return plainStaff.contains(member) ? StaffRole.STAFF : StaffRole.LEAD;
    }

    public Instant createdAt;
}
