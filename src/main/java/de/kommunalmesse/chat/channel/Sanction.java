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

    /** The user's display name when the sanction was imposed; null on rows from before it was kept. */
    @Column(name = "user_name")
    public String userName;

    /** {@code mute} or {@code ban}. */
    public String kind;

    /** The channel, or null for all channels. */
    @Column(name = "channel_id")
    public String channelId;

    public String reason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Null: until lifted. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lifted_by")
    public String liftedBy;
}
