package de.kommunalmesse.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What the notification centre knows of a user to reach them: the e-mail address and language of their last visit,
 * and whether they are an admin (who receives reviews and reports). Roles and addresses live in Keycloak; this row
 * is written from the token whenever the user opens their notifications.
 */
@Entity
@Table(name = "notification_recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    public String username;
    public String email;
    /** {@code de} or {@code en}. */
    public String language;
    public boolean admin;
    /** Signs this user's unsubscribe links. */
    public String unsubscribeSecret;
    public Instant seenAt;
}
