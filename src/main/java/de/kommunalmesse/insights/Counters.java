package de.kommunalmesse.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The counters behind every figure of the insights: one row per edition, booth (0: the whole edition), day and
 * hour of the fair's time zone and metric, raised as things happen. Recognising a visitor again on the same day
 * uses a salt of that day, shared by all instances through the database and deleted with the day's hashes when the
 * day is over: a hash cannot be traced back, and visitors cannot be followed from one day to the next.
 */
@ApplicationScoped
@Transactional
public class Counters {

    static final ZoneId FAIR_ZONE = ZoneId.of("Europe/Berlin");
    /** booth_id of the rows that count for the whole edition. */
    static final long EDITION = 0;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private final Map<LocalDate, byte[]> salts = new ConcurrentHashMap<>();

    ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(FAIR_ZONE));
    }

    LocalDate today() {
        return now().toLocalDate();
    }

    /** Adds to a counter of this hour for the booth and for the whole edition. */
    void count(long editionId, long boothId, Metric metric, long amount) {
        ZonedDateTime now = now();
        add(editionId, boothId, now.toLocalDate(), now.getHour(), metric, amount);
        add(editionId, EDITION, now.toLocalDate(), now.getHour(), metric, amount);
    }

    void add(long editionId, long boothId, LocalDate day, int hour, Metric metric, long amount) {
        em.createNativeQuery("INSERT INTO insight_count (edition_id, booth_id, day, hour, metric, amount) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount)")
                .setParameter(1, editionId).setParameter(2, boothId).setParameter(3, day).setParameter(4, hour)
                .setParameter(5, metric.key).setParameter(6, amount).executeUpdate();
    }

    /**
     * Whether this visitor is seen for the first time today in this scope (a booth id, or {@link #EDITION} for the
     * platform); remembers them until the end of the day.
     */
    boolean firstSeenToday(long scope, String visitor) {
        LocalDate day = today();
        byte[] hash = hash(salt(day), scope, visitor);
        return em.createNativeQuery("INSERT IGNORE INTO insight_seen (day, scope, hash) VALUES (?1, ?2, ?3)")
                .setParameter(1, day).setParameter(2, scope).setParameter(3, hash).executeUpdate() == 1;
    }

    /** Forgets the hashes and salts of the days before today; returns the hashes deleted. */
    int forgetPastDays() {
        LocalDate today = today();
        salts.keySet().removeIf(day -> day.isBefore(today));
        int hashes = em.createNativeQuery("DELETE FROM insight_seen WHERE day < ?1").setParameter(1, today).executeUpdate();
        em.createNativeQuery("DELETE FROM insight_salt WHERE day < ?1").setParameter(1, today).executeUpdate();
        return hashes;
    }

    /** Records the viewers of a running talk in this minute; several instances may record the same minute. */
    void sampleTalk(long talkId, int viewers) {
        em.createNativeQuery("INSERT INTO insight_talk_minute (talk_id, minute_at, viewers) VALUES (?1, ?2, ?3) "
                + "ON DUPLICATE KEY UPDATE viewers = GREATEST(viewers, VALUES(viewers))")
                .setParameter(1, talkId)
                .setParameter(2, clock.instant().atZone(ZoneOffset.UTC).toLocalDateTime().withSecond(0).withNano(0))
                .setParameter(3, viewers).executeUpdate();
    }

    /** Stores a talk's viewers in a given minute (demo data). */
    void sampleTalkAt(long talkId, LocalDateTime minuteUtc, int viewers) {
        em.createNativeQuery("INSERT IGNORE INTO insight_talk_minute (talk_id, minute_at, viewers) VALUES (?1, ?2, ?3)")
                .setParameter(1, talkId).setParameter(2, minuteUtc).setParameter(3, viewers).executeUpdate();
    }

    private byte[] salt(LocalDate day) {
        return salts.computeIfAbsent(day, d -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            em.createNativeQuery("INSERT IGNORE INTO insight_salt (day, salt) VALUES (?1, ?2)").setParameter(1, d)
                    .setParameter(2, fresh).executeUpdate();
            @SuppressWarnings("unchecked")
            List<byte[]> stored = em.createNativeQuery("SELECT salt FROM insight_salt WHERE day = ?1").setParameter(1, d)
                    .getResultList();
            return stored.get(0);
        });
    }

    private static byte[] hash(byte[] salt, long scope, String visitor) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(scope).array());
            digest.update(visitor.getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
