package de.kommunalmesse.notification;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.booth.BoothViews.BoothTeam;
import de.kommunalmesse.common.PersonalData;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.meeting.MeetingService;
import de.kommunalmesse.meeting.MeetingViews.MeetingStart;
import de.kommunalmesse.stage.Agenda;
import de.kommunalmesse.stage.ProgrammeViews.AgendaStart;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The notification centre's two jobs, each run by one instance at a time: every instance checks on its own timer,
 * and the one whose conditional UPDATE of the job's row in {@code job_lock} wins runs it (the retention job's
 * pattern). A lease frees the lock of an instance that died mid-run.
 * <ul>
 * <li>Reminders: meetings and agenda talks that start within the next ten minutes. Each run covers the starts after
 * the previous run's horizon up to its own, so that no start is reminded twice or skipped.</li>
 * <li>Digest: once a day from the configured time, one e-mail per user with the unread notifications of the topics
 * they want in the digest that no e-mail carried yet.</li>
 * <li>Report offers: once the current edition's last day is over, each booth's staff learn that the booth's PDF
 * report is ready, once per booth (row in {@code booth_report_offer}, written before the notifications: at most
 * once rather than twice).</li>
 * </ul>
 */
@ApplicationScoped
public class NotificationJobs {

    static final String REMINDERS = "notification-reminders";
    static final String DIGEST = "notification-digest";
    static final String REPORT_OFFERS = "booth-report-offer";
    private static final Logger LOG = Logger.getLogger(NotificationJobs.class);

    @Inject
    NotificationConfig config;

    @Inject
    NotificationService notifications;

    @Inject
    NotificationMails mails;

    @Inject
    Preferences preferences;

    @Inject
    MeetingService meetings;

    @Inject
    Agenda agenda;

    @Inject
    BoothService booths;

    @Inject
    EditionService editions;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    private final String instance = UUID.randomUUID().toString();
    private final List<Long> timers = new ArrayList<>();

    void start(@Observes StartupEvent event) {
        if (config.reminders().enabled()) {
            every(config.reminders().interval(), () -> remindIfDue(clock.instant()));
        }
        if (config.digest().enabled()) {
            every(config.digest().check(), () -> digestIfDue(clock.instant()));
        }
        if (config.reportOffers().enabled()) {
            every(config.reportOffers().interval(), () -> offerReportsIfDue(clock.instant()));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        timers.forEach(vertx::cancelTimer);
    }

    private void every(Duration interval, Supplier<Integer> job) {
        timers.add(vertx.setPeriodic(interval.toMillis(), id -> vertx.executeBlocking(() -> {
            try {
                job.get();
            } catch (RuntimeException e) {
                LOG.error("A notification job failed; it is tried again in the next interval", e);
            }
            return null;
        }, false)));
    }

    /**
     * Reminds of what starts after the previous run's horizon (at the earliest now) and up to ten minutes from now;
     * returns how many reminders were recorded, or -1 if another instance holds the job.
     */
    public int remindIfDue(Instant now) {
        Instant previous = lock(REMINDERS, now, config.reminders().lease(), null);
        if (previous == null) {
            return -1;
        }
        Duration ahead = config.reminders().ahead();
        Instant from = previous.equals(Instant.EPOCH) || previous.plus(ahead).isBefore(now) ? now : previous.plus(ahead);
        Instant to = now.plus(ahead);
        return run(REMINDERS, now, () -> {
            int count = 0;
            if (to.isAfter(from)) {
                for (MeetingStart m : QuarkusTransaction.requiringNew().call(() -> meetings.startingBetween(from, to))) {
                    for (String username : new String[] {m.visitor(), m.organizer()}) {
                        notifications.notify(username, "reminder.meeting", m.topic(), m.boothName(), m.startsAt(),
                                "/termine/" + m.id());
                        count++;
                    }
                }
                for (AgendaStart t : QuarkusTransaction.requiringNew().call(() -> agenda.startingBetween(from, to))) {
                    notifications.notify(t.username(), "reminder.talk", t.title(), t.stageName(), t.startsAt(),
                            "/vortrag/" + t.talkId());
                    count++;
                }
            }
            return count;
        });
    }

    /**
     * Sends the daily digest if today's is due (from the configured time on, and not sent yet today); returns how many
     * mails went out, or -1 if it was not due or another instance holds the job.
     */
    public int digestIfDue(Instant now) {
        Instant dueFrom = ZonedDateTime.ofInstant(now, NotificationMails.ZONE).with(config.digest().at()).toInstant();
        if (now.isBefore(dueFrom) || !mails.enabled()) {
            return -1;
        }
        if (lock(DIGEST, now, config.digest().lease(), dueFrom) == null) {
            return -1;
        }
        return run(DIGEST, now, () -> {
            int sent = 0;
            Map<String, List<Topic>> readers = QuarkusTransaction.requiringNew().call(preferences::digestReaders);
            for (Map.Entry<String, List<Topic>> reader : readers.entrySet()) {
                if (QuarkusTransaction.requiringNew().call(() -> digest(reader.getKey(), reader.getValue(), now))) {
                    sent++;
                }
            }
            return sent;
        });
    }

    /**
     * Offers each booth of the current edition its PDF report once the edition's last day (Europe/Berlin) is over:
     * a notification to every member of its staff, once per booth; returns how many booths got their offer now, or -1
     * if the edition is not over or another instance holds the job.
     */
    public int offerReportsIfDue(Instant now) {
        Optional<EditionRef> current = QuarkusTransaction.requiringNew().call(editions::currentIfAny);
        if (current.isEmpty() || !ZonedDateTime.ofInstant(now, NotificationMails.ZONE).toLocalDate()
                .isAfter(current.get().endsOn())) {
            return -1;
        }
        if (lock(REPORT_OFFERS, now, config.reportOffers().lease(), null) == null) {
            return -1;
        }
        EditionRef edition = current.get();
        return run(REPORT_OFFERS, now, () -> {
            int offered = 0;
            for (BoothTeam team : QuarkusTransaction.requiringNew().call(() -> booths.teams(edition.id()))) {
                boolean first = QuarkusTransaction.requiringNew().call(() -> PersonalData.update(em,
                        "INSERT IGNORE INTO booth_report_offer (booth_id, offered_at) VALUES (?1, ?2)", team.id(), now) == 1);
                if (first) {
                    team.staff().forEach(member -> notifications.notify(member, "booth.report", team.name(), edition.title(),
                            null, "/" + edition.slug() + "/mein-stand/" + team.slug() + "/statistik"));
                    offered++;
                }
            }
            return offered;
        });
    }

    private boolean digest(String username, List<Topic> topics, Instant now) {
        Recipient recipient = Recipient.findById(username);
        if (recipient == null || recipient.email == null) {
            return false;
        }
        List<Notification> unread = Notification.<Notification>list("username = ?1 and readAt is null and mailedAt is null"
                + " order by createdAt", username).stream().filter(n -> topics.contains(Topic.of(n.kind))).toList();
        if (unread.isEmpty()) {
            return false;
        }
        unread.forEach(n -> n.mailedAt = now);
        mails.sendAfterCommit(recipient, unread, true);
        return true;
    }

    /**
     * Takes the job's lock if it is free (and, with {@code ranBefore}, if the last run was before that); returns the
     * last run (the epoch if none), or null if the lock was not won.
     */
    private Instant lock(String job, Instant now, Duration lease, Instant ranBefore) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int won = ranBefore == null
                    ? PersonalData.update(em, "UPDATE job_lock SET locked_by = ?1, locked_until = ?2 WHERE name = ?3"
                            + " AND locked_until < ?4", instance, now.plus(lease), job, now)
                    : PersonalData.update(em, "UPDATE job_lock SET locked_by = ?1, locked_until = ?2 WHERE name = ?3"
                            + " AND locked_until < ?4 AND (last_run_at IS NULL OR last_run_at < ?5)", instance,
                            now.plus(lease), job, now, ranBefore);
            if (won != 1) {
                return null;
            }
            // Microseconds since the epoch by arithmetic on the stored UTC time, free of any session or JVM zone
            Object last = em.createNativeQuery("SELECT TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', last_run_at)"
                    + " FROM job_lock WHERE name = ?1").setParameter(1, job).getSingleResult();
            return last == null ? Instant.EPOCH : Instant.EPOCH.plus(((Number) last).longValue(), ChronoUnit.MICROS);
        });
    }

    private int run(String job, Instant now, Supplier<Integer> work) {
        try {
            int done = work.get();
            QuarkusTransaction.requiringNew().run(() -> PersonalData.update(em, "UPDATE job_lock SET locked_until = ?1,"
                    + " last_run_at = ?1, last_result = ?2 WHERE name = ?3 AND locked_by = ?4", now, String.valueOf(done),
                    job, instance));
            return done;
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> PersonalData.update(em,
                    "UPDATE job_lock SET locked_until = ?1 WHERE name = ?2 AND locked_by = ?3", now, job, instance));
            throw e;
        }
    }
}
