package de.kommunalmesse.chat.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "channel_id")
    public String channelId;

    @Column(name = "last_read_seq")
    public long lastReadSeq;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public record Key(String username, String channelId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
