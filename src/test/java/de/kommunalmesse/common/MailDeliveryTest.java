package de.kommunalmesse.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.ext.mail.SMTPException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class MailDeliveryTest {

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
}
