package de.kommunalmesse.chat.message;

import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.ChatException;
import de.kommunalmesse.chat.ChatEvent.MessagesStored;
import de.kommunalmesse.chat.ChatEvent.StoredMessage;
import de.kommunalmesse.chat.delivery.ChatFanOut;
import de.kommunalmesse.chat.message.WriterBatches.RecentSends;
import de.kommunalmesse.chat.protocol.ChatProtocol.Author;
import de.kommunalmesse.chat.protocol.ChatProtocol.MessageView;
import de.kommunalmesse.common.DatabaseOutage;
import de.kommunalmesse.common.HttpConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Stores every change of a channel (new, edited and deleted messages) and hands out the channel's
 * sequence numbers. This is the chat's hot path, so it uses JDBC directly and groups whatever arrives
 * together into one transaction: the rows of all channels in the batch are locked in id order
 * ({@code SELECT ... FOR UPDATE}), the numbers are counted on from {@code last_seq}, the messages are
 * inserted as one batch and the counters written back. Only after the commit are senders acknowledged
 * and the changes fanned out, so nothing is delivered that is not stored.
 * <p>
 * A channel always goes to the same writer thread, which keeps each channel's changes in arrival order.
 * A retried send (same channel, author and client message id) is recognised from a cache of recent
 * sends; after a restart or on another instance the unique key catches it and the batch is replayed one
 * change per transaction, looking the earlier message up.
 */
@ApplicationScoped
public class MessageWriter {

    private static final Logger LOG = Logger.getLogger(MessageWriter.class);
    private static final int LANES = 2;
    private static final int RECENT_SENDS = 50_000;
    private static final int DUPLICATE_KEY = 1062;

    /**
     * A change of a channel waiting to be stored. {@code acceptedAt} is when it was handed to the writer, by
     * the system clock rather than the application's (which tests move), for the delivery latency meter.
     */
    sealed interface Change permits Post, Edit, Remove {
        String channel();

        CompletableFuture<Written> done();

        Instant acceptedAt();

        /** The kind of change, as the stored-messages meter counts it. */
        String kind();
    }

    public record Post(String channel, String clientMsgId, String author, String authorName, String authorRole, String text,
            CompletableFuture<Written> done, Instant acceptedAt) implements Change {
        public Post(String channel, String clientMsgId, String author, String authorName, String authorRole, String text,
                CompletableFuture<Written> done) {
            this(channel, clientMsgId, author, authorName, authorRole, text, done, Instant.now());
        }

        @Override
        public String kind() {
            return "post";
        }
    }

    record Edit(String channel, long seq, String actor, String text, CompletableFuture<Written> done, Instant acceptedAt)
            implements Change {
        Edit(String channel, long seq, String actor, String text, CompletableFuture<Written> done) {
            this(channel, seq, actor, text, done, Instant.now());
        }

        @Override
        public String kind() {
            return "edit";
        }
    }

    record Remove(String channel, long seq, String actor, boolean asModerator, CompletableFuture<Written> done,
            Instant acceptedAt) implements Change {
        Remove(String channel, long seq, String actor, boolean asModerator, CompletableFuture<Written> done) {
            this(channel, seq, actor, asModerator, done, Instant.now());
        }

        @Override
        public String kind() {
            return "delete";
        }
    }

    /**
     * A stored change.
     *
     * @param message the message as it is now; null for a repeated send, which changed nothing
     * @param author the author of the message (for the moderation log of a removal)
     * @param duplicate the send was a retry of a stored message
     */
    public record Written(String channel, long seq, long rev, String clientMsgId, MessageView message, String author,
            boolean duplicate) {
    }

    private record StoredRow(String author, String authorName, String authorRole, String clientMsgId,
            Instant createdAt, Instant editedAt, boolean deleted) {
    }

    private record Outcome(Change change, Written written, ChatError error) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChatConfig config;

    @Inject
    ChatFanOut fanOut;

    @Inject
    Clock clock;

    @Inject
    WriterMeters meters;

    @Inject
    HttpConfig http;

    private final List<BlockingQueue<Change>> lanes = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean draining;
    /** Changes taken and not yet answered: counted down by the writer after a batch's answers went out. */
    private final AtomicInteger taken = new AtomicInteger();
    private final RecentSends recentSends = new RecentSends(RECENT_SENDS);

    void start(@Observes StartupEvent event) {
        running = true;
        for (int i = 0; i < LANES; i++) {
            BlockingQueue<Change> queue = new ArrayBlockingQueue<>(config.writer().queueCapacity());
            lanes.add(queue);
            meters.watchQueue(queue);
            Thread thread = new Thread(() -> drain(queue), "chat-writer-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    /** Queues a change; the future completes after the commit, or fails with a {@link ChatException}. */
    public CompletableFuture<Written> submit(Change change) {
        taken.incrementAndGet();
        if (draining) {
            taken.decrementAndGet();
            // The client sends it again after its reconnect to another instance (docs/scale-out.md)
            change.done().completeExceptionally(ChatException.retryLater(ChatError.BUSY, 1_000));
            return change.done();
        }
        BlockingQueue<Change> lane = lanes.get(WriterBatches.lane(change.channel(), lanes.size()));
        if (!lane.offer(change)) {
            taken.decrementAndGet();
            change.done().completeExceptionally(ChatError.BUSY.exception());
        }
        return change.done();
    }

    /**
     * For a graceful shutdown: refuses new changes as {@code busy} and waits until every change taken
     * before is stored and answered (acks queued, fan-out published).
     *
     * @return false when that did not happen within the timeout
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (taken.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** One writer thread: stores its lane's changes batch by batch until the application stops. */
    private void drain(BlockingQueue<Change> queue) {
        List<Change> batch = List.of();
        while (running) {
            try {
                batch = WriterBatches.next(queue, config.writer().batchSize(), 1_000);
                if (batch.isEmpty()) {
                    continue;
                }
                meters.batch(batch.size());
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Chat writer failed on a batch", e);
                batch.forEach(change -> change.done().completeExceptionally(ChatError.INTERNAL.exception()));
            } finally {
                taken.addAndGet(-batch.size());
                batch = List.of();
            }
        }
    }

    private void write(List<Change> batch) {
        List<Outcome> outcomes;
        try {
            outcomes = transaction(batch, false);
        } catch (SQLException e) {
            if (DatabaseOutage.isCause(e)) {
                unavailable(batch, e);
                return;
            }
            if (batch.size() > 1 || e.getErrorCode() == DUPLICATE_KEY) {
                // A retry the cache did not know, or one bad change: store each change on its own
                for (Change change : batch) {
                    writeAlone(change);
                }
                return;
            }
            LOG.error("Storing a chat change failed", e);
            batch.get(0).done().completeExceptionally(ChatError.INTERNAL.exception());
            return;
        }
        finish(outcomes);
    }

    private void writeAlone(Change change) {
        try {
            finish(transaction(List.of(change), true));
        } catch (SQLException e) {
            if (DatabaseOutage.isCause(e)) {
                unavailable(List.of(change), e);
                return;
            }
            LOG.error("Storing a chat change failed", e);
            change.done().completeExceptionally(ChatError.INTERNAL.exception());
        }
    }

    /**
     * The database cannot be reached: the batch's transaction did not commit (it was rolled back, or never
     * began), so nothing of it is stored and no number was used. Each sender is told when to try again; the
     * browser client keeps the message in its outbox and sends it again with the same client message id.
     */
    private void unavailable(List<Change> batch, SQLException e) {
        LOG.warnf("Chat changes not stored, the database cannot be reached (%d refused as unavailable): %s",
                batch.size(), e.getMessage());
        long retryAfterMs = http.outageRetryAfter().toMillis();
        batch.forEach(change -> change.done().completeExceptionally(
                ChatException.retryLater(ChatError.UNAVAILABLE, retryAfterMs)));
    }

    private void finish(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            Written written = outcome.written();
            if (written != null && written.message() != null && outcome.change() instanceof Post post) {
                recentSends.put(post.channel(), post.author(), post.clientMsgId(), written.seq(), written.rev());
            }
        }
        for (Outcome outcome : outcomes) {
            if (outcome.error() != null) {
                outcome.change().done().completeExceptionally(outcome.error().exception());
            } else {
                outcome.change().done().complete(outcome.written());
            }
        }
        List<StoredMessage> changes = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            if (outcome.written() != null && outcome.written().message() != null) {
                changes.add(new StoredMessage(outcome.written().channel(), outcome.written().message(),
                        outcome.change().acceptedAt()));
                meters.stored(outcome.change().kind());
            }
        }
        if (!changes.isEmpty()) {
            fanOut.publish(new MessagesStored(changes));
        }
    }

    private List<Outcome> transaction(List<Change> batch, boolean lookUpRetries) throws SQLException {
        Map<String, List<Change>> byChannel = WriterBatches.byChannel(batch);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO chat_message (channel_id, seq, rev,"
                    + " client_msg_id, author, author_name, author_role, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement counter = connection.prepareStatement(
                            "UPDATE chat_channel SET last_seq = ? WHERE id = ?")) {
                Map<String, Long> lastSeq = lockChannels(connection, byChannel.keySet());
                List<Outcome> outcomes = new ArrayList<>(batch.size());
                Map<String, Written> postedNow = new HashMap<>();
                boolean insertsPending = false;
                for (Map.Entry<String, List<Change>> entry : byChannel.entrySet()) {
                    String channel = entry.getKey();
                    Long last = lastSeq.get(channel);
                    if (last == null) {
                        entry.getValue().forEach(c -> outcomes.add(new Outcome(c, null, ChatError.CHANNEL_NOT_FOUND)));
                        continue;
                    }
                    long seq = last;
                    for (Change change : entry.getValue()) {
                        if (change instanceof Post post) {
                            String key = sendKey(channel, post.author(), post.clientMsgId());
                            Written earlier = postedNow.get(key);
                            if (earlier == null) {
                                earlier = earlierSend(connection, post, lookUpRetries);
                            }
                            if (earlier != null) {
                                outcomes.add(new Outcome(post, new Written(channel, earlier.seq(), earlier.rev(),
                                        post.clientMsgId(), null, post.author(), true), null));
                                continue;
                            }
                            seq++;
                            bindInsert(insert, post, seq, now);
                            insertsPending = true;
                            MessageView view = new MessageView(seq, seq, post.clientMsgId(),
                                    new Author(post.author(), post.authorName(), post.authorRole()), post.text(), now,
                                    null, false, null);
                            Written written = new Written(channel, seq, seq, post.clientMsgId(), view, post.author(), false);
                            postedNow.put(key, written);
                            outcomes.add(new Outcome(post, written, null));
                        } else {
                            if (insertsPending) {
                                insert.executeBatch();
                                insertsPending = false;
                            }
                            Outcome outcome = change(connection, change, seq + 1, now);
                            if (outcome.written() != null) {
                                seq++;
                            }
                            outcomes.add(outcome);
                        }
                    }
                    if (seq != last) {
                        counter.setLong(1, seq);
                        counter.setString(2, channel);
                        counter.addBatch();
                    }
                }
                if (insertsPending) {
                    insert.executeBatch();
                }
                counter.executeBatch();
                connection.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static Map<String, Long> lockChannels(Connection connection, Iterable<String> channels) throws SQLException {
        List<String> ids = new ArrayList<>();
        channels.forEach(ids::add);
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<String, Long> lastSeq = new HashMap<>();
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id, last_seq FROM chat_channel WHERE id IN (" + marks + ") ORDER BY id FOR UPDATE")) {
            for (int i = 0; i < ids.size(); i++) {
                lock.setString(i + 1, ids.get(i));
            }
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    lastSeq.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return lastSeq;
    }

    /** The earlier send with the same key, from the cache or, when asked to, from the database. */
    private Written earlierSend(Connection connection, Post post, boolean lookUp) throws SQLException {
        long[] cached = recentSends.get(post.channel(), post.author(), post.clientMsgId());
        if (cached != null) {
            return new Written(post.channel(), cached[0], cached[1], post.clientMsgId(), null, post.author(), true);
        }
        if (!lookUp) {
            return null;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, rev FROM chat_message"
                + " WHERE channel_id = ? AND author = ? AND client_msg_id = ?")) {
            select.setString(1, post.channel());
            select.setString(2, post.author());
            select.setString(3, post.clientMsgId());
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? new Written(post.channel(), row.getLong(1), row.getLong(2), post.clientMsgId(), null,
                                post.author(), true)
                        : null;
            }
        }
    }

    private static void bindInsert(PreparedStatement insert, Post post, long seq, Instant now) throws SQLException {
        insert.setString(1, post.channel());
        insert.setLong(2, seq);
        insert.setLong(3, seq);
        insert.setString(4, post.clientMsgId());
        insert.setString(5, post.author());
        insert.setString(6, post.authorName());
        insert.setString(7, post.authorRole());
        insert.setString(8, post.text());
        insert.setObject(9, utc(now));
        insert.addBatch();
    }

    /** An edit or a removal, which takes the sequence number {@code rev} if it is allowed. */
    private static Outcome change(Connection connection, Change change, long rev, Instant now) throws SQLException {
        long seq = change instanceof Edit edit ? edit.seq() : ((Remove) change).seq();
        StoredRow row = load(connection, change.channel(), seq);
        if (row == null) {
            return new Outcome(change, null, ChatError.MESSAGE_NOT_FOUND);
        }
        if (row.deleted()) {
            return new Outcome(change, null, ChatError.MESSAGE_DELETED);
        }
        Author author = new Author(row.author(), row.authorName(), row.authorRole());
        if (change instanceof Edit edit) {
            if (!row.author().equals(edit.actor())) {
                return new Outcome(change, null, ChatError.NOT_OWN_MESSAGE);
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE chat_message SET body = ?, edited_at = ?, rev = ? WHERE channel_id = ? AND seq = ?")) {
                update.setString(1, edit.text());
                update.setObject(2, utc(now));
                update.setLong(3, rev);
                update.setString(4, change.channel());
                update.setLong(5, seq);
                update.executeUpdate();
            }
            MessageView view = new MessageView(seq, rev, row.clientMsgId(), author, edit.text(), row.createdAt(), now,
                    false, null);
            return new Outcome(change, new Written(change.channel(), seq, rev, row.clientMsgId(), view, row.author(),
                    false), null);
        }
        Remove remove = (Remove) change;
        boolean own = row.author().equals(remove.actor());
        if (!own && !remove.asModerator()) {
            return new Outcome(change, null, ChatError.NOT_OWN_MESSAGE);
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE chat_message SET body = NULL, deleted_at = ?,"
                + " deleted_by_moderator = ?, rev = ? WHERE channel_id = ? AND seq = ?")) {
            update.setObject(1, utc(now));
            update.setBoolean(2, !own);
            update.setLong(3, rev);
            update.setString(4, change.channel());
            update.setLong(5, seq);
            update.executeUpdate();
        }
        MessageView view = new MessageView(seq, rev, row.clientMsgId(), author, null, row.createdAt(), row.editedAt(),
                true, own ? "author" : "moderator");
        return new Outcome(change, new Written(change.channel(), seq, rev, row.clientMsgId(), view, row.author(), false),
                null);
    }

    private static StoredRow load(Connection connection, String channel, long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT author, author_name, author_role,"
                + " client_msg_id, created_at, edited_at, deleted_at FROM chat_message WHERE channel_id = ? AND seq = ?")) {
            select.setString(1, channel);
            select.setLong(2, seq);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new StoredRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        instant(row.getObject(5, LocalDateTime.class)), instant(row.getObject(6, LocalDateTime.class)),
                        row.getObject(7, LocalDateTime.class) != null);
            }
        }
    }

    /** Identifies a send within one batch, where the same retry may arrive twice. */
    private static String sendKey(String channel, String author, String clientMsgId) {
        return channel + '\u0000' + author + '\u0000' + clientMsgId;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
