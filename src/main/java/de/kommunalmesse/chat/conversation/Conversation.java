package de.kommunalmesse.chat.conversation;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChannelState;
import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A private conversation between a visitor and the team of a booth ("Gespräch mit dem Standteam"). */
@Entity
@Table(name = "chat_conversation")
public class Conversation extends IdentityEntity {

    public static final String OPEN = ChannelState.OPEN;
    public static final String CLOSED = "closed";

    @Column(name = "booth_slug")
    public String boothSlug;

    @Column(name = "booth_name")
    public String boothName;

    @Column(name = "exhibitor_slug")
    public String exhibitorSlug;

    @Column(name = "exhibitor_name")
    public String exhibitorName;

    public String visitor;

    @Column(name = "visitor_name")
    public String visitorName;

    /** {@link #OPEN} or {@link #CLOSED}. */
    public String status;

    /** The staff member handling the conversation (the first to answer or to claim it). */
    public String handler;

    @Column(name = "handler_name")
    public String handlerName;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public ChannelId channel() {
        return ChannelId.conversation(id);
    }
}
