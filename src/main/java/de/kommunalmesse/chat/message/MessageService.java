package de.kommunalmesse.chat.message;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChannelState;
import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.ChatEvent.SettingsChanged;
import de.kommunalmesse.chat.ChatException;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.SanctionKind;
import de.kommunalmesse.chat.channel.ChannelService;
import de.kommunalmesse.chat.channel.ChatPolicy;
import de.kommunalmesse.chat.channel.ChatPolicy.Access;
import de.kommunalmesse.chat.channel.SanctionCache;
import de.kommunalmesse.chat.channel.SanctionCache.ActiveSanction;
import de.kommunalmesse.chat.channel.Subscription;
import de.kommunalmesse.chat.message.MessageWriter.Edit;
import de.kommunalmesse.chat.message.MessageWriter.Post;
import de.kommunalmesse.chat.message.MessageWriter.Remove;
import de.kommunalmesse.chat.message.MessageWriter.Written;
import de.kommunalmesse.chat.protocol.ChatProtocol.Author;
import de.kommunalmesse.chat.protocol.ChatProtocol.MessageView;
import io.quarkus.panache.common.Page;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The message use cases, for the WebSocket and REST alike: the checks before anything is stored
 * (permission, mute, rate limit, slow mode, size) and the reading side (subscribing, history, the gap
 * after a reconnect, read pointers and unread counts). Every reading use case enters the channel through
 * {@link ChannelService#enter}, so who may read is decided in one place.
 */
@ApplicationScoped
public class MessageService {

    private static final long SWEEP_MILLIS = 5_000;

    private static final Pattern CLIENT_MSG_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    /** Control characters other than tab and newline, and the bidirectional overrides used for spoofing. */
    private static final Pattern UNSAFE_CHARACTERS = Pattern.compile(
            "[\\x00-\\x08\\x0B-\\x1F\\x7F\\u202A-\\u202E\\u2066-\\u2069]");

    /** A page of messages in seq order. */
    public record MessagePage(List<MessageView> messages, boolean hasMore) {
    }

    /** What a reconnecting client gets: the changes after its seq, or the latest page when the gap is too long. */
    public record Gap(List<MessageView> messages, boolean reset, boolean hasMore) {
    }

    /** A user's read pointer in a channel and how many messages of others came after it. */
    public record ReadMark(long lastReadSeq, long unread) {
    }

    /** One line of the unread overview. */
    public record ChannelUnread(String channel, long head, long lastReadSeq, long unread) {
    }

    /** What a subscriber needs right after joining: the gap to fill, its read mark and the channel's head. */
    public record Joined(Subscription subscription, Gap gap, ReadMark mark, long head) {
    }

    /** A channel as the caller sees it over REST: what they may do and how far they have read. */
    public record Opened(Subscription subscription, ReadMark mark) {
    }

    @Inject
    ChatConfig config;

    @Inject
    ChannelService channels;

    @Inject
    MessageWriter writer;

    @Inject
    SanctionCache sanctions;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    private RateLimiter rateLimiter;
    private final SlowMode slowMode = new SlowMode();
    private long sweeper;

    @PostConstruct
    void init() {
        rateLimiter = new RateLimiter(config.rateLimit().messages(), config.rateLimit().window());
    }

    void start(@Observes StartupEvent event) {
        sweeper = vertx.setPeriodic(SWEEP_MILLIS, id -> {
            long now = clock.millis();
            rateLimiter.forgetIdle(now);
            slowMode.forgetIdle(now);
        });
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(sweeper);
    }

    /** Slow mode changed on this or another instance. */
    void settingsChanged(@Observes SettingsChanged event) {
        slowMode.settingsChanged(event.channel(), event.settings().slowModeSeconds());
    }

    /**
     * Stores a new message after the checks in memory (permission, mute or ban, rate limit, slow mode,
     * size); completes after the commit. Runs on the event loop: nothing here reads the database.
     */
    public CompletableFuture<Written> post(ChatUser user, Subscription subscription, String clientMsgId,
            String text) {
        ChannelState channel = subscription.channel();
        Access access = subscription.access();
        requireWrite(user, channel, access);
        if (clientMsgId == null || !CLIENT_MSG_ID.matcher(clientMsgId).matches()) {
            throw ChatError.INVALID_CLIENT_MSG_ID.exception();
        }
        String clean = cleanText(text);
        requireNotSilenced(user, channel);
        long now = clock.millis();
        long wait = rateLimiter.acquire(user.username(), now);
        if (wait > 0) {
            throw ChatException.retryLater(ChatError.RATE_LIMITED, wait);
        }
        if (!access.moderate()) {
            String id = channel.id().toString();
            long slowWait = slowMode.acquire(id, user.username(),
                    slowMode.seconds(id, channel.settings().slowModeSeconds()), now);
            if (slowWait > 0) {
                throw ChatException.retryLater(ChatError.SLOW_MODE, slowWait);
            }
        }
        return writer.submit(new Post(channel.id().toString(), clientMsgId, user.username(), user.name(),
                access.authorRole(), clean, new CompletableFuture<>()));
    }

    /** Replaces the text of the user's own message. */
    public CompletableFuture<Written> edit(ChatUser user, Subscription subscription, Long seq, String text) {
        ChannelState channel = subscription.channel();
        requireWrite(user, channel, subscription.access());
        requireSeq(seq);
        String clean = cleanText(text);
        requireNotSilenced(user, channel);
        long wait = rateLimiter.acquire(user.username(), clock.millis());
        if (wait > 0) {
            throw ChatException.retryLater(ChatError.RATE_LIMITED, wait);
        }
        return writer.submit(new Edit(channel.id().toString(), seq, user.username(), clean, new CompletableFuture<>()));
    }

    /** Deletes a message: one's own, or any in a channel one moderates (logged by the moderation). */
    public CompletableFuture<Written> remove(ChatUser user, Subscription subscription, Long seq) {
        ChatPolicy.requireLogin(user);
        if (!subscription.access().read()) {
            throw ChatError.READ_FORBIDDEN.exception(subscription.channel().id());
        }
        requireSeq(seq);
        return writer.submit(new Remove(subscription.channel().id().toString(), seq, user.username(),
                subscription.access().moderate(), new CompletableFuture<>()));
    }

    /**
     * Subscribing: enters the channel, lets the caller join its delivery ({@code join}) before the gap is
     * read, so that nothing committed in between is missed, then reads the gap after {@code since} and the
     * user's read mark. Each step has its own transaction: one around them all would read the gap in the
     * snapshot taken before the join and could miss a message committed in between.
     */
    public Joined subscribe(ChatUser user, ChannelId id, Long since, Consumer<Subscription> join) {
        Subscription subscription = channels.enter(user, id);
        join.accept(subscription);
        return caughtUp(user, subscription, since);
    }

    /**
     * The gap and the read mark of a subscription just joined, in one transaction begun after the join (every
     * transaction costs the database round trips of its start and end; a reconnect storm makes thousands).
     */
    @Transactional
    Joined caughtUp(ChatUser user, Subscription subscription, Long since) {
        ChannelId id = subscription.channel().id();
        Gap gap = gap(id, since);
        ReadMark mark = user.isAnonymous() ? null : readMark(user.username(), id.toString());
        long head = gap.messages().stream().mapToLong(MessageView::rev).reduce(subscription.channel().head(), Math::max);
        return new Joined(subscription, gap, mark, head);
    }

    /** A channel the user may read, with their read mark (none when anonymous). */
    public Opened open(ChatUser user, ChannelId id) {
        Subscription subscription = channels.enter(user, id);
        return new Opened(subscription, user.isAnonymous() ? null : readMark(user.username(), id.toString()));
    }

    /** A page of a channel the user may read: messages before {@code before}, oldest first. */
    @Transactional
    public MessagePage history(ChatUser user, ChannelId id, Long before, Integer limit) {
        channels.enter(user, id);
        return history(id, before, limit);
    }

    /** Moves the user's read pointer in a channel they may read forward to {@code seq}. */
    @Transactional
    public ReadMark markRead(ChatUser user, ChannelId id, Long seq) {
        ChatPolicy.requireLogin(user);
        if (seq == null || seq < 0) {
            throw ChatError.MISSING_FIELD.exception("seq");
        }
        return markRead(user, channels.enter(user, id).channel(), seq);
    }

    /**
     * The text as it is stored: line breaks normalised, control characters and bidi overrides removed,
     * trimmed; refused when empty or longer than the limit (counted in Unicode characters).
     */
    public String cleanText(String text) {
        if (text == null) {
            throw ChatError.TEXT_EMPTY.exception();
        }
        String clean = UNSAFE_CHARACTERS.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
        if (clean.isEmpty()) {
            throw ChatError.TEXT_EMPTY.exception();
        }
        int length = clean.codePointCount(0, clean.length());
        if (length > config.maxTextLength()) {
            throw ChatError.TEXT_TOO_LONG.exception(config.maxTextLength(), length);
        }
        return clean;
    }

    private static void requireWrite(ChatUser user, ChannelState channel, Access access) {
        ChatPolicy.requireLogin(user);
        if (!access.write()) {
            throw (access.read() && channel.archived() ? ChatError.ARCHIVED
                    : access.read() && !channel.conversationOpen() ? ChatError.CONVERSATION_CLOSED
                    : ChatError.READ_FORBIDDEN).exception(channel.id());
        }
    }

    private void requireNotSilenced(ChatUser user, ChannelState channel) {
        requireNotSilenced(user.username(), channel.id().toString());
    }

    /**
     * 403 when the user is muted or banned in this channel or everywhere ({@code channel} null: platform-wide
     * sanctions only); the check every post passes, offered to the moderation of other features' texts.
     */
    public void requireNotSilenced(String username, String channel) {
        Optional<ActiveSanction> sanction = sanctions.silenced(username, channel);
        if (sanction.isPresent()) {
            if (SanctionKind.BAN.value().equals(sanction.get().kind())) {
                throw ChatError.BANNED.exception();
            }
            Instant until = sanction.get().expiresAt();
            if (until == null) {
                throw ChatError.MUTED.exception();
            }
            long minutes = Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
            throw new ChatException(ChatError.MUTED_FOR, Duration.between(clock.instant(), until).toMillis(), minutes);
        }
    }

    private static void requireSeq(Long seq) {
        if (seq == null || seq < 1) {
            throw ChatError.MISSING_FIELD.exception("seq");
        }
    }

    /** Messages before {@code before} (a seq; the newest when null), oldest first. */
    @Transactional
    MessagePage history(ChannelId channel, Long before, Integer limit) {
        int size = limit == null ? config.historyPageSize() : Math.max(1, Math.min(limit, config.maxHistoryPageSize()));
        List<ChatMessage> rows = ChatMessage.<ChatMessage>find("channelId = ?1 and seq < ?2 order by seq desc",
                channel.toString(), before == null ? Long.MAX_VALUE : before).page(Page.ofSize(size + 1)).list();
        boolean hasMore = rows.size() > size;
        List<MessageView> page = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())).stream()
                .map(MessageService::view).toList());
        Collections.reverse(page);
        return new MessagePage(page, hasMore);
    }

    /**
     * What changed in the channel after {@code since}, in change order; the latest page instead (reset) when
     * {@code since} is absent or the gap is longer than the backfill limit.
     */
    @Transactional
    Gap gap(ChannelId channel, Long since) {
        if (since != null) {
            // One read: the changes after since, one more than the limit, which tells a longer gap
            List<ChatMessage> changed = ChatMessage.<ChatMessage>find("channelId = ?1 and rev > ?2 order by rev",
                    channel.toString(), since).page(Page.ofSize(config.backfillLimit() + 1)).list();
            if (changed.size() <= config.backfillLimit()) {
                return new Gap(changed.stream().map(MessageService::view).toList(), false, false);
            }
        }
        MessagePage latest = history(channel, null, null);
        return new Gap(latest.messages(), true, latest.hasMore());
    }

    /** Moves the user's read pointer forward to {@code seq} (never back, never past the head). */
    private ReadMark markRead(ChatUser user, ChannelState channel, long seq) {
        long head = channels.head(channel.id().toString());
        long target = Math.max(0, Math.min(seq, head));
        ReadPointer.getEntityManager().createNativeQuery("INSERT INTO chat_read_pointer (username, channel_id,"
                + " last_read_seq, updated_at) VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE"
                + " last_read_seq = GREATEST(last_read_seq, VALUES(last_read_seq)), updated_at = VALUES(updated_at)")
                .setParameter(1, user.username())
                .setParameter(2, channel.id().toString())
                .setParameter(3, target)
                .setParameter(4, clock.instant())
                .executeUpdate();
        return readMark(user.username(), channel.id().toString());
    }

    /** The user's read pointer in the channel and the unread messages of others after it. */
    @Transactional
    public ReadMark readMark(String username, String channel) {
        // One read for both: the pointer (0 without one) and the messages of others after it
        Object[] row = (Object[]) ReadPointer.getEntityManager().createNativeQuery("SELECT r.last_read_seq,"
                + " (SELECT COUNT(*) FROM chat_message m WHERE m.channel_id = ?2 AND m.seq > r.last_read_seq"
                + " AND m.author <> ?1 AND m.deleted_at IS NULL)"
                + " FROM (SELECT COALESCE((SELECT p.last_read_seq FROM chat_read_pointer p WHERE p.username = ?1"
                + " AND p.channel_id = ?2), 0) AS last_read_seq) r")
                .setParameter(1, username)
                .setParameter(2, channel)
                .getSingleResult();
        return new ReadMark(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** The channels the user has read in, with their unread counts. */
    @Transactional
    public List<ChannelUnread> unreadOverview(ChatUser user) {
        return ReadPointer.<ReadPointer>find("username = ?1 order by channelId", user.username()).stream()
                .map(pointer -> {
                    ReadMark mark = readMark(user.username(), pointer.channelId);
                    long head = channels.head(pointer.channelId);
                    return new ChannelUnread(pointer.channelId, head, mark.lastReadSeq(), mark.unread());
                })
                .toList();
    }

    /** The message as clients see it. */
    public static MessageView view(ChatMessage m) {
        boolean deleted = m.deletedAt != null;
        return new MessageView(m.seq, m.rev, m.clientMsgId, new Author(m.author, m.authorName, m.authorRole),
                deleted ? null : m.body, m.createdAt, m.editedAt, deleted,
                deleted ? m.deletedByModerator ? "moderator" : "author" : null);
    }
}
