package de.kommunalmesse.booth;

import de.kommunalmesse.booth.EditorViews.AuditView;
import de.kommunalmesse.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The audit log of booths: who changed what, when. Written in the same transaction as the change. */
@ApplicationScoped
@Transactional
public class BoothAudit {

    @Inject
    Caller caller;

    void log(long boothId, String action, String detail) {
        BoothAuditEntry entry = new BoothAuditEntry();
        entry.boothId = boothId;
        entry.actor = caller.usernameIfLoggedIn().orElse("system");
        entry.actorName = caller.loggedIn() ? caller.displayName() : null;
        entry.action = action;
        entry.detail = detail;
        entry.at = Instant.now();
        entry.persist();
    }

    List<AuditView> entries(long boothId) {
        return BoothAuditEntry.<BoothAuditEntry>list("boothId = ?1 order by at desc, id desc", boothId).stream()
                .map(e -> new AuditView(e.actor, Objects.requireNonNullElse(e.actorName, e.actor), e.action, e.detail, e.at)).toList();
    }
}
