package de.kommunalmesse.chat.channel;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mute (no writing) or ban (no reading or writing) of a user in one channel or everywhere. */
@Entity
@Table(name = "chat_sanction")
public class Sanction extends IdentityEntity {

    public String username;

    /**
     * The user's display name when the sanction was imposed; null on rows from before it was kept. Named here
     * because Hibernate would take {@code userName} and {@code username} for the same column.
     */
    @Column(name = "user_name")
    public String userName;

    /** {@code mute} or {@code ban}. */
    public String kind;

    /** The channel, or null for all channels. */
    public String channelId;

    public String reason;

    public String createdBy;

    public String createdByName;

    public Instant createdAt;

    /** Null: until lifted. */
    public Instant expiresAt;

    public Instant liftedAt;

    public String liftedBy;
}
