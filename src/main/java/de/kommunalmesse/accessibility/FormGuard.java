package de.kommunalmesse.accessibility;

import de.kommunalmesse.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps spam out of the public form without a third-party captcha: a token signed by the server when the form
 * is opened (it must come back, not too soon and not too late), a honeypot field that people leave empty, and
 * a rate limit per client address that all instances share through the database.
 */
@ApplicationScoped
public class FormGuard {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    AccessibilityConfig config;

    @Inject
    Clock clock;

    private volatile byte[] key;

    /** A new token: the time the form was opened and a nonce, signed with the shared key. */
    @Transactional
    public String issue() {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String payload = clock.millis() + "." + B64.encodeToString(nonce);
        return payload + "." + sign(payload);
    }

    /** The shortest time between opening the form and sending it. */
    public long minFillSeconds() {
        return config.feedback().minFillTime().toSeconds();
    }

    /**
     * Refuses a report whose token is forged, too old or came back faster than a person fills in the form, or
     * whose honeypot field is filled. The form keeps its input either way: the reporter can send it again.
     */
    @Transactional
    public void check(String token, String honeypot) {
        if (honeypot != null && !honeypot.isEmpty()) {
            throw ProblemException.badRequest("badRequest.reportHoneypot");
        }
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !MessageDigest.isEqual(sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw ProblemException.badRequest("badRequest.reportToken");
        }
        Instant opened;
        try {
            opened = Instant.ofEpochMilli(Long.parseLong(parts[0]));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("badRequest.reportToken");
        }
        Duration age = Duration.between(opened, clock.instant());
        if (age.compareTo(config.feedback().minFillTime()) < 0) {
            throw ProblemException.badRequest("badRequest.reportTooFast", config.feedback().minFillTime().toSeconds());
        }
        if (age.compareTo(config.feedback().tokenMaxAge()) > 0) {
            throw ProblemException.badRequest("badRequest.reportToken");
        }
    }

    /**
     * Counts one attempt of this client in the current window, atomically in the database so that every
     * instance behind the load balancer sees the same count; 429 when over the limit. Only a keyed hash of the
     * address is stored, and only for two windows.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = RateLimited.class)
    public void count(String clientAddress) {
        Duration window = config.feedback().rateWindow();
        long now = clock.millis();
        long windowMillis = window.toMillis();
        Instant start = Instant.ofEpochMilli(now - now % windowMillis);
        String client = hash(clientAddress == null ? "unknown" : clientAddress);
        em.createNativeQuery("INSERT INTO accessibility_rate_window (client_hash, window_start, hits) VALUES (?1, ?2, 1) "
                + "ON DUPLICATE KEY UPDATE hits = hits + 1")
                .setParameter(1, client).setParameter(2, Timestamp.from(start)).executeUpdate();
        Number hits = (Number) em.createNativeQuery(
                "SELECT hits FROM accessibility_rate_window WHERE client_hash = ?1 AND window_start = ?2")
                .setParameter(1, client).setParameter(2, Timestamp.from(start)).getSingleResult();
        em.createNativeQuery("DELETE FROM accessibility_rate_window WHERE window_start < ?1")
                .setParameter(1, Timestamp.from(start.minus(window))).executeUpdate();
        if (hits.intValue() > config.feedback().rateLimit()) {
            long retryAfter = Math.max(1, (start.toEpochMilli() + windowMillis - now + 999) / 1000);
            throw new RateLimited(retryAfter);
        }
    }

    /** Too many reports from one client in the current window. */
    public static class RateLimited extends RuntimeException {

        private final long retryAfterSeconds;

        RateLimited(long retryAfterSeconds) {
            super("rate limited");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private String sign(String payload) {
        return B64.encodeToString(mac(payload));
    }

    private String hash(String clientAddress) {
        return HexFormat.of().formatHex(mac("client:" + clientAddress));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared key: made once by whichever instance asks first, then read by all. */
    private byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        em.createNativeQuery("INSERT IGNORE INTO accessibility_form_key (id, secret) VALUES (1, ?1)")
                .setParameter(1, fresh).executeUpdate();
        known = (byte[]) em.createNativeQuery("SELECT secret FROM accessibility_form_key WHERE id = 1").getSingleResult();
        key = known;
        return known;
    }
}
