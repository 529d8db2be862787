package de.kommunalmesse.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.common.ConsentPurpose;
import de.kommunalmesse.common.Consents;
import de.kommunalmesse.common.Consents.ConsentView;
import de.kommunalmesse.common.PageView;
import de.kommunalmesse.common.PersonalData;
import de.kommunalmesse.common.PersonalData.Person;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.identity.CurrentUser;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.common.KeycloakAccounts;
import de.kommunalmesse.common.KeycloakAccounts.Account;
import de.kommunalmesse.common.KeycloakAccounts.Outcome;
import de.kommunalmesse.privacy.PrivacyViews.ConsentText;
import de.kommunalmesse.privacy.PrivacyViews.ControllerView;
import de.kommunalmesse.privacy.PrivacyViews.ErasureView;
import de.kommunalmesse.privacy.PrivacyViews.NewConsent;
import de.kommunalmesse.privacy.PrivacyViews.PersonalDataExport;
import de.kommunalmesse.privacy.PrivacyViews.PolicyView;
import de.kommunalmesse.privacy.PrivacyViews.RetentionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * DSGVO self-service (docs/privacy.md): the export "Meine Daten" (Art. 15, 20), the erasure of an account
 * (Art. 17) by the user or by an admin on request, consents (Art. 7) and what the Datenschutzerklärung
 * states. Only the user themself exports their data or deletes their account; admins erase by request,
 * with a reason, and every erasure is logged under the pseudonym, never the name.
 */
@ApplicationScoped
public class PrivacyService {

    private static final Logger LOG = Logger.getLogger(PrivacyService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BY_SELF = "selbst";
    private static final String BY_ADMIN = "admin";

    @Inject
    Instance<PersonalData> contributors;

    @Inject
    Caller caller;

    @Inject
    Consents consents;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    PrivacyConfig config;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Everything the platform holds about the caller, from every feature, in one read. */
    @Transactional
    public PersonalDataExport export() {
        Person person = callerAsPerson();
        Map<String, Map<String, List<Map<String, Object>>>> areas = new TreeMap<>();
        for (PersonalData contributor : contributors) {
            areas.put(contributor.area(), contributor.export(person));
        }
        CurrentUser profile = new CurrentUser(person.username(), person.name().orElse(null), person.email().orElse(null),
                caller.organisation().orElse(null), Role.ALL.stream().filter(caller::hasRole).toList());
        return new PersonalDataExport(clock.instant(), profile, areas);
    }

    /**
     * Deletes the caller's account: their data here, then their Keycloak account, in one transaction (if
     * Keycloak refuses, nothing is deleted). The confirmation must be their username.
     */
    @Transactional
    public ErasureView eraseOwnAccount(String confirmation) {
        String username = caller.username();
        if (!username.equalsIgnoreCase(confirmation.strip())) {
            throw ProblemException.badRequest("badRequest.erasureConfirmation");
        }
        Person person = callerAsPerson();
        Optional<String> keycloakId = caller.claim("sub");
        return erase(person, () -> keycloakId.or(() -> keycloak.find(username).map(Account::id)), BY_SELF, null, null);
    }

    /** An admin erases an account on the user's request, with the reason; refused (403) for everyone else. */
    @Transactional
    public ErasureView eraseOnRequest(String username, String reason) {
        requireAdmin();
        String name = username.strip().toLowerCase(Locale.ROOT);
        Optional<Account> account = keycloak.find(name);
        Person person = new Person(name, account.flatMap(Account::name), account.flatMap(Account::email));
        return erase(person, () -> account.map(Account::id), BY_ADMIN, caller.username(), reason.strip());
    }

    /** The erasure log, newest first (admins). */
    @Transactional
    public PageView<ErasureView> erasures(int page, int size) {
        requireAdmin();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM account_erasure").getSingleResult()).longValue();
        List<ErasureView> items = PersonalData.rows(em, "SELECT id, pseudonym, requested_by, admin, reason, summary,"
                + " keycloak, erased_at FROM account_erasure ORDER BY erased_at DESC, id DESC LIMIT ?1 OFFSET ?2",
                size, (long) page * size).stream().map(this::erasureView).toList();
        return PageView.of(items, page, size, total);
    }

    /** The caller's consents, withdrawn ones included. */
    @Transactional
    public List<ConsentView> myConsents() {
        return consents.of(caller.username());
    }

    @Transactional
    public ConsentView giveConsent(NewConsent consent) {
        return consents.give(caller.username(), consent.purpose(), consent.subject(), consent.textVersion());
    }

    @Transactional
    public ConsentView withdrawConsent(long id) {
        return consents.withdraw(caller.username(), id);
    }

    /** What the Datenschutzerklärung states: from the same settings the retention job works with. */
    public PolicyView policy() {
        PrivacyConfig.Controller c = config.controller();
        PrivacyConfig.Retention r = config.retention();
        return new PolicyView(
                new ControllerView(c.name(), c.address(), c.email(), c.dataProtectionOfficer(), c.supervisoryAuthority()),
                new RetentionView(r.contactRequests().toDays(), r.conversations().toDays(), r.accessibilityReports().toDays(),
                        r.statistics().toDays(), Math.max(1, r.interval().toHours()), r.enabled()),
                Arrays.stream(ConsentPurpose.values()).map(p -> new ConsentText(p, p.textVersion())).toList());
    }

    private ErasureView erase(Person person, Supplier<Optional<String>> accountId, String requestedBy, String admin, String reason) {
        String pseudonym = "geloescht-" + HexFormat.of().formatHex(randomBytes());
        Map<String, Integer> summary = new TreeMap<>();
        for (PersonalData contributor : contributors) {
            contributor.erase(person, pseudonym).forEach((table, rows) -> PersonalData.count(summary, table, rows));
        }
        // The log of erasures is kept too: an admin who is erased stays in it only as the pseudonym
        PersonalData.count(summary, "account_erasure", PersonalData.update(em,
                "UPDATE account_erasure SET admin = ?2 WHERE admin = ?1", person.username(), pseudonym));
        // Last, so that a refusal by Keycloak rolls back everything above
        Outcome outcome = accountId.get().map(keycloak::delete).orElse(Outcome.NOT_FOUND);
        Instant now = clock.instant();
        // The reason an admin gives must not bring back what the erasure removed (the address first: it holds the username)
        String keptReason = reason;
        if (keptReason != null && person.email().isPresent()) {
            keptReason = keptReason.replace(person.email().get(), pseudonym);
        }
        if (keptReason != null && person.name().isPresent()) {
            keptReason = keptReason.replace(person.name().get(), PersonalData.DELETED_NAME);
        }
        if (keptReason != null) {
            keptReason = keptReason.replace(person.username(), pseudonym);
        }
        PersonalData.update(em, "INSERT INTO account_erasure (pseudonym, requested_by, admin, reason, summary, keycloak,"
                + " erased_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", pseudonym, requestedBy, admin, keptReason,
                write(summary), outcome.code(), now);
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        LOG.infof("Account erased (%s) as %s: %s, Keycloak %s", requestedBy, pseudonym, summary, outcome.code());
        return new ErasureView(id, pseudonym, requestedBy, admin, keptReason, summary, outcome.code(), now);
    }

    private Person callerAsPerson() {
        return new Person(caller.username(), caller.claim("name"), caller.email());
    }

    private void requireAdmin() {
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden("forbidden.accountErasure");
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private String write(Map<String, Integer> summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ErasureView erasureView(Map<String, Object> row) {
        Map<String, Integer> summary;
        try {
            summary = json.readValue((String) row.get("summary"), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new ErasureView(((Number) row.get("id")).longValue(), (String) row.get("pseudonym"),
                (String) row.get("requested_by"), (String) row.get("admin"), (String) row.get("reason"), summary,
                (String) row.get("keycloak"), (Instant) row.get("erased_at"));
    }
}
