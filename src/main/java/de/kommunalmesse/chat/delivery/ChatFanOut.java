package de.kommunalmesse.chat.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.ChatEvent;
import de.kommunalmesse.chat.ChatEvent.MessagesStored;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The one way the chat publishes what happened: {@link #publish} waits for the current transaction to
 * commit (so that nothing is announced that was rolled back, and no instance hears of a row it cannot read
 * yet), then hands the {@link ChatEvent} to this instance's observers as a CDI event and, with
 * {@code kommunalmesse.chat.redis.enabled}, to every other instance over one Redis pub/sub channel. Each
 * instance delivers what it hears there to its own connections. Events carry the id of the instance that
 * sent them and are skipped when they come back to it, except {@link MessagesStored}, which the hub
 * de-duplicates by (channel, rev).
 */
@ApplicationScoped
public class ChatFanOut {

    private static final Logger LOG = Logger.getLogger(ChatFanOut.class);
    private static final long RESUBSCRIBE_MILLIS = 2_000;

    /** What travels between instances: the event and the instance it comes from. */
    record Envelope(String origin, ChatEvent event) {
    }

    @Inject
    ChatConfig config;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Event<ChatEvent> observers;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Instance<ReactiveRedisDataSource> redis;

    @Inject
    Vertx vertx;

    private final String instanceId = UUID.randomUUID().toString();
    private ReactivePubSubCommands<String> pubsub;

    void start(@Observes StartupEvent event) {
        if (config.redis().enabled()) {
            pubsub = redis.get().pubsub(String.class);
            subscribe();
        }
    }

    /** The id of this instance (presence rows, viewer counts, event origin). */
    public String instanceId() {
        return instanceId;
    }

    /**
     * Publishes the event once the current transaction has committed, at once when there is none (the
     * message writer commits its own JDBC transactions before it publishes); a rollback drops it.
     */
    public void publish(ChatEvent event) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            send(event);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    send(event);
                }
            }
        });
    }

    private void send(ChatEvent event) {
        deliver(event);
        if (pubsub != null) {
            String payload;
            try {
                payload = objectMapper.writeValueAsString(new Envelope(instanceId, event));
            } catch (JsonProcessingException e) {
                LOG.errorf(e, "Encoding a chat event for Redis failed");
                return;
            }
            pubsub.publish(config.redis().channel(), payload).subscribe().with(
                    published -> {
                    },
                    failure -> LOG.warnf("Publishing a chat event to Redis failed: %s", failure.getMessage()));
        }
    }

    private void subscribe() {
        pubsub.subscribe(config.redis().channel(), this::received, this::resubscribeLater,
                failure -> {
                    LOG.warnf("Redis subscription of the chat failed: %s", failure.getMessage());
                    resubscribeLater();
                })
                .subscribe().with(
                        subscriber -> LOG.infof("Chat fan-out listens on Redis channel %s", config.redis().channel()),
                        failure -> {
                            LOG.warnf("Chat fan-out could not subscribe to Redis: %s", failure.getMessage());
                            resubscribeLater();
                        });
    }

    private void resubscribeLater() {
        vertx.setTimer(RESUBSCRIBE_MILLIS, id -> subscribe());
    }

    private void received(String payload) {
        Envelope envelope;
        try {
            envelope = objectMapper.readValue(payload, Envelope.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("Ignoring an unreadable chat event from Redis: %s", e.getMessage());
            return;
        }
        if (envelope.event() instanceof MessagesStored || !instanceId.equals(envelope.origin())) {
            deliver(envelope.event());
        }
    }

    /** Hands the event to this instance's observers; one failing observer must not stop the fan-out. */
    private void deliver(ChatEvent event) {
        try {
            observers.fire(event);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Delivering chat event %s failed", event.getClass().getSimpleName());
        }
    }
}
