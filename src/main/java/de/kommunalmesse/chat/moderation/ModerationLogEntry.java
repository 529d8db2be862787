package de.kommunalmesse.chat.moderation;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One moderation action in the log. */
@Entity
@Table(name = "chat_moderation_log")
public class ModerationLogEntry extends IdentityEntity {

    public String actor;

    public String action;

    @Column(name = "channel_id")
    public String channelId;

    @Column(name = "target_user")
    public String targetUser;

    @Column(name = "message_seq")
    public Long messageSeq;

    public String detail;

    @Column(name = "created_at")
    public Instant createdAt;
}
