package de.kommunalmesse.accessibility;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The texts of the statement in one language ({@code de} or {@code en}). */
@Entity(name = "AccessibilityStatementText")
@Table(name = "accessibility_statement_text")
class StatementText extends PanacheEntityBase {

    @Id
    public String lang;

    public String bodyName;

    public String scope;

    /** JSON list of {@link AccessibilityViews.NonAccessiblePart}. */
    public String nonAccessible;

    public String contactName;

    public String enforcementName;

    public String enforcementText;
}
