package de.kommunalmesse.stage;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A speaker's profile, maintained by the organiser (speakers have no account here): shown on the speaker page
 * and with every talk they give, in every edition.
 */
@Entity
@Table(name = "speaker")
public class Speaker extends IdentityEntity {

    public String name;
    public String organisation;
    public String role;
    public String bio;
    public String bioEn;
    public Long photoImageId;
    public String photoAlt;
    public Instant updatedAt;

    @Version
    public long version;
}
