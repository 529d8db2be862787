package de.kommunalmesse.chat.channel;

import de.kommunalmesse.chat.ChatEvent.SanctionImposed;
import de.kommunalmesse.chat.ChatEvent.SanctionLifted;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.SanctionKind;
import de.kommunalmesse.chat.protocol.ChatProtocol.Permissions;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The active mutes and bans in memory, so that sending a message needs no database read. Changes on any
 * instance arrive through the fan-out; a periodic reload repairs anything missed.
 */
@ApplicationScoped
public class SanctionCache {

    private static final Logger LOG = Logger.getLogger(SanctionCache.class);
    private static final long RELOAD_MILLIS = 30_000;

    /** An active sanction as the checks need it. */
    public record ActiveSanction(long id, String username, String kind, String channelId, Instant expiresAt) {

        boolean appliesTo(String channel, Instant now) {
            return (channelId == null || channelId.equals(channel)) && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    private volatile Map<String, List<ActiveSanction>> byUser = Map.of();

    void start(@Observes StartupEvent event) {
        reload();
        vertx.setPeriodic(RELOAD_MILLIS, id -> vertx.executeBlocking(() -> {
            reload();
            return null;
        }, false).onFailure(e -> LOG.warn("Reloading chat sanctions failed", e)));
    }

    @Transactional
    public void reload() {
        Map<String, List<ActiveSanction>> loaded = new HashMap<>();
        Sanction.<Sanction>find("liftedAt is null and (expiresAt is null or expiresAt > ?1)", clock.instant())
                .stream()
                .forEach(s -> loaded.computeIfAbsent(s.username, u -> new ArrayList<>()).add(active(s)));
        byUser = loaded;
    }

    static ActiveSanction active(Sanction s) {
        return new ActiveSanction(s.id, s.username, s.kind, s.channelId, s.expiresAt);
    }

    /** The event that announces a sanction just imposed. */
    public static SanctionImposed imposedEvent(Sanction s) {
        return new SanctionImposed(s.id, s.username, s.kind, s.channelId, s.expiresAt);
    }

    /** A sanction that keeps the user from writing in the channel (a mute or a ban). */
    /**
     * What a user may do in a channel, with an active mute or ban said up front (for the composer):
     * {@code write}/{@code moderate} from the policy, {@code muted} and its end from this cache.
     */
    public Permissions permissions(ChatUser user, String channel, boolean write, boolean moderate) {
        Optional<ActiveSanction> sanction = user.isAnonymous() ? Optional.empty() : silenced(user.username(), channel);
        return new Permissions(write, moderate, sanction.isPresent(), sanction.map(ActiveSanction::expiresAt).orElse(null));
    }

    public Optional<ActiveSanction> silenced(String username, String channel) {
        return find(username, channel, null);
    }

    /** A ban of the user from the channel. */
    public Optional<ActiveSanction> banned(String username, String channel) {
        return find(username, channel, SanctionKind.BAN);
    }

    private Optional<ActiveSanction> find(String username, String channel, SanctionKind kind) {
        if (username == null) {
            return Optional.empty();
        }
        List<ActiveSanction> sanctions = byUser.get(username);
        if (sanctions == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return sanctions.stream()
                .filter(s -> kind == null || kind.value().equals(s.kind()))
                .filter(s -> s.appliesTo(channel, now))
                .findFirst();
    }

    /** Records a sanction imposed on this or another instance. */
    synchronized void imposed(@Observes SanctionImposed event) {
        ActiveSanction sanction = new ActiveSanction(event.id(), event.username(), event.kind(), event.channel(),
                event.expiresAt());
        Map<String, List<ActiveSanction>> copy = new HashMap<>(byUser);
        List<ActiveSanction> list = new ArrayList<>(copy.getOrDefault(sanction.username(), List.of()));
        list.removeIf(s -> s.id() == sanction.id());
        list.add(sanction);
        copy.put(sanction.username(), List.copyOf(list));
        byUser = copy;
    }

    /** Forgets a sanction lifted on this or another instance. */
    synchronized void lifted(@Observes SanctionLifted event) {
        long sanctionId = event.id();
        Map<String, List<ActiveSanction>> copy = new HashMap<>();
        byUser.forEach((user, list) -> {
            List<ActiveSanction> rest = list.stream().filter(s -> s.id() != sanctionId).toList();
            if (!rest.isEmpty()) {
                copy.put(user, rest);
            }
        });
        byUser = copy;
    }
}
