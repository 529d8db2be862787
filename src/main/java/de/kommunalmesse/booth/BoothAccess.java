package de.kommunalmesse.booth;

import de.kommunalmesse.common.AdminCheck;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The hall's authorization rules in one place: admins may do everything; staff of an exhibitor may read that
 * exhibitor's booths' working copies, inbox, statistics and audit log, and its leads (not staff with the role
 * "staff") change the booths' content; everyone else may only read
 * published booths. Who the caller is comes from {@link Caller}.
 */
@ApplicationScoped
public class BoothAccess {

    @Inject
    Caller caller;

    @Inject
    HallSettings settings;

    public boolean isAdmin() {
        return caller.isAdmin();
    }

    /** Whether the current user may edit this booth. */
    public boolean mayEdit(Booth booth) {
        return caller.loggedIn() && (isAdmin() || staffs(booth.exhibitor));
    }

    /** Staff entries are Keycloak usernames or e-mail addresses (matched against the token's e-mail). */
    public boolean staffs(Exhibitor exhibitor) {
        return exhibitor.staff.contains(caller.username()) || caller.email().map(exhibitor.staff::contains).orElse(false);
    }

    /** Whether the current user leads the exhibitor's team (Standleitung): staff with the role "staff" do not. */
    public boolean leads(Exhibitor exhibitor) {
        String username = caller.username();
        return exhibitor.staff.contains(username) && !exhibitor.plainStaff.contains(username)
                || caller.email().map(email -> exhibitor.staff.contains(email) && !exhibitor.plainStaff.contains(email))
                        .orElse(false);
    }

    /**
     * The booth with this slug in the edition if the current user may change its content: admins and the exhibitor's
     * leads; staff with the role "staff" get a 403 that says so.
     */
    public Booth requireContentEditor(EditionRef edition, String slug) {
        Booth booth = requireEditor(edition, slug);
        if (!isAdmin() && !leads(booth.exhibitor)) {
            throw ProblemException.forbidden("forbidden.notLead", booth.exhibitor.name);
        }
        return booth;
    }

    /** Whether the current user may change content now: archive mode can close editing for all but admins. */
    public boolean editingOpen() {
        return isAdmin() || settings.editingEnabled();
    }

    /** 403 while archive mode keeps the current user from editing. */
    public void requireEditingOpen() {
        if (!editingOpen()) {
            throw ProblemException.forbidden("forbidden.archive");
        }
    }

    /** 403 while archive mode or an archived edition keeps the current user from editing the edition's booths. */
    public void requireEditingOpen(EditionRef edition) {
        requireEditingOpen();
        if (edition.archived() && !isAdmin()) {
            throw ProblemException.forbidden("forbidden.editionArchived", edition.slug());
        }
    }

    /** The booth with this slug in the edition, whatever its status, if the current user may edit it. */
    public Booth requireEditor(EditionRef edition, String slug) {
        Booth booth = Booth.<Booth>find("editionId = ?1 and slug = ?2", edition.id(), slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.boothAny", slug));
        caller.requireLogin();
        if (!mayEdit(booth)) {
            throw ProblemException.forbidden("forbidden.notStaff", slug);
        }
        return booth;
    }

    /**
     * The booth a stored file (material, video, captions) belongs to, when the current user may read the file: the
     * address names the booth's slug, and the published booth shows the file or the user edits the booth. Everyone
     * else gets the same 404 as for an unknown file, so that files of drafts do not show that they exist. File ids
     * are unique across editions: the address needs no edition, and links in old pages keep working.
     *
     * @param shows whether the booth, once published, shows this file
     */
    void requireFileReader(long boothId, String slug, Predicate<Booth> shows, Supplier<ProblemException> notFound) {
        Booth booth = Booth.<Booth>findByIdOptional(boothId).filter(b -> b.slug.equals(slug)).orElseThrow(notFound);
        if (!(booth.status == BoothStatus.PUBLISHED && shows.test(booth)) && !mayEdit(booth)) {
            throw notFound.get();
        }
    }

    public void requireAdmin() {
        AdminCheck.require(caller);
    }
}
