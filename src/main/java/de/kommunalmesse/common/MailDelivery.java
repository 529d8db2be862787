package de.kommunalmesse.common;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the platform's mails and tries again, like a mail server would, when the failure is transient: a 4xx answer
 * (e.g. "421 … closing transmission channel" of a server that dropped the session), a lost connection, or an attempt
 * that got no answer within {@code kommunalmesse.mail.attempt-timeout} (a session in which neither side speaks ends
 * only when the server gives up on it, after 30 s for the test server and minutes for others). A mail refused for
 * good (5xx) is not repeated.
 */
@ApplicationScoped
public class MailDelivery {

    /** Tries after the first: 1 s, 2 s, 4 s apart (with jitter), then the failure is the caller's. */
    static final int RETRIES = 3;

    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    @Inject
    ReactiveMailer mailer;

    @ConfigProperty(name = "kommunalmesse.mail.attempt-timeout", defaultValue = "15s")
    Duration attemptTimeout;

    public Uni<Void> send(Mail... mails) {
        return withRetries(() -> mailer.send(mails), attemptTimeout, Duration.ofSeconds(1));
    }

    /**
     * Each attempt afresh from {@code attempt}, ended as a transient failure when it has not finished within
     * {@code attemptTimeout}; transient failures are tried again {@link #RETRIES} times, {@code firstBackOff} apart
     * at first and up to 8 times that.
     */
    static Uni<Void> withRetries(Supplier<Uni<Void>> attempt, Duration attemptTimeout, Duration firstBackOff) {
        return Uni.createFrom().deferred(() -> attempt.get().ifNoItem().after(attemptTimeout)
                .failWith(() -> new NoAnswer(attemptTimeout)))
                .onFailure(MailDelivery::isTransient).invoke(failure -> LOG.infof("A mail was not sent (%s); trying again",
                        failure.getMessage()))
                .onFailure(MailDelivery::isTransient).retry()
                .withBackOff(firstBackOff, firstBackOff.multipliedBy(8)).atMost(RETRIES);
    }

    /** A failure that may pass when tried again. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                return smtp.isTransient();
            }
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** An attempt that got no answer in time: the session is left to the server, the next attempt takes a new one. */
    static final class NoAnswer extends IOException {
        private static final long serialVersionUID = 1L;

        NoAnswer(Duration after) {
            super("no answer from the mail server within " + after.toSeconds() + " s");
        }
    }
}
