package de.kommunalmesse.booth;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A visitor's request to be contacted by a booth's team, with their explicit consent. */
@Entity
@Table(name = "contact_request")
public class ContactRequest extends IdentityEntity {

    @Column(name = "booth_id")
    public long boothId;

    public String username;
    public String name;
    public String email;
    public String organisation;
    public String message;

    @Column(name = "consent_at")
    public Instant consentAt;

    public ContactRequestStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
