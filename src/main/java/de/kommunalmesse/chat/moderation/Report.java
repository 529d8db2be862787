package de.kommunalmesse.chat.moderation;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
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

    @Column(name = "channel_id")
    public String channelId;

    @Column(name = "message_seq")
    public long messageSeq;

    @Column(name = "message_author")
    public String messageAuthor;

    /** The text as it was when reported. */
    @Column(name = "message_text")
    public String messageText;

    public String reporter;

    public String reason;

    public String status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "handled_by")
    public String handledBy;

    @Column(name = "handled_at")
    public Instant handledAt;

    public String note;
}
