package de.kommunalmesse.fair;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An OZG topic field ("Themenfeld") or Smart City (reference data, seeded by migration). */
@Entity
@Table(name = "topic_field")
public class TopicField extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
    public int sortOrder;
}
