package de.kommunalmesse.fair;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A fair series such as "Digitale Services – von Kommunen für Kommunen". */
@Entity
@Table(name = "fair_series")
public class FairSeries extends IdentityEntity {

    public String slug;
    public String title;
    public String subtitle;
    public String description;
    public String organisers;
    public Instant createdAt;
}
