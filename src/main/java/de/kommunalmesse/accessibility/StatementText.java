package de.kommunalmesse.accessibility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The texts of the statement in one language ({@code de} or {@code en}). */
@Entity(name = "AccessibilityStatementText")
@Table(name = "accessibility_statement_text")
class StatementText extends PanacheEntityBase {

    @Id
    public String lang;

    @Column(name = "body_name")
    public String bodyName;

    public String scope;

    /** JSON list of {@link AccessibilityViews.NonAccessiblePart}. */
    @Column(name = "non_accessible")
    public String nonAccessible;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "enforcement_name")
    public String enforcementName;

    @Column(name = "enforcement_text")
    public String enforcementText;
}
