package de.kommunalmesse.booth;

import de.kommunalmesse.booth.EditorViews.AuditView;
import de.kommunalmesse.booth.StaffViews.BoothState;
import de.kommunalmesse.booth.StaffViews.ExhibitorOverview;
import de.kommunalmesse.booth.StaffViews.StaffInvited;
import de.kommunalmesse.booth.StaffViews.StaffMember;
import de.kommunalmesse.common.MailDelivery;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.common.KeycloakAccounts;
import de.kommunalmesse.common.KeycloakAccounts.Account;
import de.kommunalmesse.common.KeycloakAccounts.Invited;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The admins' work on exhibitors' staff: the list of all exhibitors with their booths and staff, invitations by e-mail
 * that create or link the Keycloak account, removals, and the audit log of all of it. An invitation talks to Keycloak
 * outside any transaction and then adds the account in one; the mail leaves after that commit.
 */
@ApplicationScoped
public class ExhibitorStaff {

    private static final Logger LOG = Logger.getLogger(ExhibitorStaff.class);

    @Inject
    BoothAccess access;

    @Inject
    Caller caller;

    @Inject
    KeycloakAccounts accounts;

    @Inject
    FairService fair;

    @Inject
    SiteConfig site;

    @Inject
    ContactRequests.MailConfig mail;

    @Inject
    MailDelivery mailer;

    @Inject
    Event<InvitationMail> invitationMail;

    /** Every exhibitor with its booths in the edition and its staff; {@code query} matches name, slug or staff. */
    @Transactional
    public List<ExhibitorOverview> list(Optional<EditionRef> edition, String query) {
        access.requireAdmin();
        String term = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Booth> all = edition.map(e -> Booth.<Booth>list("editionId = ?1 order by name", e.id())).orElse(List.of());
        Map<Long, List<Booth>> booths = all.stream().collect(Collectors.groupingBy(b -> b.exhibitor.id));
        Map<Long, DraftState> drafts = drafts(all);
        Map<String, RegionView> regions = fair.regions();
        return Exhibitor.<Exhibitor>listAll().stream()
                .filter(e -> term.isEmpty() || e.name.toLowerCase(Locale.ROOT).contains(term) || e.slug.contains(term)
                        || e.staff.stream().anyMatch(s -> s.contains(term)))
                .sorted(Comparator.comparing((Exhibitor e) -> e.name.toLowerCase(Locale.ROOT)))
                .map(e -> overview(e, booths.getOrDefault(e.id, List.of()), drafts, regions)).toList();
    }

    /**
     * Invites the person with this e-mail address to the exhibitor's staff: links their Keycloak account if there is
     * one, else creates it with a one-time password; adds it to the staff, logs it and mails the invitation. 409 when
     * they are staff already (nothing is created or sent then); 503 when Keycloak, or for a new account the mail, is
     * out of reach.
     */
    public StaffInvited invite(Optional<EditionRef> edition, String slug, String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        String exhibitorName = QuarkusTransaction.requiringNew().call(() -> {
            Exhibitor exhibitor = requireExhibitor(slug);
            requireNotStaff(exhibitor, address);
            return exhibitor.name;
        });
        Optional<Account> existing = accounts.findByEmail(address);
        Account member;
        String oneTimePassword;
        if (existing.isPresent()) {
            member = existing.get();
            oneTimePassword = null;
            QuarkusTransaction.requiringNew().run(() -> requireNotStaff(requireExhibitor(slug), member.username()));
        } else {
            if (!mail.enabled()) {
                throw new ProblemException(503, "unavailable.invitationMail", null);
            }
            Invited invited = accounts.createInvited(address, exhibitorName);
            member = invited.account();
            oneTimePassword = invited.oneTimePassword();
        }
        // The realm role opens "Mein Stand" and the editions in preparation to them, as to every exhibitor
        accounts.grantRealmRole(member.id(), Role.EXHIBITOR);
        return QuarkusTransaction.requiringNew().call(() -> {
            Exhibitor exhibitor = requireExhibitor(slug);
            requireNotStaff(exhibitor, member.username());
            exhibitor.staff.add(member.username());
            log(exhibitor.id, oneTimePassword == null ? "staff.link" : "staff.invite", address);
            if (mail.enabled()) {
                invitationMail.fire(new InvitationMail(invitation(address, exhibitorName, oneTimePassword)));
            }
            return new StaffInvited(member.username(), oneTimePassword != null, overview(edition, exhibitor));
        });
    }

    /** Removes an entry from the exhibitor's staff; 404 when it is not there. */
    @Transactional
    public ExhibitorOverview remove(Optional<EditionRef> edition, String slug, String member) {
        access.requireAdmin();
        Exhibitor exhibitor = requireExhibitor(slug);
        String entry = member.strip().toLowerCase(Locale.ROOT);
        if (!exhibitor.staff.remove(entry)) {
            throw ProblemException.notFound("notFound.staffMember", entry, exhibitor.name);
        }
        exhibitor.plainStaff.remove(entry);
        log(exhibitor.id, "staff.remove", entry);
        if (Exhibitor.count("?1 member of staff", entry) == 0) {
            revokeExhibitorRole(entry);
        }
        return overview(edition, exhibitor);
    }

    /**
     * Takes the realm role {@code exhibitor} from someone who left their last team. Keycloak out of reach does not undo
     * the removal: the role then stays until an admin takes it in Keycloak, and the log says so.
     */
    private void revokeExhibitorRole(String username) {
        try {
            accounts.find(username).ifPresent(account -> accounts.revokeRealmRole(account.id(), Role.EXHIBITOR));
        } catch (ProblemException e) {
            LOG.warnf("%s left the last booth team, but Keycloak could not take the realm role %s: remove it there",
                    username, Role.EXHIBITOR);
        }
    }

    /**
     * Gives a staff member the role {@code lead} (edits the booths) or {@code staff} (chat and conversations only);
     * logged when it changes. 404 when they are not on the staff.
     */
    @Transactional
    public ExhibitorOverview changeRole(Optional<EditionRef> edition, String slug, String member, StaffRole role) {
        Exhibitor exhibitor = requireExhibitor(slug);
        String entry = member.strip().toLowerCase(Locale.ROOT);
        if (!exhibitor.staff.contains(entry)) {
            throw ProblemException.notFound("notFound.staffMember", entry, exhibitor.name);
        }
        if (exhibitor.roleOf(entry) != role) {
            if (role == StaffRole.STAFF) {
                exhibitor.plainStaff.add(entry);
            } else {
                exhibitor.plainStaff.remove(entry);
            }
            // The member alone in the detail, as in every staff entry of the log: an erasure finds and pseudonymises it
            log(exhibitor.id, "staff.role." + role.value(), entry);
        }
        return overview(edition, exhibitor);
    }

    /** The exhibitor's audit log, newest first. */
    @Transactional
    public List<AuditView> audit(String slug) {
        access.requireAdmin();
        Exhibitor exhibitor = requireExhibitor(slug);
        return ExhibitorAuditEntry.<ExhibitorAuditEntry>list("exhibitorId = ?1 order by at desc, id desc", exhibitor.id)
                .stream().map(e -> new AuditView(e.actor, Objects.requireNonNullElse(e.actorName, e.actor), e.action,
                        e.detail, e.at)).toList();
    }

    private Exhibitor requireExhibitor(String slug) {
        access.requireAdmin();
        return Exhibitor.<Exhibitor>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.exhibitor", slug));
    }

    private static void requireNotStaff(Exhibitor exhibitor, String member) {
        if (exhibitor.staff.contains(member)) {
            throw ProblemException.conflict("conflict.alreadyStaff", member, exhibitor.name);
        }
    }

    /** Records what the admin did to the exhibitor, in the caller's transaction. */
    void log(long exhibitorId, String action, String detail) {
        ExhibitorAuditEntry entry = new ExhibitorAuditEntry();
        entry.exhibitorId = exhibitorId;
        entry.actor = caller.username();
        entry.actorName = caller.displayName();
        entry.action = action;
        entry.detail = detail;
        entry.at = Instant.now();
        entry.persist();
    }

    private ExhibitorOverview overview(Optional<EditionRef> edition, Exhibitor exhibitor) {
        List<Booth> booths = edition.map(e -> Booth.<Booth>list("editionId = ?1 and exhibitor = ?2 order by name", e.id(),
                exhibitor)).orElse(List.of());
        return overview(exhibitor, booths, drafts(booths), fair.regions());
    }

    private static Map<Long, DraftState> drafts(List<Booth> booths) {
        if (booths.isEmpty()) {
            return Map.of();
        }
        return BoothDraft.<BoothDraft>list("boothId in ?1", booths.stream().map(b -> b.id).toList()).stream()
                .collect(Collectors.toMap(d -> d.boothId, d -> d.state));
    }

    private static ExhibitorOverview overview(Exhibitor exhibitor, List<Booth> booths, Map<Long, DraftState> drafts,
            Map<String, RegionView> regions) {
        return new ExhibitorOverview(exhibitor.slug, exhibitor.name, exhibitor.type,
                exhibitor.regionCode == null ? null : regions.get(exhibitor.regionCode),
                exhibitor.staff.stream().sorted().toList(),
                booths.stream().map(b -> new BoothState(b.slug, b.name, b.status, drafts.get(b.id))).toList(),
                exhibitor.staff.stream().sorted().map(member -> new StaffMember(member, exhibitor.roleOf(member))).toList());
    }

    /**
     * The invitation, in German and English (the invitee has chosen no language yet): who invited them to which
     * exhibitor, where to log in, and for a new account the username and the one-time password Keycloak makes them
     * replace at the first login.
     */
    private Mail invitation(String address, String exhibitorName, String oneTimePassword) {
        String login = site.publicUrl() + "/mein-stand";
        String inviter = caller.displayName();
        String german = "Guten Tag,\n\n" + inviter + " hat Sie in das Standteam von „" + exhibitorName
                + "“ auf der Kommunalmesse eingeladen. Als Standteam bearbeiten Sie die Messestände und antworten im Standchat.\n\n"
                + "Anmelden: " + login + "\n"
                + (oneTimePassword == null ? "Melden Sie sich mit Ihrem bestehenden Konto an.\n"
                        : "Benutzername: " + address + "\nEinmalpasswort: " + oneTimePassword
                                + "\nBeim ersten Anmelden legen Sie ein eigenes Passwort fest.\n");
        String english = "Hello,\n\n" + inviter + " invited you to the booth team of \"" + exhibitorName
                + "\" at Kommunalmesse. As a booth team you edit the booths and answer in the booth chat.\n\n"
                + "Log in: " + login + "\n"
                + (oneTimePassword == null ? "Log in with your existing account.\n"
                        : "Username: " + address + "\nOne-time password: " + oneTimePassword
                                + "\nAt the first login you choose a password of your own.\n");
        return Mail.withText(address, "Einladung in das Standteam von „" + exhibitorName + "“ / Invitation to a booth team",
                german + "\n---\n\n" + english);
    }

    record InvitationMail(Mail mail) {
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationMail notice) {
        // The staff entry stands whatever the mail server says; a lost mail is logged, and the admin may remove and
        // invite again.
        mailer.send(notice.mail()).subscribe().with(ok -> {
        }, failure -> LOG.warnf(failure, "The invitation mail to %s could not be sent", notice.mail().getTo()));
    }
}
