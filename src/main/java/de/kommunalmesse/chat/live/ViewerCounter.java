package de.kommunalmesse.chat.live;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChannelId.Kind;
import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.delivery.ChatFanOut;
import de.kommunalmesse.chat.delivery.ChatHub;
import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.chat.protocol.ChatProtocol.Viewers;
import de.kommunalmesse.chat.protocol.FrameEncoder;
import de.kommunalmesse.stage.ViewerCounts;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Viewers per stage: distinct connections subscribed to {@code stage:<key>}. Every
 * {@code stage.viewers-refresh} each instance counts its own subscribers; with Redis it also stores its
 * count under a key of its own that expires after {@code stage.viewers-stale-after} (so an instance that
 * dies stops counting without anyone cleaning up) and adds up the counts of the others. Subscribers get a
 * {@code viewers} frame when the total changed, at most one per stage every {@code stage.viewers-interval}.
 * <p>
 * Redis keys (prefix: the chat's pub/sub channel name): {@code <prefix>:viewer-stages} (set of stage keys),
 * {@code <prefix>:viewers:<stage>} (set of instance ids), {@code <prefix>:viewers:<stage>:<instance>} (count).
 */
@ApplicationScoped
public class ViewerCounter implements ViewerCounts {

    private static final Logger LOG = Logger.getLogger(ViewerCounter.class);
    private static final Duration SET_EXPIRY = Duration.ofHours(1);

    @Inject
    ChatHub hub;

    @Inject
    ChatFanOut fanOut;

    @Inject
    StagePush stagePush;

    @Inject
    FrameEncoder frames;

    @Inject
    ChatConfig config;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    @Inject
    Instance<RedisDataSource> redis;

    private record Sent(int count, long atMillis) {
    }

    /** What this instance last stored in Redis per stage. */
    private final Map<String, Sent> shared = new HashMap<>();
    /** What this instance last sent to its subscribers per stage. */
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    /** Viewers on the other instances per stage, as last read from Redis. */
    private volatile Map<String, Integer> remote = Map.of();
    private RedisDataSource store;
    private long timer;

    void start(@Observes StartupEvent event) {
        if (config.redis().enabled()) {
            store = redis.get();
        }
        timer = vertx.setPeriodic(config.stage().viewersRefresh().toMillis(), id -> vertx.executeBlocking(() -> {
            refresh();
            return null;
        }, false).onFailure(e -> LOG.warn("Counting stage viewers failed", e)));
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
        if (store != null) {
            try {
                for (String stage : Set.copyOf(shared.keySet())) {
                    withdraw(stage);
                }
            } catch (RuntimeException e) {
                LOG.debugf("Withdrawing viewer counts from Redis failed: %s", e.getMessage());
            }
        }
    }

    @Override
    public int viewers(String stageKey) {
        return hub.subscriberCount(ChannelId.stage(stageKey).toString()) + remote.getOrDefault(stageKey, 0);
    }

    /** Sends the current count to a connection that just subscribed to the stage's channel. */
    public void subscribed(ChatSession session, String stageKey) {
        int count = viewers(stageKey);
        sent.putIfAbsent(stageKey, new Sent(count, clock.millis()));
        session.send(frames.json(new Viewers(stageKey, count)));
    }

    /** One round: count, share, learn the others' counts, tell subscribers what changed. */
    synchronized void refresh() {
        long now = clock.millis();
        Map<String, Integer> local = hub.subscriberCounts(Kind.STAGE);
        if (store != null) {
            try {
                share(local, now);
                remote = readOthers();
            } catch (RuntimeException e) {
                LOG.warnf("Sharing stage viewer counts through Redis failed: %s", e.getMessage());
            }
        }
        long interval = config.stage().viewersInterval().toMillis();
        sent.keySet().retainAll(local.keySet());
        local.forEach((stage, here) -> {
            int total = here + remote.getOrDefault(stage, 0);
            Sent last = sent.get(stage);
            if (last == null || last.count() != total && now - last.atMillis() >= interval) {
                sent.put(stage, new Sent(total, now));
                hub.deliverToChannel(ChannelId.stage(stage).toString(),
                        frames.json(new Viewers(stage, total)));
            }
        });
        stagePush.forgetIdleTalks(now);
    }

    /** Stores this instance's counts that changed, and refreshes the others before they expire. */
    private void share(Map<String, Integer> local, long now) {
        Duration staleAfter = config.stage().viewersStaleAfter();
        long heartbeat = staleAfter.toMillis() / 3;
        Set<String> stages = new HashSet<>(local.keySet());
        stages.addAll(shared.keySet());
        for (String stage : stages) {
            int count = local.getOrDefault(stage, 0);
            Sent last = shared.get(stage);
            if (count == 0) {
                if (last != null) {
                    withdraw(stage);
                }
            } else if (last == null || last.count() != count || now - last.atMillis() >= heartbeat) {
                store.value(String.class).set(countKey(stage, fanOut.instanceId()), Integer.toString(count),
                        new SetArgs().px(staleAfter));
                store.set(String.class).sadd(instancesKey(stage), fanOut.instanceId());
                store.key().expire(instancesKey(stage), SET_EXPIRY);
                store.set(String.class).sadd(stagesKey(), stage);
                store.key().expire(stagesKey(), SET_EXPIRY);
                shared.put(stage, new Sent(count, now));
            }
        }
    }

    private void withdraw(String stage) {
        store.key().del(countKey(stage, fanOut.instanceId()));
        store.set(String.class).srem(instancesKey(stage), fanOut.instanceId());
        shared.remove(stage);
    }

    /** Adds up the fresh counts of the other instances; forgets instances whose count expired. */
    private Map<String, Integer> readOthers() {
        Map<String, Integer> others = new HashMap<>();
        for (String stage : store.set(String.class).smembers(stagesKey())) {
            List<String> instances = store.set(String.class).smembers(instancesKey(stage)).stream()
                    .filter(instance -> !instance.equals(fanOut.instanceId())).toList();
            if (instances.isEmpty()) {
                continue;
            }
            String[] keys = instances.stream().map(instance -> countKey(stage, instance)).toArray(String[]::new);
            Map<String, String> counts = store.value(String.class).mget(keys);
            int sum = 0;
            for (String instance : instances) {
                String count = counts.get(countKey(stage, instance));
                if (count == null) {
                    store.set(String.class).srem(instancesKey(stage), instance);
                } else {
                    sum += Integer.parseInt(count);
                }
            }
            others.put(stage, sum);
        }
        return others;
    }

    private String stagesKey() {
        return config.redis().channel() + ":viewer-stages";
    }

    private String instancesKey(String stage) {
        return config.redis().channel() + ":viewers:" + stage;
    }

    private String countKey(String stage, String instance) {
        return instancesKey(stage) + ":" + instance;
    }
}
