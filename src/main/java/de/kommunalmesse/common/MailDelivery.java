package de.kommunalmesse.common;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Sends the platform's mails and tries again, like a mail server would, when the failure is transient: a 4xx answer
 * (e.g. "421 … closing transmission channel" of a server that dropped the session) or a lost connection. A mail
 * refused for good (5xx) is not repeated.
 */
@ApplicationScoped
public class MailDelivery {

    /** Tries after the first: 1 s, 2 s, 4 s apart (with jitter), then the failure is the caller's. */
    static final int RETRIES = 3;

    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    @Inject
    ReactiveMailer mailer;

    public Uni<Void> send(Mail... mails) {
        return mailer.send(mails)
                .onFailure(MailDelivery::isTransient).invoke(failure -> LOG.infof("A mail was not sent (%s); trying again",
                        failure.getMessage()))
                .onFailure(MailDelivery::isTransient).retry()
                .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(8)).atMost(RETRIES);
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
}
