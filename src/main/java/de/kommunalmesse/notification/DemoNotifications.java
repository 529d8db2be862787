package de.kommunalmesse.notification;

import de.kommunalmesse.common.DemoDataLoaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The demo fair's notification centre on first start: the demo visitor's contact request was handled, the demo
 * exhibitor's booth change approved, so that the header shows a count and the page has something to show.
 */
@ApplicationScoped
public class DemoNotifications {

    private static final String BOOTH = "kreis-soest-umzug";
    private static final String BOOTH_NAME = "Digitaler Umzugsservice";

    @Inject
    NotificationService notifications;

    void load(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoDataLoaded loaded) {
        notifications.notify("besucher", "contact.answered", BOOTH_NAME, "in-bearbeitung", null, "/stand/" + BOOTH);
        notifications.notify("aussteller-soest", "booth.approved", BOOTH_NAME, null, null,
                "/mein-stand/" + BOOTH + "/bearbeiten");
    }
}
