package de.kommunalmesse.fair;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Digitale Modellregion that hosts an event day (reference data, seeded by migration). */
@Entity
@Table(name = "host_region")
public class HostRegion extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
    public String nameEn;
    public int sortOrder;
}
