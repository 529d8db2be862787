package de.kommunalmesse.chat.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** How far a user has read in a channel. */
@Entity
@Table(name = "chat_read_pointer")
@IdClass(ReadPointer.Key.class)
public class ReadPointer extends PanacheEntityBase {

    @Id
    public String username;

    @Id
    public String channelId;

    public long lastReadSeq;

    public Instant updatedAt;

    public record Key(String username, String channelId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
