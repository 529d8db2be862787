package de.kommunalmesse.chat;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.chat.ChatProtocol.ChannelSettings;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.stage.ProgrammeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * The channels: whether what a channel id names exists (a published booth, a stage, an event day, a
 * conversation), the channel's row with its settings, created on first use.
 */
@ApplicationScoped
@Transactional
public class ChannelService {

    @Inject
    BoothService booths;

    @Inject
    ProgrammeService programme;

    @Inject
    FairService fair;

    /** The channel's current state; 404 when it names nothing that exists. */
    public ChannelState state(ChannelId id) {
        String boothSlug = null;
        Conversation conversation = null;
        switch (id.kind()) {
            case BOOTH -> {
                booths.publishedBoothRef(id.key()).orElseThrow(() -> ChatError.CHANNEL_NOT_FOUND.exception(id));
                boothSlug = id.key();
            }
            case STAGE -> programme.stage(id.key()).orElseThrow(() -> ChatError.CHANNEL_NOT_FOUND.exception(id));
            case LOBBY -> fair.eventDay(id.numericKey()).orElseThrow(() -> ChatError.CHANNEL_NOT_FOUND.exception(id));
            case DM -> {
                conversation = Conversation.<Conversation>findByIdOptional(id.numericKey())
                        .orElseThrow(() -> ChatError.CHANNEL_NOT_FOUND.exception(id));
                boothSlug = conversation.boothSlug;
            }
        }
        ChatChannel channel = ensure(id);
        return new ChannelState(id, channel.lastSeq, new ChannelSettings(channel.anonymousRead, channel.slowModeSeconds),
                boothSlug, conversation == null ? null : ConversationService.info(conversation),
                conversation == null ? null : conversation.visitor);
    }

    /** The stored row of a channel, created with default settings if it has none yet. */
    ChatChannel ensure(ChannelId id) {
        Optional<ChatChannel> existing = ChatChannel.findByIdOptional(id.toString());
        if (existing.isPresent()) {
            return existing.get();
        }
        // Two instances may create the same channel at once: the loser's insert is ignored
        ChatChannel.getEntityManager()
                .createNativeQuery("INSERT IGNORE INTO chat_channel (id, kind, last_seq, anonymous_read, slow_mode_seconds,"
                        + " created_at) VALUES (?1, ?2, 0, FALSE, 0, ?3)")
                .setParameter(1, id.toString())
                .setParameter(2, id.kind().prefix())
                .setParameter(3, Instant.now())
                .executeUpdate();
        // A locking read sees the winner's committed row; a plain read would use this transaction's snapshot,
        // taken before the winner committed, and find nothing (seen with thousands subscribing to a new stage)
        return ChatChannel.<ChatChannel>findByIdOptional(id.toString(), LockModeType.PESSIMISTIC_READ).orElseThrow();
    }

    /** Changes the settings of a channel; null leaves a setting as it is. */
    public ChannelSettings updateSettings(ChannelId id, Boolean anonymousRead, Integer slowModeSeconds) {
        ChatChannel channel = ensure(id);
        if (anonymousRead != null) {
            channel.anonymousRead = anonymousRead;
        }
        if (slowModeSeconds != null) {
            channel.slowModeSeconds = slowModeSeconds;
        }
        return new ChannelSettings(channel.anonymousRead, channel.slowModeSeconds);
    }
}
