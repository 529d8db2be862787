package de.kommunalmesse.chat.moderation;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message reported by a user, waiting in the admins' queue. */
@Entity
@Table(name = "chat_report")
public class Report extends IdentityEntity {

    public static final String OPEN = "open";
    public static final String RESOLVED = "resolved";
    public static final String DISMISSED = "dismissed";

    public String channelId;

    public long messageSeq;

    public String messageAuthor;

    /** The text as it was when reported. */
    public String messageText;

    public String reporter;

    public String reason;

    public String status;

    public Instant createdAt;

    public String handledBy;

    public Instant handledAt;

    public String note;
}
