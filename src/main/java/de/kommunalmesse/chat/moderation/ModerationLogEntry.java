package de.kommunalmesse.chat.moderation;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One moderation action in the log. */
@Entity
@Table(name = "chat_moderation_log")
public class ModerationLogEntry extends IdentityEntity {

    public String actor;

    public String action;

    public String channelId;

    public String targetUser;

    public Long messageSeq;

    public String detail;

    public Instant createdAt;
}
