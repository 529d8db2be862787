package de.kommunalmesse.chat.channel;

import de.kommunalmesse.chat.ChannelState;
import de.kommunalmesse.chat.channel.ChatPolicy.Access;

/**
 * A channel a user has entered, with what they may do in it, decided by {@link ChatPolicy} when they
 * subscribed (WebSocket) or called (REST).
 */
public record Subscription(ChannelState channel, Access access) {
}
