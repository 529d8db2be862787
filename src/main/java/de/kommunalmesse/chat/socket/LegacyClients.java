package de.kommunalmesse.chat.socket;

import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.fair.EditionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Clients of protocol version 1 (before editions) name booth and stage channels without the edition. For them
 * those names mean the edition that is current when the connection first needs one; the session rewrites the
 * names both ways (see {@link ChatSession#qualify} and the frames it sends).
 */
@ApplicationScoped
class LegacyClients {

    @Inject
    EditionService editions;

    /** Settles the edition of a version-1 connection; on a worker thread (it may read the database). */
    void prepare(ChatSession session) {
        if (session.legacy() && session.legacyEdition() == null) {
            editions.currentIfAny().ifPresent(edition -> session.legacyEdition(edition.slug()));
        }
    }
}
