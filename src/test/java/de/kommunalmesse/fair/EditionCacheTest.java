package de.kommunalmesse.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.fair.EditionViews.NewEdition;
import de.kommunalmesse.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editions in memory (common/CacheVersions) follow committed changes only. */
@QuarkusTest
class EditionCacheTest {

    @Inject
    TestData data;

    @Inject
    EditionService editions;

    private static NewEdition edition(String slug, int year) {
        return new NewEdition(slug, "Ausgabe " + slug, LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 2), null, null,
                false, List.of());
    }

    @Test
    void editionOfARolledBackTransactionIsForgottenAlsoAfterALaterChange() {
        data.series("cache-" + data.unique());
        String rolledBack = "weg-" + data.unique();
        QuarkusTransaction.begin();
        try {
            editions.create(edition(rolledBack, 2101));
            // Read inside the transaction: the copy in memory now holds the edition that will not exist
            assertTrue(editions.bySlug(rolledBack).isPresent());
        } finally {
            QuarkusTransaction.rollback();
        }
        // The next committed change, before anyone read again, must not be taken for the rolled-back one (as a
        // counter's next value would be): the copy read inside the rolled-back transaction is not current
        String kept = "bleibt-" + data.unique();
        editions.create(edition(kept, 2102));
        assertTrue(editions.bySlug(rolledBack).isEmpty(), "the rolled-back edition is gone");
        assertEquals(kept, editions.bySlug(kept).orElseThrow().slug());
    }
}
