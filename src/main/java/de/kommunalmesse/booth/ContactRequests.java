package de.kommunalmesse.booth;

import de.kommunalmesse.common.MailDelivery;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.booth.BoothStats.Counter;
import de.kommunalmesse.booth.HallViews.ContactRequestView;
import de.kommunalmesse.booth.HallViews.NewContactRequest;
import de.kommunalmesse.common.ConsentPurpose;
import de.kommunalmesse.common.Consents;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.identity.Caller;
import io.quarkus.mailer.Mail;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Contact requests from visitors to a booth's team. The visitor's name, e-mail and organisation come
 * from their login and are passed on only with their explicit consent.
 */
@ApplicationScoped
@Transactional
public class ContactRequests {

    private static final Logger LOG = Logger.getLogger(ContactRequests.class);

    @ConfigMapping(prefix = "kommunalmesse.mail")
    public interface MailConfig {

        /** Send e-mail notifications (needs quarkus.mailer.* SMTP settings). */
        @WithDefault("false")
        boolean enabled();
    }

    @Inject
    BoothAccess access;

    @Inject
    BoothService booths;

    @Inject
    BoothStats stats;

    @Inject
    HallSettings settings;

    @Inject
    Caller caller;

    @Inject
    Consents consents;

    @Inject
    MailDelivery mailer;

    @Inject
    Event<ExpertsMail> expertsMail;

    @Inject
    MailConfig mail;

    @Inject
    Event<BoothNotice> notices;

    /** Stores a contact request for a published booth and notifies the booth's experts by e-mail if configured. */
    public ContactRequestView create(EditionRef edition, String slug, NewContactRequest request) {
        Booth booth = booths.published(edition, slug);
        String username = caller.username();
        if (!settings.contactRequestsEnabled()) {
            throw ProblemException.forbidden("forbidden.contactRequestsClosed");
        }
        if (edition.archived()) {
            throw ProblemException.forbidden("forbidden.editionArchived", edition.slug());
        }
        String email = caller.email().orElseThrow(() -> ProblemException.badRequest("contactRequest.noEmail"));
        ContactRequest entry = new ContactRequest();
        entry.boothId = booth.id;
        entry.username = username;
        entry.name = caller.displayName();
        entry.email = email;
        entry.organisation = caller.organisation().orElse(null);
        entry.message = request.message().strip();
        entry.consentAt = Instant.now();
        entry.status = ContactRequestStatus.NEU;
        entry.createdAt = entry.consentAt;
        entry.updatedAt = entry.consentAt;
        entry.persist();
        consents.record(username, ConsentPurpose.CONTACT_REQUEST, String.valueOf(entry.id));
        stats.count(booth.id, Counter.CONTACT_REQUESTS);
        notifyExperts(booth, entry);
        return view(booth.slug, entry);
    }

    /** The inbox of a booth, newest first. */
    public List<ContactRequestView> inbox(EditionRef edition, String slug) {
        Booth booth = access.requireEditor(edition, slug);
        return ContactRequest.<ContactRequest>list("boothId = ?1 order by createdAt desc, id desc", booth.id).stream()
                .map(r -> view(slug, r)).toList();
    }

    /** Moves a request of the booth's inbox to another status; the visitor learns it in their notifications. */
    public ContactRequestView setStatus(EditionRef edition, String slug, long id, ContactRequestStatus status) {
        Booth booth = access.requireEditor(edition, slug);
        ContactRequest entry = ContactRequest.<ContactRequest>find("id = ?1 and boothId = ?2", id, booth.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("notFound.contactRequest", id));
        if (entry.status != status) {
            entry.status = status;
            entry.updatedAt = Instant.now();
            notices.fire(new BoothNotice.ContactRequestAnswered(edition.slug(), booth.slug, booth.name, entry.username,
                    status.code()));
        }
        return view(slug, entry);
    }

    private void notifyExperts(Booth booth, ContactRequest entry) {
        List<String> recipients = booth.experts.stream().map(e -> e.email).filter(Objects::nonNull).toList();
        if (!mail.enabled() || recipients.isEmpty()) {
            return;
        }
        Mail message = Mail.withText(recipients.get(0), "Neue Kontaktanfrage am Stand „" + booth.name + "“",
                "Guten Tag,\n\n" + entry.name + (entry.organisation == null ? "" : " (" + entry.organisation + ")")
                        + " hat über die Kommunalmesse eine Kontaktanfrage an Ihren Stand gesendet:\n\n" + entry.message
                        + "\n\nAntwort an: " + entry.email + "\n\nDie Anfrage steht auch im Posteingang Ihres Stands.\n");
        recipients.stream().skip(1).forEach(message::addCc);
        message.setReplyTo(entry.email);
        expertsMail.fire(new ExpertsMail(entry.id, message));
    }

    /** The experts' notification of one stored contact request, sent once its transaction has committed. */
    record ExpertsMail(long requestId, Mail mail) {
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExpertsMail notice) {
        // Sent without waiting: the visitor's answer must not wait for the mail server. The request is stored and in
        // the inbox; a mail failure is logged and loses nothing.
        mailer.send(notice.mail()).subscribe().with(
                sent -> { },
                failure -> LOG.warnf(failure, "Notification mail for contact request %d could not be sent",
                        notice.requestId()));
    }

    private static ContactRequestView view(String slug, ContactRequest r) {
        return new ContactRequestView(r.id, slug, r.name, r.email, r.organisation, r.message, r.status, r.createdAt,
                r.updatedAt);
    }
}
