package de.kommunalmesse.chat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import de.kommunalmesse.chat.protocol.ChatProtocol.ChannelSettings;
import de.kommunalmesse.chat.protocol.ChatProtocol.ConversationInfo;
import de.kommunalmesse.chat.protocol.ChatProtocol.Live;
import de.kommunalmesse.chat.protocol.ChatProtocol.MessageView;
import java.time.Instant;
import java.util.List;

/**
 * Something that happened in the chat and that every instance must hear: published once, after the
 * commit, with {@link ChatFanOut#publish}, and observed on every instance as a CDI event
 * ({@code void on(@Observes ChatEvent.SanctionImposed event)}). The JSON of these records, with the
 * {@code kind} below, is what travels between instances over Redis ({@code docs/architecture.md}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ChatEvent.MessagesStored.class, name = "messages"),
        @JsonSubTypes.Type(value = ChatEvent.ConversationChanged.class, name = "conversation"),
        @JsonSubTypes.Type(value = ChatEvent.SettingsChanged.class, name = "settings"),
        @JsonSubTypes.Type(value = ChatEvent.SanctionImposed.class, name = "sanction"),
        @JsonSubTypes.Type(value = ChatEvent.SanctionLifted.class, name = "lift"),
        @JsonSubTypes.Type(value = ChatEvent.PresenceChanged.class, name = "presence"),
        @JsonSubTypes.Type(value = ChatEvent.StageLiveChanged.class, name = "live"),
        @JsonSubTypes.Type(value = ChatEvent.TalkActivity.class, name = "talk"),
        @JsonSubTypes.Type(value = ChatEvent.UserNotice.class, name = "notice") })
public sealed interface ChatEvent {

    /**
     * The stored changes of one writer batch (new, edited, deleted messages), in the order they were stored.
     * The only event an instance also takes from its own Redis echo: the hub delivers each (channel, rev) once.
     */
    record MessagesStored(List<StoredMessage> messages) implements ChatEvent {
    }

    /**
     * One stored change of a message and its channel.
     *
     * @param acceptedAt when the instance that stored it accepted the change (wall clock), for the delivery
     *        latency meter; null in events of versions before it was added
     */
    record StoredMessage(String channel, MessageView message, Instant acceptedAt) {
    }

    /** A conversation was opened, claimed, closed, reopened, or has a new message ({@code lastSeq}). */
    record ConversationChanged(ConversationInfo conversation, Long lastSeq) implements ChatEvent {
    }

    /** A moderator changed slow mode or anonymous reading of a channel. */
    record SettingsChanged(String channel, ChannelSettings settings) implements ChatEvent {
    }

    /** A mute or ban; {@code channel} null for all channels, {@code expiresAt} null until lifted. */
    record SanctionImposed(long id, String username, String kind, String channel, Instant expiresAt)
            implements ChatEvent {
    }

    /** A mute or ban was lifted before it expired. */
    record SanctionLifted(long id) implements ChatEvent {
    }

    /** Staff went on or off duty at a booth: every instance recounts for its watchers. */
    record PresenceChanged(String booth) implements ChatEvent {
    }

    /** A stage's live state changed (the frame its subscribers get). */
    record StageLiveChanged(Live live) implements ChatEvent {
    }

    /** The Q&A, polls or FAQ of a talk changed; {@code moderatorsOnly}: only moderators can see the change. */
    record TalkActivity(long talkId, String stageKey, List<String> changed, boolean moderatorsOnly)
            implements ChatEvent {
    }

    /** A notification waits for the user (common/UserNotified): every connection of theirs gets a frame. */
    record UserNotice(String username) implements ChatEvent {
    }
}
