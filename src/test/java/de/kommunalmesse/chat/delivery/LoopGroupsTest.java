package de.kommunalmesse.chat.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The subscriber bookkeeping behind one delivery task per event loop. */
class LoopGroupsTest {

    private final EventLoop first = new DefaultEventLoop();
    private final EventLoop second = new DefaultEventLoop();
    private final LoopGroups<String> subscribers = new LoopGroups<>();

    @AfterEach
    void stopLoops() {
        first.shutdownGracefully();
        second.shutdownGracefully();
    }

    @Test
    void subscribersAreGroupedByTheLoopThatServesThem() {
        subscribers.add("a", first);
        subscribers.add("b", second);
        subscribers.add("c", first);

        assertEquals(Set.of(first, second), subscribers.loops(), "a delivery makes one task per loop");
        assertEquals(Set.of("a", "c"), subscribers.on(first));
        assertEquals(Set.of("b"), subscribers.on(second));
        assertEquals(3, subscribers.size());
    }

    @Test
    void loopWithoutSubscribersGetsNoMoreTasks() {
        subscribers.add("a", first);
        subscribers.add("b", second);

        subscribers.remove("b", second);

        assertEquals(Set.of(first), subscribers.loops());
        assertNull(subscribers.on(second));
    }

    @Test
    void lastSubscriberLeavingEmptiesTheChannel() {
        subscribers.add("a", first);
        subscribers.add("b", null);

        subscribers.remove("a", first);
        subscribers.remove("b", null);

        assertTrue(subscribers.isEmpty());
        assertTrue(subscribers.loops().isEmpty());
        assertTrue(subscribers.unbound().isEmpty());
    }

    @Test
    void subscriberWithoutLoopIsDeliveredToOnItsOwn() {
        subscribers.add("a", null);

        assertTrue(subscribers.loops().isEmpty());
        assertEquals(Set.of("a"), subscribers.unbound());
        assertEquals(Set.of("a"), subscribers.all());
    }
}
