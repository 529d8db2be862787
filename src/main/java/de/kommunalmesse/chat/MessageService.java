package de.kommunalmesse.chat;

import de.kommunalmesse.chat.ChatPolicy.Access;
import de.kommunalmesse.chat.ChatProtocol.Author;
import de.kommunalmesse.chat.ChatProtocol.MessageView;
import de.kommunalmesse.chat.MessageWriter.Edit;
import de.kommunalmesse.chat.MessageWriter.Post;
import de.kommunalmesse.chat.MessageWriter.Remove;
import de.kommunalmesse.chat.MessageWriter.Written;
import de.kommunalmesse.chat.SanctionCache.ActiveSanction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.regex.Pattern;

/**
 * Messages: the checks before anything is stored (permission, mute, rate limit, slow mode, size), and
 * the reading side (history, the gap after a reconnect, read pointers and unread counts).
 */
@ApplicationScoped
public class MessageService {

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

    @Inject
    ChatConfig config;

    @Inject
    MessageWriter writer;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    SanctionCache sanctions;

    @Inject
    ChatHub hub;

    @Inject
    Clock clock;

    /** Stores a new message after the checks; completes after the commit. */
    public CompletableFuture<Written> post(ChatUser user, ChannelState channel, Access access, String clientMsgId,
            String text) {
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
            int slowMode = hub.settings(channel.id().toString()).orElse(channel.settings()).slowModeSeconds();
            long slowWait = hub.slowModeWait(channel.id().toString(), user.username(), slowMode, now);
            if (slowWait > 0) {
                throw ChatException.retryLater(ChatError.SLOW_MODE, slowWait);
            }
        }
        return writer.submit(new Post(channel.id().toString(), clientMsgId, user.username(), user.name(),
                access.authorRole(), clean, new CompletableFuture<>()));
    }

    /** Replaces the text of the user's own message. */
    public CompletableFuture<Written> edit(ChatUser user, ChannelState channel, Access access, Long seq, String text) {
        requireWrite(user, channel, access);
        requireSeq(seq);
        String clean = cleanText(text);
        requireNotSilenced(user, channel);
        long wait = rateLimiter.acquire(user.username(), clock.millis());
        if (wait > 0) {
            throw ChatException.retryLater(ChatError.RATE_LIMITED, wait);
        }
        return writer.submit(new Edit(channel.id().toString(), seq, user.username(), clean, new CompletableFuture<>()));
    }

    /** Deletes a message: one's own, or any in a channel one moderates. */
    public CompletableFuture<Written> remove(ChatUser user, ChannelState channel, Access access, Long seq) {
        ChatPolicy.requireLogin(user);
        if (!access.read()) {
            throw ChatError.READ_FORBIDDEN.exception(channel.id());
        }
        requireSeq(seq);
        return writer.submit(new Remove(channel.id().toString(), seq, user.username(), access.moderate(),
                new CompletableFuture<>()));
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
            throw (access.read() && !channel.conversationOpen() ? ChatError.CONVERSATION_CLOSED
                    : ChatError.READ_FORBIDDEN).exception(channel.id());
        }
    }

    private void requireNotSilenced(ChatUser user, ChannelState channel) {
        Optional<ActiveSanction> sanction = sanctions.silenced(user.username(), channel.id().toString());
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
    public MessagePage history(ChannelId channel, Long before, Integer limit) {
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
    public Gap gap(ChannelId channel, Long since) {
        if (since != null) {
            long changed = ChatMessage.count("channelId = ?1 and rev > ?2", channel.toString(), since);
            if (changed <= config.backfillLimit()) {
                List<MessageView> messages = ChatMessage.<ChatMessage>find("channelId = ?1 and rev > ?2 order by rev",
                        channel.toString(), since).stream().map(MessageService::view).toList();
                return new Gap(messages, false, false);
            }
        }
        MessagePage latest = history(channel, null, null);
        return new Gap(latest.messages(), true, latest.hasMore());
    }

    /** Moves the user's read pointer forward to {@code seq} (never back, never past the head). */
    @Transactional
    public ReadMark markRead(ChatUser user, ChannelState channel, long seq) {
        long head = ChatChannel.<ChatChannel>findByIdOptional(channel.id().toString()).map(c -> c.lastSeq).orElse(0L);
        long target = Math.max(0, Math.min(seq, head));
        ChatChannel.getEntityManager().createNativeQuery("INSERT INTO chat_read_pointer (username, channel_id,"
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
        long lastRead = ReadPointer.<ReadPointer>findByIdOptional(new ReadPointer.Key(username, channel))
                .map(p -> p.lastReadSeq).orElse(0L);
        long unread = ChatMessage.count("channelId = ?1 and seq > ?2 and author <> ?3 and deletedAt is null",
                channel, lastRead, username);
        return new ReadMark(lastRead, unread);
    }

    /** The channels the user has read in, with their unread counts. */
    @Transactional
    public List<ChannelUnread> unreadOverview(ChatUser user) {
        return ReadPointer.<ReadPointer>find("username = ?1 order by channelId", user.username()).stream()
                .map(pointer -> {
                    ReadMark mark = readMark(user.username(), pointer.channelId);
                    long head = ChatChannel.<ChatChannel>findByIdOptional(pointer.channelId).map(c -> c.lastSeq)
                            .orElse(0L);
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
