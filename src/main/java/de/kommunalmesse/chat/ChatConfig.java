package de.kommunalmesse.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and switches of the live chat ({@code kommunalmesse.chat.*}). */
@ConfigMapping(prefix = "kommunalmesse.chat")
public interface ChatConfig {

    /** Longest message text in characters (Unicode code points). */
    @WithDefault("2000")
    int maxTextLength();

    /**
     * Longest frame a client may send, in characters; a longer one closes the connection with 1009. The
     * transport's own limit (quarkus.websockets-next.server.max-frame-size) lies above it and cuts off
     * anything larger without a close frame.
     */
    @WithDefault("16384")
    int maxFrameChars();

    /** Most channels one connection may be subscribed to at the same time. */
    @WithDefault("50")
    int maxSubscriptions();

    /** Messages (sends and edits) one user may post per {@link RateLimit#window()}. */
    RateLimit rateLimit();

    /** A connection without any frame from the client (pongs included) for this long is closed (4408). */
    @WithDefault("75s")
    Duration idleTimeout();

    /**
     * Bytes queued for one connection that the network has not taken yet. A connection over this limit
     * is a slow consumer and is closed (4503) instead of buffering without bound.
     */
    @WithDefault("262144")
    int outboundBufferBytes();

    /**
     * Unsent bytes of all connections together: with many connections each one's share of it is smaller
     * than {@link #outboundBufferBytes()} (down to 16 KiB), so slow readers cannot exhaust the memory.
     */
    @WithDefault("536870912")
    long outboundTotalBytes();

    /** Frames per second a connection may send on average before it is closed for flooding (4429). */
    @WithDefault("20")
    int inboundFramesPerSecond();

    /** Frames a connection may send in a burst on top of the average. */
    @WithDefault("60")
    int inboundFrameBurst();

    /** Invalid frames tolerated per connection; the next one closes it (4400). */
    @WithDefault("10")
    int maxInvalidFrames();

    /**
     * Most database tasks of the chat's connections (subscribe with its backfill, history, read pointers,
     * conversations, moderation) running at the same time on one instance; the others wait in line. It stays
     * below the connection pool ({@code quarkus.datasource.jdbc.max-size}, 20, of which the message writer uses
     * two), so that a reconnect storm (every client of a stopped instance subscribing at once) leaves
     * connections to the REST API and the readiness check (docs/scale-out.md).
     */
    @WithDefault("8")
    int databaseConcurrency();

    /** Most messages sent back after a reconnect; a longer gap is answered with the latest page instead. */
    @WithDefault("500")
    int backfillLimit();

    /** Default and largest page of history. */
    @WithDefault("50")
    int historyPageSize();

    @WithDefault("200")
    int maxHistoryPageSize();

    /** The writer that stores messages: it groups what arrives together into one transaction. */
    Writer writer();

    /** Presence of staff on duty. */
    Presence presence();

    /** Fan-out between instances through Redis pub/sub. */
    Redis redis();

    /** What subscribers of stage channels and watchers of talks receive besides messages. */
    Stage stage();

    interface RateLimit {
        @WithDefault("5")
        int messages();

        @WithDefault("10s")
        Duration window();
    }

    interface Writer {
        /** Most messages stored in one transaction. */
        @WithDefault("200")
        int batchSize();

        /** Sends waiting for the writer; a full queue answers "server busy" instead of growing. */
        @WithDefault("20000")
        int queueCapacity();
    }

    interface Presence {
        /** How often each instance marks its on-duty connections as alive. */
        @WithDefault("15s")
        Duration refreshInterval();

        /** A presence row not refreshed for this long belongs to a gone instance and no longer counts. */
        @WithDefault("50s")
        Duration staleAfter();
    }

    interface Stage {
        /** Least time between two {@code viewers} frames of one stage. */
        @WithDefault("2s")
        Duration viewersInterval();

        /** How often each instance counts its viewers (and, with Redis, shares the count). */
        @WithDefault("1s")
        Duration viewersRefresh();

        /**
         * With Redis, how long an instance's count stays valid without a refresh: the count of an instance
         * that died stops counting after this.
         */
        @WithDefault("15s")
        Duration viewersStaleAfter();

        /** Least time between two {@code talk} frames of one talk; changes in between are merged. */
        @WithDefault("1s")
        Duration talkInterval();

        /**
         * How often each instance tells who of its logged-in connections follows which stage, the samples the
         * attendance of talks is measured from (docs/insights.md).
         */
        @WithDefault("30s")
        Duration audienceSample();
    }

    interface Redis {
        /** Off: one instance, in-process fan-out. On: every instance publishes to and listens on Redis. */
        @WithDefault("false")
        boolean enabled();

        /** The Redis pub/sub channel that carries chat events between instances. */
        @WithDefault("kommunalmesse:chat")
        String channel();
    }
}
