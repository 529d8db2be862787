package de.kommunalmesse.stage;

import de.kommunalmesse.fair.EditionService;
import java.util.Optional;

/** Stages named across editions by {@code <edition>/<key>}, as the chat's stage channels name them. */
final class StageKeys {

    private StageKeys() {
    }

    /** The stage with this qualified key; empty for an unknown edition or key, or a key without edition. */
    static Optional<Stage> find(EditionService editions, String qualifiedKey) {
        int slash = qualifiedKey == null ? -1 : qualifiedKey.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        return editions.bySlug(qualifiedKey.substring(0, slash))
                .flatMap(edition -> Stage.<Stage>find("editionId = ?1 and key = ?2", edition.id(),
                        qualifiedKey.substring(slash + 1)).firstResultOptional());
    }
}
