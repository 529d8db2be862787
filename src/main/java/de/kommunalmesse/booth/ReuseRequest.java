package de.kommunalmesse.booth;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A municipality's request to reuse a service (Nachnutzungsanfrage), worked by the booth's staff on the board.
 * It names the service by its key, which stays the same across editions, and the booth whose staff work it.
 */
@Entity
@Table(name = "reuse_request")
public class ReuseRequest extends IdentityEntity {
    public long boothId;
    public String serviceKey;
    public String serviceName;

    /** The requesting visitor's username, name and e-mail; removed when they withdraw. */
    public String requester;
    public String requesterName;
    public String requesterEmail;

    public String organisation;
    public OrganisationType organisationType;
    /** Amtlicher Gemeindeschlüssel, 8 digits. */
    public String ags;
    public Integer inhabitants;
    public String timeFrame;
    public String questions;
    public Instant consentAt;

    public ReuseStatus status;
    /** Why the request was cancelled (Abgebrochen). */
    public String reason;
    /** The staff's notes, seen by staff and admins only. */
    public String notes;
    public LocalDate nextDate;
    /** A staff member of the exhibitor (username or e-mail as listed there). */
    public String assignee;

    /** When the visitor confirmed the reuse; from then on their organisation is listed as an adopter. */
    public Instant confirmedAt;
    public Integer adoptionYear;

    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;
}
