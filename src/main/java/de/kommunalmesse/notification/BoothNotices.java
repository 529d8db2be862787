package de.kommunalmesse.notification;

import de.kommunalmesse.booth.BoothNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The booth workflow's notifications: admins learn that a change waits for review, the exhibitor who submitted it
 * that it was approved or sent back, a visitor that the booth's team handled their contact request.
 */
@ApplicationScoped
public class BoothNotices {

    @Inject
    NotificationService notifications;

    void happened(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoothNotice notice) {
        if (notice instanceof BoothNotice.ChangeSubmitted s) {
            notifications.notifyAdmins("review.waiting", s.boothName(), null, null,
                    "/" + s.edition() + "/verwaltung/pruefung/" + s.slug());
        } else if (notice instanceof BoothNotice.ChangeReviewed r && r.submitter() != null) {
            notifications.notify(r.submitter(), r.approved() ? "booth.approved" : "booth.rejected", r.boothName(),
                    r.reason(), null, "/" + r.edition() + "/mein-stand/" + r.slug() + "/bearbeiten");
        } else if (notice instanceof BoothNotice.ContactRequestAnswered a) {
            notifications.notify(a.visitor(), "contact.answered", a.boothName(), a.status(), null,
                    "/" + a.edition() + "/stand/" + a.slug());
        }
    }
}
