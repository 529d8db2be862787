package de.kommunalmesse.accessibility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The language-independent part of the platform's one accessibility statement (row id 1). */
@Entity(name = "AccessibilityStatement")
@Table(name = "accessibility_statement")
class Statement extends PanacheEntityBase {

    static final byte ID = 1;

    @Id
    public Byte id;

    public Compliance compliance;
    public String standard;

    public LocalDate preparedOn;

    public AssessmentMethod method;

    public LocalDate lastReviewedOn;

    public String contactEmail;

    public String contactPhone;

    public String enforcementEmail;

    public String enforcementUrl;

    public Instant updatedAt;

    public String updatedBy;

    @Version
    public long version;
}
