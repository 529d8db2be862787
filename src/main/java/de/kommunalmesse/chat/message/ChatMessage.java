package de.kommunalmesse.chat.message;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored message, read by history and backfill queries. Messages are written by {@link MessageWriter}
 * only, which hands out the sequence numbers.
 */
@Entity
@Table(name = "chat_message")
public class ChatMessage extends IdentityEntity {

    @Column(name = "channel_id")
    public String channelId;

    public long seq;

    public long rev;

    @Column(name = "client_msg_id")
    public String clientMsgId;

    public String author;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_role")
    public String authorRole;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "deleted_by_moderator")
    public boolean deletedByModerator;
}
