package de.kommunalmesse.chat;

import de.kommunalmesse.chat.protocol.ChatProtocol.ChannelSettings;
import de.kommunalmesse.chat.protocol.ChatProtocol.ConversationInfo;

/**
 * What the chat knows about a channel when a user wants to use it.
 *
 * @param id the channel
 * @param head the latest sequence number handed out in the channel
 * @param settings anonymous reading and slow mode
 * @param boothSlug the booth whose staff moderate the channel (booth channels and conversations), else null
 * @param conversation the conversation behind a {@code dm:} channel, else null
 * @param visitor the visitor of that conversation, else null
 * @param peer the second visitor of a conversation between two visitors, else null
 * @param archived whether the channel belongs to an archived edition: readable, but nobody writes any more
 */
public record ChannelState(ChannelId id, long head, ChannelSettings settings, String boothSlug,
        ConversationInfo conversation, String visitor, String peer, boolean archived) {

    /** The status of a conversation in which both sides may write. */
    public static final String OPEN = "open";

    public boolean isConversation() {
        return conversation != null;
    }

    public boolean conversationOpen() {
        return conversation == null || OPEN.equals(conversation.status());
    }
}
