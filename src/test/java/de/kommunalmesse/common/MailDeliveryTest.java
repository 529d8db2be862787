package de.kommunalmesse.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MailDeliveryTest {

    private static final Duration SHORT = Duration.ofMillis(200);
    private static final Duration BACK_OFF = Duration.ofMillis(10);

    @Test
    void triesAgainAfterATransientAnswerOrALostConnectionButNotAfterARefusal() {
        SMTPException dropped = new SMTPException("got error response", 421,
                List.of("421 Service shutting down and closing transmission channel"), false);
        SMTPException refused = new SMTPException("got error response", 550, List.of("550 No such user"), false);
        assertTrue(MailDelivery.isTransient(dropped));
        assertTrue(MailDelivery.isTransient(new CompletionException(dropped)));
        assertTrue(MailDelivery.isTransient(new IOException("Connection reset by peer")));
        assertFalse(MailDelivery.isTransient(refused));
        assertFalse(MailDelivery.isTransient(new IllegalStateException("no recipient")));
    }

    @Test
    void anAttemptWithoutAnAnswerIsGivenUpAndTheNextOneDelivers() {
        AtomicInteger attempts = new AtomicInteger();
        // The first session stays silent (as one did in CI until the server dropped it after 30 s), the second delivers
        MailDelivery.withRetries(() -> attempts.incrementAndGet() == 1 ? Uni.createFrom().nothing() : Uni.createFrom().voidItem(),
                SHORT, BACK_OFF).await().atMost(Duration.ofSeconds(5));
        assertEquals(2, attempts.get());
    }

    @Test
    void aRefusalIsNotRepeatedAndSilenceEndsAfterTheLastTry() {
        AtomicInteger refusals = new AtomicInteger();
        SMTPException refused = new SMTPException("got error response", 550, List.of("550 No such user"), false);
        Throwable refusal = assertThrows(CompletionException.class, () -> MailDelivery.withRetries(() -> {
            refusals.incrementAndGet();
            return Uni.createFrom().failure(refused);
        }, SHORT, BACK_OFF).await().atMost(Duration.ofSeconds(5)));
        assertEquals(refused, refusal.getCause());
        assertEquals(1, refusals.get());

        AtomicInteger silent = new AtomicInteger();
        Throwable silence = assertThrows(CompletionException.class, () -> MailDelivery.withRetries(() -> {
            silent.incrementAndGet();
            return Uni.createFrom().<Void>nothing();
        }, SHORT, BACK_OFF).await().atMost(Duration.ofSeconds(10)));
        assertTrue(silence.getCause() instanceof MailDelivery.NoAnswer, String.valueOf(silence.getCause()));
        assertEquals(1 + MailDelivery.RETRIES, silent.get());
    }
}
