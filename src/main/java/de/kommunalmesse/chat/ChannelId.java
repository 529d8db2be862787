package de.kommunalmesse.chat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of a chat channel, {@code <kind>:<key>}: {@code booth:<edition>/<booth slug>},
 * {@code stage:<edition>/<stage key>}, {@code lobby:<event day id>} or {@code dm:<conversation id>}. Clients of
 * protocol version 1 name booth and stage channels without the edition; see {@link #withEdition}.
 */
public record ChannelId(Kind kind, String key) {

    private static final Pattern FORMAT = Pattern.compile(
            "(booth|stage|lobby|dm):((?:[a-z0-9][a-z0-9-]{0,39}/)?[a-z0-9][a-z0-9-]{0,59})");

    public enum Kind {
        /** The public channel of a booth. */
        BOOTH("booth"),
        /** The public channel of a stage. */
        STAGE("stage"),
        /** The public lobby of an event day. */
        LOBBY("lobby"),
        /** A private conversation between a visitor and a booth team. */
        DM("dm");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        static Kind ofPrefix(String prefix) {
            for (Kind kind : values()) {
                if (kind.prefix.equals(prefix)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException(prefix);
        }
    }

    /** Parses a channel id; empty for anything that is not a well-formed id. */
    public static Optional<ChannelId> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Kind kind = Kind.ofPrefix(matcher.group(1));
        String key = matcher.group(2);
        if ((kind == Kind.LOBBY || kind == Kind.DM) && (key.length() > 18 || !key.chars().allMatch(Character::isDigit))) {
            return Optional.empty();
        }
        return Optional.of(new ChannelId(kind, key));
    }

    public static ChannelId booth(String slug) {
        return new ChannelId(Kind.BOOTH, slug);
    }

    public static ChannelId stage(String key) {
        return new ChannelId(Kind.STAGE, key);
    }

    public static ChannelId conversation(long conversationId) {
        return new ChannelId(Kind.DM, Long.toString(conversationId));
    }

    /** A booth or stage channel named without its edition, with this edition; every other id unchanged. */
    public ChannelId withEdition(String edition) {
        return (kind == Kind.BOOTH || kind == Kind.STAGE) && key.indexOf('/') < 0 ? new ChannelId(kind, edition + "/" + key)
                : this;
    }

    /** Whether a booth or stage channel names its edition (protocol version 2). */
    public boolean hasEdition() {
        return key.indexOf('/') > 0;
    }

    /** The numeric key of a lobby or conversation channel. */
    public long numericKey() {
        return Long.parseLong(key);
    }

    @Override
    public String toString() {
        return kind.prefix + ":" + key;
    }
}
