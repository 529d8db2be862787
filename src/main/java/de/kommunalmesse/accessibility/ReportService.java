package de.kommunalmesse.accessibility;

import de.kommunalmesse.accessibility.AccessibilityViews.Attachment;
import de.kommunalmesse.accessibility.AccessibilityViews.NewReply;
import de.kommunalmesse.accessibility.AccessibilityViews.ReplyView;
import de.kommunalmesse.accessibility.AccessibilityViews.ReportDetail;
import de.kommunalmesse.accessibility.AccessibilityViews.ReportReceipt;
import de.kommunalmesse.accessibility.AccessibilityViews.ReportUpdate;
import de.kommunalmesse.accessibility.AccessibilityViews.ReportView;
import de.kommunalmesse.common.MaterialKind;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.Uploads;
import de.kommunalmesse.common.Uploads.StoredFile;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The feedback mechanism (BGG NRW §10b (2) no. 2, BITVNRW §5): reports of barriers from anyone, the admins'
 * queue with status, assignee and answer deadline, and answers by e-mail.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);
    private static final Set<MaterialKind> ATTACHMENTS = Set.of(MaterialKind.IMAGE, MaterialKind.DOCUMENT);
    private static final DateTimeFormatter DATE_DE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** A report as the form sends it; {@code file} and its name are absent without an attachment. */
    public record NewReport(String description, String location, String contactEmail, Locale locale, Path file,
            String fileName) {
    }

    /** An attachment's bytes for download. */
    public record Download(InputStream content, String mediaType, String fileName, long size) {
    }

    @Inject
    AccessibilityConfig config;

    @Inject
    StatementService statement;

    @Inject
    Uploads uploads;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** The platform-wide mail switch (also used for contact requests, see ContactRequests.MailConfig). */
    @ConfigProperty(name = "kommunalmesse.mail.enabled", defaultValue = "false")
    boolean mailEnabled;

    /** Stores a report with its deadline; an attachment must be an image or PDF by its content. */
    public ReportReceipt submit(NewReport form) {
        Report report = new Report();
        report.description = form.description().strip();
        report.location = form.location().strip();
        report.contactEmail = form.contactEmail() == null || form.contactEmail().isBlank() ? null
                : form.contactEmail().strip().toLowerCase(Locale.ROOT);
        report.lang = Locale.ENGLISH.getLanguage().equals(form.locale().getLanguage()) ? "en" : "de";
        if (form.file() != null) {
            attach(report, form.file(), form.fileName());
        }
        report.status = ReportStatus.NEW;
        report.createdAt = clock.instant();
        report.updatedAt = report.createdAt;
        report.dueAt = report.createdAt.plus(config.feedback().answerPeriod());
        report.persist();
        LOG.infof("Accessibility report %d received, answer due %s", report.id, report.dueAt);
        return new ReportReceipt(report.id, report.dueAt, report.contactEmail != null);
    }

    /** The queue, oldest deadline first; only open ones, only overdue ones, or one status. */
    public List<ReportView> queue(ReportStatus status, boolean overdueOnly) {
        Instant now = clock.instant();
        List<Report> reports = status == null
                ? Report.<Report>list("order by dueAt, id")
                : Report.<Report>list("status = ?1 order by dueAt, id", status);
        return reports.stream().filter(r -> !overdueOnly || r.overdue(now)).map(r -> view(r, now)).toList();
    }

    public ReportDetail detail(long id) {
        Report report = find(id);
        return new ReportDetail(view(report, clock.instant()), replies(id));
    }

    /** Sets status and assignee. */
    public ReportView update(long id, ReportUpdate update) {
        Report report = find(id);
        if (update.status() != null) {
            report.status = update.status();
        }
        if (update.assignee() != null) {
            report.assignee = update.assignee().isBlank() ? null : update.assignee().strip().toLowerCase(Locale.ROOT);
        }
        report.updatedAt = clock.instant();
        return view(report, report.updatedAt);
    }

    /**
     * Records an answer and mails it to the reporter if they gave an address. A final answer marks the report
     * answered, an interim one keeps it in progress; either one meets the deadline (BITVNRW §5 (2)). The e-mail
     * names the Ombudsstelle, as BITVNRW §5 (2) asks.
     */
    public ReplyView reply(long id, NewReply request, String username) {
        Report report = find(id);
        if (report.status == ReportStatus.CLOSED) {
            throw ProblemException.conflict("conflict.reportClosed", id);
        }
        Reply reply = new Reply();
        reply.reportId = id;
        reply.message = request.message().strip();
        reply.interim = request.interim();
        reply.sentBy = username;
        reply.sentAt = clock.instant();
        reply.mailedTo = report.contactEmail;
        reply.mailSent = report.contactEmail != null && mailEnabled && send(report, reply);
        reply.persist();
        if (report.firstReplyAt == null) {
            report.firstReplyAt = reply.sentAt;
        }
        report.status = request.interim() ? ReportStatus.IN_PROGRESS : ReportStatus.ANSWERED;
        if (report.assignee == null) {
            report.assignee = username;
        }
        report.updatedAt = reply.sentAt;
        return replyView(reply);
    }

    public Download attachment(long id) {
        Report report = find(id);
        if (report.storageKey == null) {
            throw ProblemException.notFound("notFound.reportAttachment", id);
        }
        try {
            return new Download(uploads.open(report.storageKey), report.mediaType, report.fileName, report.sizeBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Open reports (new or in progress) and how many of them are overdue. */
    public long[] openAndOverdue() {
        Instant now = clock.instant();
        List<Report> open = Report.list("status in ?1", List.of(ReportStatus.NEW, ReportStatus.IN_PROGRESS));
        return new long[] { open.size(), open.stream().filter(r -> r.overdue(now)).count() };
    }

    private void attach(Report report, Path file, String fileName) {
        try {
            if (Files.size(file) > config.feedback().maxAttachmentBytes()) {
                throw new ProblemException(413, "payloadTooLarge.reportAttachment", null,
                        config.feedback().maxAttachmentBytes() / (1024 * 1024));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StoredFile stored = uploads.store(file, fileName, ATTACHMENTS, "reportAttachment");
        report.fileName = stored.fileName();
        report.mediaType = stored.mediaType();
        report.sizeBytes = stored.sizeBytes();
        report.sha256 = stored.sha256();
        report.storageKey = stored.storageKey();
    }

    private boolean send(Report report, Reply reply) {
        boolean en = "en".equals(report.lang);
        String[] ombuds = statement.enforcement(report.lang).orElse(null);
        StringBuilder text = new StringBuilder();
        text.append(en ? "Hello,\n\nthank you for your report of a barrier on the Kommunalmesse of "
                : "Guten Tag,\n\nvielen Dank für Ihre Meldung einer Barriere auf der Kommunalmesse vom ")
                .append(report.createdAt.atZone(StatementService.BERLIN).format(en ? DATE_EN : DATE_DE))
                .append(en ? ".\n\n" : ".\n\n")
                .append(reply.message).append("\n\n");
        if (reply.interim) {
            text.append(en ? "This is an interim reply; we will write to you again when we have finished.\n\n"
                    : "Dies ist eine Zwischennachricht. Wir schreiben Ihnen wieder, sobald wir fertig sind.\n\n");
        }
        if (ombuds != null) {
            text.append(en ? "If you are not satisfied with this answer, you can ask the " + ombuds[0]
                    + " for a conciliation procedure (§ 10d BGG NRW): " + ombuds[1] + ", " + ombuds[2]
                    : "Wenn Sie mit dieser Antwort nicht zufrieden sind, können Sie bei der " + ombuds[0]
                            + " ein Ombudsverfahren beantragen (§ 10d BGG NRW): " + ombuds[1] + ", " + ombuds[2])
                    .append("\n\n");
        }
        text.append(en ? "Your report:\n" : "Ihre Meldung:\n").append(report.description).append('\n');
        Mail mail = Mail.withText(report.contactEmail,
                (en ? "Your report of a barrier (no. " : "Ihre Meldung einer Barriere (Nr. ") + report.id + ")",
                text.toString());
        statement.contactEmail().ifPresent(mail::setReplyTo);
        try {
            mailer.send(mail);
            return true;
        } catch (RuntimeException e) {
            // The reply is stored and shown as not mailed; the admin can answer another way
            LOG.warnf(e, "Answer to accessibility report %d could not be mailed", report.id);
            return false;
        }
    }

    private static Report find(long id) {
        return Report.<Report>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("notFound.report", id));
    }

    private static List<ReplyView> replies(long reportId) {
        return Reply.<Reply>list("reportId = ?1 order by sentAt, id", reportId).stream().map(ReportService::replyView)
                .toList();
    }

    private static ReplyView replyView(Reply r) {
        return new ReplyView(r.id, r.message, r.interim, r.sentBy, r.sentAt, r.mailedTo, r.mailSent);
    }

    private static ReportView view(Report r, Instant now) {
        Attachment attachment = r.storageKey == null ? null : new Attachment(r.fileName, r.mediaType, r.sizeBytes);
        return new ReportView(r.id, r.description, r.location, r.contactEmail, r.lang, attachment, r.status, r.assignee,
                r.createdAt, r.dueAt, r.firstReplyAt, r.overdue(now), r.updatedAt, r.version);
    }
}
