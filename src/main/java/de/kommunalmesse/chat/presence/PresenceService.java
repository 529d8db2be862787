package de.kommunalmesse.chat.presence;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.ChatEvent.PresenceChanged;
import de.kommunalmesse.chat.channel.ChatPolicy;
import de.kommunalmesse.chat.delivery.ChatFanOut;
import de.kommunalmesse.chat.delivery.ChatHub;
import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.chat.protocol.ChatProtocol.Presence;
import de.kommunalmesse.chat.protocol.FrameEncoder;
import de.kommunalmesse.common.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * "N Expertinnen/Experten online": staff on duty at a booth. Each on-duty connection has a row in
 * {@code chat_presence}; every instance refreshes its rows, so the count is right across instances and
 * rows of a crashed instance stop counting after {@code presence.stale-after}. Watchers on this instance get
 * a {@code presence} frame whenever their booth's count changes.
 */
@ApplicationScoped
public class PresenceService {

    private static final Logger LOG = Logger.getLogger(PresenceService.class);

    @Inject
    ChatConfig config;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    @Inject
    ChatHub hub;

    @Inject
    ChatPolicy policy;

    @Inject
    BoothService booths;

    @Inject
    ChatFanOut fanOut;

    @Inject
    FrameEncoder frames;

    private final Map<String, Integer> lastSent = new ConcurrentHashMap<>();

    void start(@Observes StartupEvent event) {
        vertx.setPeriodic(config.presence().refreshInterval().toMillis(), id -> vertx.executeBlocking(() -> {
            refresh();
            hub.watchedBooths().forEach(this::recount);
            return null;
        }, false).onFailure(e -> LOG.warn("Refreshing chat presence failed", e)));
    }

    /** Refuses (404) unless the booth is published: only those have experts to count. */
    public void requireBooth(String booth) {
        booths.publishedBoothRef(booth).orElseThrow(() -> ProblemException.notFound("notFound.booth", booth));
    }

    /** The use case of both adapters: distinct staff members on duty at a published booth. */
    public int expertsOnlineAt(String booth) {
        requireBooth(booth);
        return expertsOnline(booth);
    }

    /**
     * Staff go on or off duty at a booth (the staff of its exhibitor and admins): stored for the count
     * across instances, and on duty the connection receives the booth's conversations live.
     */
    public void duty(ChatSession session, String booth, boolean on) {
        policy.requireStaff(session.user(), booth);
        store(session, booth, on);
        if (on) {
            hub.goOnDuty(session, booth);
        } else {
            hub.goOffDuty(session, booth);
        }
    }

    /** Distinct staff members on duty at the booth, on any instance. */
    @Transactional
    public int expertsOnline(String booth) {
        Instant fresh = clock.instant().minus(config.presence().staleAfter());
        Long count = DutyPresence.getEntityManager()
                .createQuery("select count(distinct p.username) from DutyPresence p where p.boothSlug = ?1"
                        + " and p.seenAt > ?2", Long.class)
                .setParameter(1, booth)
                .setParameter(2, fresh)
                .getSingleResult();
        return count.intValue();
    }

    /** Stores that the connection is on or off duty at the booth; every instance recounts after the commit. */
    @Transactional
    void store(ChatSession session, String booth, boolean on) {
        fanOut.publish(new PresenceChanged(booth));
        if (on) {
            DutyPresence row = DutyPresence.<DutyPresence>findByIdOptional(new DutyPresence.Key(session.id(), booth))
                    .orElseGet(DutyPresence::new);
            row.connectionId = session.id();
            row.boothSlug = booth;
            row.instanceId = fanOut.instanceId();
            row.username = session.user().username();
            row.seenAt = clock.instant();
            row.persist();
        } else {
            DutyPresence.delete("connectionId = ?1 and boothSlug = ?2", session.id(), booth);
        }
    }

    /** A connection closed: its duty ends. */
    public void connectionClosed(String connectionId, Iterable<String> booths) {
        vertx.executeBlocking(() -> {
            QuarkusTransaction.requiringNew().run(() -> DutyPresence.delete("connectionId", connectionId));
            booths.forEach(booth -> fanOut.publish(new PresenceChanged(booth)));
            return null;
        }, false).onFailure(e -> LOG.warn("Ending duty of a closed connection failed", e));
    }

    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        DutyPresence.update("seenAt = ?1 where instanceId = ?2", now, fanOut.instanceId());
        DutyPresence.delete("seenAt < ?1", now.minus(config.presence().staleAfter()));
    }

    /** Staff went on or off duty somewhere: recounts the booth off the event loop, for the watchers here. */
    void recountLater(@Observes PresenceChanged event) {
        vertx.executeBlocking(() -> {
            recount(event.booth());
            return null;
        }, false).onFailure(e -> LOG.warn("Counting experts online failed", e));
    }

    private void recount(String booth) {
        int count = expertsOnline(booth);
        Integer previous = lastSent.put(booth, count);
        if (previous == null || previous != count) {
            hub.deliverToWatchers(booth, frames.json(new Presence(null, booth, count)));
        }
    }
}
