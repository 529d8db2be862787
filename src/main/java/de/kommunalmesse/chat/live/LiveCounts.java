package de.kommunalmesse.chat.live;

import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.delivery.ChatFanOut;
import de.kommunalmesse.chat.delivery.ChatHub;
import de.kommunalmesse.chat.conversation.ConversationService;
import de.kommunalmesse.chat.moderation.ModerationService;
import de.kommunalmesse.insights.InsightsConfig;
import de.kommunalmesse.insights.LiveFigures;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The dashboard's live figures from the chat (insights/LiveFigures). People online now: the open connections to the live channel (WebSocket) of every instance. Each instance stores
 * its own count in Redis under a key that expires, so that an instance that dies stops counting; with Redis off
 * (one instance) the count is this instance's. Keys (prefix: the chat's pub/sub channel):
 * {@code <prefix>:online} (set of instance ids), {@code <prefix>:online:<instance>} (count).
 */
@ApplicationScoped
public class LiveCounts implements LiveFigures {

    private static final Logger LOG = Logger.getLogger(LiveCounts.class);

    @Inject
    ChatHub hub;

    @Inject
    ChatFanOut fanOut;

    @Inject
    ChatConfig chat;

    @Inject
    InsightsConfig config;

    @Inject
    Instance<RedisDataSource> redis;

    @Inject
    ConversationService conversations;

    @Inject
    ModerationService moderation;

    private volatile long others;

    @Override
    public long conversationsWaiting(String edition) {
        return conversations.waitingForStaff(edition);
    }

    @Override
    public long reportsWaiting() {
        return moderation.openReports();
    }

    @Override
    public long onlineNow() {
        return hub.connectionCount() + others;
    }

    /** Shares this instance's count and learns the others' (every dashboard interval). */
    void share() {
        if (!chat.redis().enabled()) {
            return;
        }
        try {
            RedisDataSource store = redis.get();
            String set = chat.redis().channel() + ":online";
            Duration expiry = config.dashboardInterval().multipliedBy(5);
            store.value(String.class).set(set + ":" + fanOut.instanceId(), Integer.toString(hub.connectionCount()),
                    new SetArgs().px(expiry));
            store.set(String.class).sadd(set, fanOut.instanceId());
            store.key().expire(set, Duration.ofHours(1));
            List<String> instances = store.set(String.class).smembers(set).stream()
                    .filter(instance -> !instance.equals(fanOut.instanceId())).toList();
            long sum = 0;
            if (!instances.isEmpty()) {
                Map<String, String> counts = store.value(String.class)
                        .mget(instances.stream().map(instance -> set + ":" + instance).toArray(String[]::new));
                for (String instance : instances) {
                    String count = counts.get(set + ":" + instance);
                    if (count == null) {
                        store.set(String.class).srem(set, instance);
                    } else {
                        sum += Long.parseLong(count);
                    }
                }
            }
            others = sum;
        } catch (RuntimeException e) {
            LOG.warnf("Sharing the online count through Redis failed: %s", e.getMessage());
        }
    }
}
