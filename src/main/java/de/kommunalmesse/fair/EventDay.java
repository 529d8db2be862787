package de.kommunalmesse.fair;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One date of an edition, hosted by one region. */
@Entity
@Table(name = "event_day")
public class EventDay extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    @Column(name = "day_date")
    public LocalDate date;

    @ManyToOne(optional = false)
    @JoinColumn(name = "host_region_code")
    public HostRegion hostRegion;

    public String title;
    public String description;
    public String titleEn;
    public String descriptionEn;
}
