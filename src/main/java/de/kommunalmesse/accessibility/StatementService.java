package de.kommunalmesse.accessibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.accessibility.AccessibilityViews.NonAccessiblePart;
import de.kommunalmesse.accessibility.AccessibilityViews.Review;
import de.kommunalmesse.accessibility.AccessibilityViews.StatementAdminView;
import de.kommunalmesse.accessibility.AccessibilityViews.StatementTexts;
import de.kommunalmesse.accessibility.AccessibilityViews.StatementUpdate;
import de.kommunalmesse.accessibility.AccessibilityViews.StatementView;
import de.kommunalmesse.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Erklärung zur Barrierefreiheit: admins maintain it in German and English, everyone reads it. */
@ApplicationScoped
@Transactional
public class StatementService {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TypeReference<List<NonAccessiblePart>> PARTS = new TypeReference<>() {
    };

    @Inject
    AccessibilityConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The statement in the reader's language (German unless English is asked for); 404 before it is written. */
    public StatementView published(Locale locale) {
        Statement s = statement().orElseThrow(() -> ProblemException.notFound("notFound.statement"));
        String lang = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "de";
        StatementText t = StatementText.findById(lang);
        return new StatementView(lang, t.bodyName, t.scope, s.compliance, s.standard, parts(t.nonAccessible),
                s.preparedOn, s.method, s.lastReviewedOn, t.contactName, s.contactEmail, s.contactPhone,
                t.enforcementName, t.enforcementText, s.enforcementEmail, s.enforcementUrl, answerDays());
    }

    /** Whether a statement exists yet. */
    public boolean exists() {
        return statement().isPresent();
    }

    /** The statement with both languages and its review state, for the admins; 404 before it is written. */
    public StatementAdminView forAdmin() {
        Statement s = statement().orElseThrow(() -> ProblemException.notFound("notFound.statement"));
        return adminView(s);
    }

    /**
     * Writes the whole statement. With a {@code version}, a statement changed by someone else in the meantime is
     * refused with 409, so that two admins do not overwrite each other.
     */
    public StatementAdminView save(StatementUpdate update, String username) {
        Statement s = statement().orElseGet(() -> {
            Statement created = new Statement();
            created.id = Statement.ID;
            return created;
        });
        if (update.version() != null && s.updatedAt != null && update.version() != s.version) {
            throw ProblemException.conflict("conflict.statementVersion");
        }
        if (update.lastReviewedOn().isBefore(update.preparedOn())) {
            throw ProblemException.badRequest("badRequest.statementReviewBeforePrepared");
        }
        s.compliance = update.compliance();
        s.standard = update.standard().strip();
        s.preparedOn = update.preparedOn();
        s.method = update.method();
        s.lastReviewedOn = update.lastReviewedOn();
        s.contactEmail = update.contactEmail().strip();
        s.contactPhone = blankToNull(update.contactPhone());
        s.enforcementEmail = update.enforcementEmail().strip();
        s.enforcementUrl = update.enforcementUrl().strip();
        s.updatedAt = clock.instant();
        s.updatedBy = username;
        if (!s.isPersistent()) {
            s.persist();
        }
        text("de", update.de());
        text("en", update.en());
        s.flush();
        return adminView(s);
    }

    /** When the yearly review is due; empty before a statement exists. */
    public Optional<Review> review() {
        return statement().map(this::review);
    }

    /** Days within which reports are answered. */
    public long answerDays() {
        return config.feedback().answerPeriod().toDays();
    }

    /** The address that answers come from and that replies to them go to. */
    Optional<String> contactEmail() {
        return statement().map(s -> s.contactEmail);
    }

    /** The enforcement body's name, address and web page in one language, for the answer e-mails. */
    Optional<String[]> enforcement(String lang) {
        return statement().map(s -> {
            StatementText t = StatementText.findById(lang);
            return new String[] { t.enforcementName, s.enforcementEmail, s.enforcementUrl };
        });
    }

    private Review review(Statement s) {
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        LocalDate due = s.lastReviewedOn.plusMonths(config.statement().reviewIntervalMonths());
        return new Review(due, !today.isBefore(due.minusDays(config.statement().reminderDays())), today.isAfter(due));
    }

    private StatementAdminView adminView(Statement s) {
        return new StatementAdminView(s.compliance, s.standard, s.preparedOn, s.method, s.lastReviewedOn, s.contactEmail,
                s.contactPhone, s.enforcementEmail, s.enforcementUrl, texts("de"), texts("en"), review(s), s.updatedAt,
                s.updatedBy, s.version);
    }

    private StatementTexts texts(String lang) {
        StatementText t = StatementText.findById(lang);
        return new StatementTexts(t.bodyName, t.scope, parts(t.nonAccessible), t.contactName, t.enforcementName,
                t.enforcementText);
    }

    private void text(String lang, StatementTexts texts) {
        StatementText t = StatementText.findById(lang);
        if (t == null) {
            t = new StatementText();
            t.lang = lang;
        }
        t.bodyName = texts.bodyName().strip();
        t.scope = texts.scope().strip();
        t.nonAccessible = write(texts.nonAccessible().stream()
                .map(p -> new NonAccessiblePart(p.part().strip(), p.reason().strip(), blankToNull(p.alternative())))
                .toList());
        t.contactName = texts.contactName().strip();
        t.enforcementName = texts.enforcementName().strip();
        t.enforcementText = texts.enforcementText().strip();
        if (!t.isPersistent()) {
            t.persist();
        }
    }

    private static Optional<Statement> statement() {
        return Statement.findByIdOptional(Statement.ID);
    }

    private List<NonAccessiblePart> parts(String stored) {
        try {
            return json.readValue(stored, PARTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored non-accessible parts are not JSON", e);
        }
    }

    private String write(List<NonAccessiblePart> parts) {
        try {
            return json.writeValueAsString(parts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
