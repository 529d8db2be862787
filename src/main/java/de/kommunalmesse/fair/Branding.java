package de.kommunalmesse.fair;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.time.Instant;

/** The fair's look (one row): key visual and the two theme colours. */
@Entity
@Table(name = "fair_branding")
public class Branding extends PanacheEntityBase {

    static final int ID = 1;

    @Id
    public int id;

    public Long keyVisualImageId;
    public String keyVisualAlt;
    public String primaryColour;
    public String accentColour;
    public Instant updatedAt;

    @Version
    public long version;
}
