package de.kommunalmesse.chat.message;

import de.kommunalmesse.common.IdentityEntity;
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

    public String channelId;

    public long seq;

    public long rev;

    public String clientMsgId;

    public String author;

    public String authorName;

    public String authorRole;

    public String body;

    public Instant createdAt;

    public Instant editedAt;

    public Instant deletedAt;

    public boolean deletedByModerator;
}
