package de.kommunalmesse.chat.channel;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChannelState;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.protocol.ChatProtocol.ChannelSettings;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
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

    @Inject
    ConversationChannels conversations;

    @Inject
    ChatPolicy policy;

    @Inject
    EditionService editions;

    /** The channel's current state; 404 when it names nothing that exists. */
    public ChannelState state(ChannelId id) {
        String boothSlug = null;
        ConversationChannels.Participants conversation = null;
        EditionRef edition;
        switch (id.kind()) {
            case BOOTH -> {
                booths.publishedBoothRef(id.key()).orElseThrow(() -> ChatError.CHANNEL_NOT_FOUND.exception(id));
                boothSlug = id.key();
                edition = booths.editionOfKey(boothSlug).orElseThrow(() -> ChatError.CHANNEL_NOT_FOUND.exception(id));
            }
            case STAGE -> {
                programme.stage(id.key()).orElseThrow(() -> ChatError.CHANNEL_NOT_FOUND.exception(id));
                edition = editions.bySlug(id.key().substring(0, id.key().indexOf('/')))
                        .orElseThrow(() -> ChatError.CHANNEL_NOT_FOUND.exception(id));
            }
            case LOBBY -> {
                fair.eventDay(id.numericKey()).orElseThrow(() -> ChatError.CHANNEL_NOT_FOUND.exception(id));
                edition = editions.byId(fair.editionOf(id.numericKey()));
            }
            case DM -> {
                conversation = conversations.participants(id.numericKey())
                        .orElseThrow(() -> ChatError.CHANNEL_NOT_FOUND.exception(id));
                boothSlug = conversation.info().booth();
                edition = booths.editionOfKey(boothSlug).orElse(null);
            }
            default -> throw ChatError.CHANNEL_NOT_FOUND.exception(id);
        }
        ChatChannel channel = ensure(id);
        return new ChannelState(id, channel.lastSeq, new ChannelSettings(channel.anonymousRead, channel.slowModeSeconds),
                boothSlug, conversation == null ? null : conversation.info(),
                conversation == null ? null : conversation.visitor(), conversation == null ? null : conversation.peer(),
                edition != null && edition.archived());
    }

    /**
     * The use case every reading request starts with, over WebSocket and REST alike: the channel's state and
     * what the user may do in it; refused unless the user may read it.
     */
    public Subscription enter(ChatUser user, ChannelId id) {
        ChannelState state = state(id);
        return new Subscription(state, policy.requireRead(user, state));
    }

    /** The sequence number last handed out in the channel; 0 for a channel without a row yet. */
    public long head(String channel) {
        return ChatChannel.<ChatChannel>findByIdOptional(channel).map(c -> c.lastSeq).orElse(0L);
    }

    /** The stored row of a channel, created with default settings if it has none yet. */
    public ChatChannel ensure(ChannelId id) {
        Optional<ChatChannel> existing = ChatChannel.findByIdOptional(id.toString());
        if (existing.isPresent()) {
            return existing.get();
        }
        // Two subscribers (on one or two instances) may create the same channel at once: the loser's insert
        // waits for the winner's commit and is then ignored
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
