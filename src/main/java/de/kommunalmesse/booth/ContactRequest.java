package de.kommunalmesse.booth;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A visitor's request to be contacted by a booth's team, with their explicit consent. */
@Entity
@Table(name = "contact_request")
public class ContactRequest extends IdentityEntity {
    public long boothId;
    public String username;
    public String name;
    public String email;
    public String organisation;
    public String message;
    public Instant consentAt;
    public ContactRequestStatus status;
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;
}
