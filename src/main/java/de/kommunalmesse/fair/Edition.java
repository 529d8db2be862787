package de.kommunalmesse.fair;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One edition of a series ("Herbst 2027"): its own event days, stages, hall and chat channels. */
@Entity
@Table(name = "edition")
public class Edition extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    public FairSeries series;

    public String slug;
    public String title;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public EditionState state;

    /** Days after the last day when an open edition becomes an archive on its own; null: the platform default. */
    public Integer archiveAfterDays;

    public Instant archivedAt;
    public Instant createdAt;
}
