package de.kommunalmesse.network;

import de.kommunalmesse.booth.OrganisationType;
import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A visitor who chose to be findable in the directory ("Vernetzen"); leaving deletes the row. */
@Entity
@Table(name = "network_profile")
public class NetworkProfile extends IdentityEntity {

    public String username;

    public String displayName;

    public String organisation;

    public OrganisationType organisationType;

    /** The code of a host region, if the person belongs to one. */
    public String hostRegion;

    /** Land, Kreis or town in the person's words. */
    public String regionText;

    public String role;

    public String about;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_profile_topic", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "topic_field")
    public Set<String> topicFields = new LinkedHashSet<>();

    public Instant createdAt;

    public Instant updatedAt;
}
