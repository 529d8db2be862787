package de.kommunalmesse.chat.channel;

import de.kommunalmesse.chat.protocol.ChatProtocol.ConversationInfo;
import java.util.Optional;

/**
 * What the channels need to know about the conversation behind a {@code dm:} channel. The conversations
 * implement it, so that channels and policy sit below conversations and do not depend on them.
 */
public interface ConversationChannels {

    /**
     * The conversation as both sides see it, the visitor who opened it and, in a conversation between two visitors,
     * the other one (else null).
     */
    record Participants(ConversationInfo info, String visitor, String peer) {
    }

    Optional<Participants> participants(long conversationId);
}
