package de.kommunalmesse.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.chat.channel.ChannelService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The channel rows behind channel ids. */
@QuarkusTest
class ChannelServiceTest {

    @Inject
    ChannelService channels;

    @Inject
    ChatTestData data;

    /**
     * The chat benchmark found this: many visitors joining a booth channel nobody had used yet made some
     * subscribes fail, because the loser of the creation race looked for the row in its old snapshot.
     */
    @Test
    void secondFirstSubscriberWaitsForTheChannelTheFirstOneCreates() throws Exception {
        ChannelId id = ChannelId.booth(data.boothKey(data.booth()));
        CountDownLatch created = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            channels.ensure(id);
            created.countDown();
            await(commit);
        }));
        assertTrue(created.await(30, TimeUnit.SECONDS));
        // The second transaction reads (no row yet), then its insert waits on the first one's uncommitted row
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(
                () -> QuarkusTransaction.requiringNew().call(() -> channels.ensure(id).lastSeq));
        Thread.sleep(1000);
        commit.countDown();
        first.get(30, TimeUnit.SECONDS);

        assertEquals(0L, second.get(30, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
