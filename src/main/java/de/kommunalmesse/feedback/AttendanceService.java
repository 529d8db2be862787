package de.kommunalmesse.feedback;

import de.kommunalmesse.booth.SiteConfig;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.fair.FairViews.FairView;
import de.kommunalmesse.feedback.CertificateViews.AttendanceDay;
import de.kommunalmesse.feedback.CertificateViews.AttendedTalk;
import de.kommunalmesse.feedback.CertificateViews.CertificateView;
import de.kommunalmesse.feedback.CertificateViews.Verification;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.StageAudience;
import de.kommunalmesse.stage.TalkFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Attendance of live talks and certificates of attendance (docs/insights.md). Attendance is measured from the
 * stage connections: each sample ({@link StageAudience}) of a logged-in viewer at a stage where a talk runs adds
 * the time since that viewer was last seen at the talk, if the gap is at most the tolerance; a longer gap counts
 * as absence. A certificate lists the talks of an edition followed for at least the minimum time; only the person
 * it is about may request and download it; anyone may verify its code.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    private static final Logger LOG = Logger.getLogger(AttendanceService.class);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ProgrammeService programme;

    @Inject
    EditionService editions;

    @Inject
    FairService fair;

    @Inject
    CertificateConfig config;

    @Inject
    SiteConfig site;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A printable certificate: the view and what the PDF adds. */
    public record Printable(CertificateView certificate, String issuer, String signatory, String signatoryRole,
            Optional<String> logo) {
    }

    /** Records one sample of who follows which stage on one instance. */
    void sampled(@ObservesAsync StageAudience audience) {
        try {
            record(audience);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Recording the attendance sampled at %s failed", audience.at());
        }
    }

    /**
     * Adds a sample to the attendance of every talk running on the sampled stages. One statement per user and
     * talk, so that samples of several instances (a user with two connections) add up without double counting:
     * only time after the last sample is added.
     */
    public void record(StageAudience audience) {
        long tolerance = config.gapTolerance().toSeconds();
        Timestamp at = Timestamp.from(audience.at());
        audience.viewers().forEach((stageKey, users) -> {
            for (TalkFacts talk : programme.talksRunning(stageKey, audience.at())) {
                users.forEach((username, name) -> em.createNativeQuery("""
                        INSERT INTO talk_attendance (talk_id, edition_id, username, display_name, first_seen_at,
                            last_seen_at, attended_seconds)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?5, 0)
                        ON DUPLICATE KEY UPDATE
                            attended_seconds = attended_seconds + IF(VALUES(last_seen_at) > last_seen_at
                                AND TIMESTAMPDIFF(SECOND, last_seen_at, VALUES(last_seen_at)) <= ?6,
                                TIMESTAMPDIFF(SECOND, last_seen_at, VALUES(last_seen_at)), 0),
                            last_seen_at = GREATEST(last_seen_at, VALUES(last_seen_at)),
                            display_name = VALUES(display_name)""")
                        .setParameter(1, talk.id()).setParameter(2, talk.editionId()).setParameter(3, username)
                        .setParameter(4, Objects.requireNonNullElse(name, username)).setParameter(5, at)
                        .setParameter(6, tolerance).executeUpdate());
            }
        });
    }

    /** Seconds the user followed the talk live (0 when never). */
    public int attendedSeconds(String username, long talkId) {
        return TalkAttendance.<TalkAttendance>find("username = ?1 and talkId = ?2", username, talkId)
                .firstResultOptional().map(a -> a.attendedSeconds).orElse(0);
    }

    /**
     * Issues the caller's certificate for an edition, or returns the one issued before when the talks and the time
     * are still the same (a changed attendance supersedes the earlier certificate). 401 anonymous, 404 unknown
     * edition, 409 when the caller followed no talk of it long enough.
     */
    public CertificateView request(String editionSlug) {
        caller.requireLogin();
        EditionRef edition = editions.resolve(editionSlug);
        String username = caller.username();
        List<AttendedTalk> talks = attended(username, edition.id());
        if (talks.isEmpty()) {
            throw ProblemException.conflict("conflict.certificateNotAttended", edition.title());
        }
        int total = talks.stream().mapToInt(AttendedTalk::attendedMinutes).sum() * 60;
        AttendanceCertificate latest = latest(username, edition.id());
        if (latest != null && latest.totalSeconds == total && latest.talkCount == talks.size()
                && latest.printedName.equals(caller.displayName())) {
            return view(latest, edition, talks);
        }
        if (latest != null) {
            latest.revokedAt = clock.instant();
        }
        AttendanceCertificate certificate = new AttendanceCertificate();
        certificate.code = newCode();
        certificate.editionId = edition.id();
        certificate.username = username;
        certificate.printedName = caller.displayName();
        certificate.totalSeconds = total;
        certificate.talkCount = talks.size();
        certificate.issuedAt = clock.instant();
        certificate.persist();
        return view(certificate, edition, talks);
    }

    /** The caller's valid certificates, newest first. */
    public List<CertificateView> mine() {
        caller.requireLogin();
        return AttendanceCertificate.<AttendanceCertificate>list("username = ?1 and revokedAt is null order by issuedAt desc",
                caller.username()).stream()
                .map(c -> {
                    EditionRef edition = editions.byId(c.editionId);
                    return view(c, edition, attended(c.username, c.editionId));
                }).toList();
    }

    /**
     * The certificate with this code for its PDF: 401 anonymous, 404 unknown, 403 for anyone but the person it
     * is about, 409 when a newer certificate superseded it.
     */
    public Printable printable(String code) {
        caller.requireLogin();
        AttendanceCertificate certificate = byCode(code);
        if (!certificate.username.equals(caller.username())) {
            throw ProblemException.forbidden("forbidden.certificateOfAnother");
        }
        if (certificate.revokedAt != null) {
            throw ProblemException.conflict("conflict.certificateSuperseded", certificate.code);
        }
        EditionRef edition = editions.byId(certificate.editionId);
        return new Printable(view(certificate, edition, attended(certificate.username, certificate.editionId)),
                config.issuer(), config.signatory(), config.signatoryRole(), config.logo());
    }

    /** What anyone may learn about a certificate: event, name as printed, validity; 404 for an unknown code. */
    public Verification verify(String code) {
        AttendanceCertificate certificate = byCode(code);
        EditionRef edition = editions.byId(certificate.editionId);
        return new Verification(certificate.code, certificate.revokedAt == null, event(edition), certificate.printedName,
                certificate.issuedAt);
    }

    /** Demo data: the user followed the talk live for this long (at most its length), from its start. */
    public void addDemoAttendance(long talkId, String username, String displayName, int seconds) {
        TalkFacts talk = programme.talkFacts(talkId).orElseThrow();
        seconds = (int) Math.min(seconds, Duration.between(talk.startsAt(), talk.endsAt()).toSeconds());
        TalkAttendance attendance = new TalkAttendance();
        attendance.talkId = talkId;
        attendance.editionId = talk.editionId();
        attendance.username = username;
        attendance.displayName = displayName;
        attendance.firstSeenAt = talk.startsAt();
        attendance.lastSeenAt = talk.startsAt().plusSeconds(seconds);
        attendance.attendedSeconds = seconds;
        attendance.persist();
    }

    private List<AttendedTalk> attended(String username, long editionId) {
        long minimum = config.minimumPerTalk().toSeconds();
        List<TalkAttendance> rows = TalkAttendance.list("username = ?1 and editionId = ?2 and attendedSeconds >= ?3",
                username, editionId, (int) minimum);
        Map<Long, TalkFacts> talks = programme.talkFacts(rows.stream().map(a -> a.talkId).toList());
        List<AttendedTalk> result = new ArrayList<>();
        for (TalkAttendance row : rows) {
            TalkFacts talk = talks.get(row.talkId);
            if (talk != null) {
                result.add(new AttendedTalk(talk.id(), talk.title(), talk.stageName(),
                        talk.startsAt().atZone(ProgrammeService.FAIR_ZONE).toOffsetDateTime(),
                        talk.endsAt().atZone(ProgrammeService.FAIR_ZONE).toOffsetDateTime(),
                        Math.max(1, (row.attendedSeconds + 30) / 60)));
            }
        }
        result.sort(Comparator.comparing(AttendedTalk::start));
        return result;
    }

    private CertificateView view(AttendanceCertificate certificate, EditionRef edition, List<AttendedTalk> talks) {
        FairView frame = fair.fair(edition);
        Map<LocalDate, String> dayTitles = new TreeMap<>();
        for (EventDayView day : frame.eventDays()) {
            dayTitles.put(day.date(), day.title());
        }
        List<AttendanceDay> days = talks.stream().map(t -> t.start().toLocalDate()).distinct().sorted()
                .map(date -> new AttendanceDay(date, dayTitles.get(date))).toList();
        String base = site.publicUrl().replaceAll("/$", "");
        return new CertificateView(certificate.code, edition.slug(), event(frame), certificate.printedName, days, talks,
                talks.stream().mapToInt(AttendedTalk::attendedMinutes).sum(), certificate.issuedAt,
                base + "/bescheinigung/" + certificate.code, "/api/certificates/" + certificate.code + "/pdf");
    }

    private String event(EditionRef edition) {
        return event(fair.fair(edition));
    }

    private static String event(FairView frame) {
        return frame.title() + ", " + frame.edition().title();
    }

    private AttendanceCertificate latest(String username, long editionId) {
        return AttendanceCertificate.<AttendanceCertificate>find(
                "username = ?1 and editionId = ?2 and revokedAt is null order by issuedAt desc, id desc", username,
                editionId).firstResult();
    }

    private static AttendanceCertificate byCode(String code) {
        String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return AttendanceCertificate.<AttendanceCertificate>find("code", normal).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.certificate", normal));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
