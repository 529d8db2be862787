package de.kommunalmesse.accessibility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "prepared_on")
    public LocalDate preparedOn;

    public AssessmentMethod method;

    @Column(name = "last_reviewed_on")
    public LocalDate lastReviewedOn;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "enforcement_email")
    public String enforcementEmail;

    @Column(name = "enforcement_url")
    public String enforcementUrl;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;
}
