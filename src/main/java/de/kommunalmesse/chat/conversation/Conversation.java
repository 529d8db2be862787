package de.kommunalmesse.chat.conversation;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChannelState;
import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A private conversation between a visitor and the team of a booth ("Gespräch mit dem Standteam"), the organiser's
 * support team ("Hilfe") or, from an accepted contact request, another visitor ({@link #peer}).
 */
@Entity
@Table(name = "chat_conversation")
public class Conversation extends IdentityEntity {

    public static final String OPEN = ChannelState.OPEN;
    public static final String CLOSED = "closed";

    /**
     * The booth key of conversations with the organiser's support team ("Hilfe"): no booth has it (booth keys are
     * {@code edition/slug}), so no exhibitor's staff reads them; admins handle them.
     */
    public static final String SUPPORT = "hilfe";

    /**
     * The booth key prefix of conversations between two visitors ("Vernetzen"): {@code kontakt/<request id>}. No
     * booth has it, so no exhibitor's staff reads them.
     */
    public static final String PEER_PREFIX = "kontakt/";

    public String boothSlug;

    public String boothName;

    public String exhibitorSlug;

    public String exhibitorName;

    public String visitor;

    public String visitorName;

    /** {@link #OPEN} or {@link #CLOSED}. */
    public String status;

    /** The staff member handling the conversation (the first to answer or to claim it). */
    public String handler;

    public String handlerName;

    /** In a conversation between two visitors: the one who accepted the request ({@link #visitor} asked). */
    public String peer;

    public String peerName;

    public Instant createdAt;

    public Instant updatedAt;

    public boolean isPeer() {
        return boothSlug.startsWith(PEER_PREFIX);
    }

    /** Whether the user is one of the two visitors of a conversation between visitors. */
    public boolean isVisitorSide(String username) {
        return username.equals(visitor) || username.equals(peer);
    }

    public ChannelId channel() {
        return ChannelId.conversation(id);
    }
}
