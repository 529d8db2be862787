package de.kommunalmesse.stage;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stage on which talks are streamed (e.g. Hauptbühne, Fachforum). */
@Entity
@Table(name = "stage")
public class Stage extends IdentityEntity {

    @Column(name = "series_id")
    public long seriesId;

    @Column(name = "stage_key")
    public String key;

    public String name;

    @Column(name = "sort_order")
    public int sortOrder;
}
