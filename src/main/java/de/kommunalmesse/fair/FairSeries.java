package de.kommunalmesse.fair;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

    /** The edition the plain addresses lead to; one column, so there can never be two. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_edition_id")
    public Edition currentEdition;
}
