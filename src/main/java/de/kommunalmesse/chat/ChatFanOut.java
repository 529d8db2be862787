package de.kommunalmesse.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.chat.ChatProtocol.ChannelSettings;
import de.kommunalmesse.chat.ChatProtocol.ConversationEvent;
import de.kommunalmesse.chat.ChatProtocol.ConversationInfo;
import de.kommunalmesse.chat.ChatProtocol.Live;
import de.kommunalmesse.chat.ChatProtocol.MessageEvent;
import de.kommunalmesse.chat.ChatProtocol.MessageView;
import de.kommunalmesse.chat.ChatProtocol.ServerFrame;
import de.kommunalmesse.chat.ChatProtocol.SettingsEvent;
import de.kommunalmesse.chat.ChatProtocol.Unsubscribed;
import de.kommunalmesse.chat.SanctionCache.ActiveSanction;
import de.kommunalmesse.stage.InteractionViews.TalkChanged;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import de.kommunalmesse.chat.ChatHub.MessageFrame;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Fans every stored change and every change of state (presence, settings, sanctions, a stage's live state,
 * a talk's Q&A and polls) out to the connections that need it. On a single instance that is the local
 * {@link ChatHub}. With {@code kommunalmesse.chat.redis.enabled} each
 * event is also published on one Redis pub/sub channel, and every instance delivers what it hears there
 * to its own connections; message events are de-duplicated by (channel, rev) in the hub, the other events
 * carry the id of the instance that sent them and are skipped when they come back to it.
 */
@ApplicationScoped
public class ChatFanOut {

    private static final Logger LOG = Logger.getLogger(ChatFanOut.class);
    private static final long RESUBSCRIBE_MILLIS = 2_000;

    /** What travels between instances. Exactly one group of fields is set, depending on {@code kind}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Event(String origin, String kind, String channel, String booth, String frame,
            ChannelSettings settings, ActiveSanction sanction, Long sanctionId, Live live, TalkChanged talk,
            List<MessageFrame> messages) {
    }

    static final String MESSAGES = "messages";
    static final String CHANNEL_FRAME = "channel-frame";
    static final String CONVERSATION = "conversation";
    static final String SETTINGS = "settings";
    static final String SANCTION = "sanction";
    static final String LIFT = "lift";
    static final String PRESENCE = "presence";
    static final String LIVE = "live";
    static final String TALK = "talk";

    @Inject
    ChatHub hub;

    @Inject
    ChatConfig config;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    SanctionCache sanctions;

    @Inject
    PresenceService presence;

    @Inject
    StagePush stagePush;

    @Inject
    Instance<ReactiveRedisDataSource> redis;

    @Inject
    Vertx vertx;

    private final String instanceId = UUID.randomUUID().toString();
    private ObjectMapper frames;
    private ReactivePubSubCommands<String> pubsub;

    void start(@Observes StartupEvent event) {
        frames = objectMapper.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        if (config.redis().enabled()) {
            pubsub = redis.get().pubsub(String.class);
            subscribe();
        }
    }

    /** The id of this instance (presence rows, event origin). */
    public String instanceId() {
        return instanceId;
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

    /** Serialises a frame once for all its receivers. */
    String json(ServerFrame frame) {
        try {
            return frames.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stored changes of messages, in the order they were stored (one writer batch): delivered as one batch
     * and published to the other instances as one event.
     */
    void publishMessages(List<MessageView> changes, List<String> channels) {
        List<MessageFrame> frames = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            MessageView message = changes.get(i);
            frames.add(new MessageFrame(channels.get(i), message.rev(),
                    json(new MessageEvent(channels.get(i), message))));
        }
        publish(new Event(instanceId, MESSAGES, null, null, null, null, null, null, null, null, frames));
    }

    /** A conversation changed: its channel's subscribers and the booth's staff on duty learn it. */
    void publishConversation(ConversationInfo conversation, Long lastSeq) {
        publish(new Event(instanceId, CONVERSATION, conversation.channel(), conversation.booth(),
                json(new ConversationEvent(conversation, lastSeq)), null, null, null, null, null, null));
    }

    void publishSettings(String channel, ChannelSettings settings) {
        publish(new Event(instanceId, SETTINGS, channel, null, json(new SettingsEvent(channel, settings)),
                settings, null, null, null, null, null));
    }

    void publishSanction(ActiveSanction sanction) {
        publish(new Event(instanceId, SANCTION, sanction.channelId(), null, null, null, sanction, null, null,
                null, null));
    }

    void publishLift(long sanctionId) {
        publish(new Event(instanceId, LIFT, null, null, null, null, null, sanctionId, null, null, null));
    }

    /** Staff went on or off duty at a booth: every instance recounts for its watchers. */
    void publishPresenceChanged(String booth) {
        publish(new Event(instanceId, PRESENCE, null, booth, null, null, null, null, null, null, null));
    }

    /** A stage's live state changed: every instance tells the subscribers of its channel. */
    void publishLive(Live live) {
        publish(new Event(instanceId, LIVE, ChannelId.stage(live.stage()).toString(), null, null, null, null, null,
                live, null, null));
    }

    /** The Q&A or polls of a talk changed: every instance tells the talk's audience (coalesced there). */
    void publishTalkChanged(TalkChanged change) {
        publish(new Event(instanceId, TALK, null, null, null, null, null, null, null, change, null));
    }

    private void publish(Event event) {
        deliver(event);
        if (pubsub != null) {
            String payload;
            try {
                payload = objectMapper.writeValueAsString(event);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            pubsub.publish(config.redis().channel(), payload).subscribe().with(
                    published -> {
                    },
                    failure -> LOG.warnf("Publishing a chat event to Redis failed: %s", failure.getMessage()));
        }
    }

    private void received(String payload) {
        Event event;
        try {
            event = objectMapper.readValue(payload, Event.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("Ignoring an unreadable chat event from Redis: %s", e.getMessage());
            return;
        }
        if (MESSAGES.equals(event.kind()) || !instanceId.equals(event.origin())) {
            deliver(event);
        }
    }

    private void deliver(Event event) {
        switch (event.kind()) {
            case MESSAGES -> hub.deliverMessages(event.messages());
            case CHANNEL_FRAME -> hub.deliverToChannel(event.channel(), event.frame());
            case CONVERSATION -> {
                hub.deliverToChannel(event.channel(), event.frame());
                hub.deliverToConsole(event.booth(), event.frame());
            }
            case SETTINGS -> hub.updateSettings(event.channel(), event.settings(), event.frame(),
                    session -> removeSubscription(session, event.channel(), ChatError.LOGIN_REQUIRED.code()));
            case SANCTION -> {
                sanctions.imposed(event.sanction());
                if (SanctionKind.BAN.value().equals(event.sanction().kind())) {
                    for (ChatSession session : hub.sessionsOf(event.sanction().username())) {
                        session.subscriptions().keySet().stream()
                                .filter(channel -> event.sanction().channelId() == null
                                        || event.sanction().channelId().equals(channel))
                                .toList()
                                .forEach(channel -> removeSubscription(session, channel, ChatError.BANNED.code()));
                    }
                }
            }
            case LIFT -> sanctions.lifted(event.sanctionId());
            case PRESENCE -> presence.recountLater(event.booth());
            case LIVE -> stagePush.deliverLive(event.live());
            case TALK -> stagePush.deliverTalkChanged(event.talk());
            default -> LOG.warnf("Ignoring a chat event of unknown kind %s", event.kind());
        }
    }

    private void removeSubscription(ChatSession session, String channel, String reason) {
        hub.leave(session, channel);
        session.send(json(new Unsubscribed(null, channel, reason)));
    }
}
