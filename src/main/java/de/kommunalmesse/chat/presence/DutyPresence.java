package de.kommunalmesse.chat.presence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A live connection of a staff member on duty at a booth. */
@Entity
@Table(name = "chat_presence")
@IdClass(DutyPresence.Key.class)
public class DutyPresence extends PanacheEntityBase {

    @Id
    public String connectionId;

    @Id
    public String boothSlug;

    public String instanceId;

    public String username;

    public Instant seenAt;

    public record Key(String connectionId, String boothSlug) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
