package de.kommunalmesse.chat;

import de.kommunalmesse.booth.BoothStatus;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.testsupport.TestData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Booths, stages and event days for chat tests, each under a name unique to the test. */
@ApplicationScoped
public class ChatTestData {

    private static final AtomicInteger DAYS = new AtomicInteger();

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    /** A published booth of a new exhibitor with these staff members; returns the booth slug. */
    public String booth(String... staff) {
        String term = data.unique();
        String exhibitor = data.exhibitor("aus-" + term, "soest", staff);
        return data.booth("stand-" + term, exhibitor, "Stand " + term, List.of("bauen-wohnen"), null,
                BoothStatus.PUBLISHED);
    }

    /** A booth named as the server names it inside, {@code <edition>/<slug>} (the current edition). */
    public String boothKey(String slug) {
        return data.currentEdition().qualify(slug);
    }

    /**
     * A stage of the current edition (where the booths of {@link #booth} stand, so that a version-1 client, which
     * names channels without their edition, reaches both); returns its key.
     */
    public String stage() {
        String term = data.unique();
        programme.createStage(data.currentEdition().id(), new NewStage("buehne-" + term, "Bühne " + term));
        return "buehne-" + term;
    }

    /** An event day of the current edition, on a date of its own; returns its id. */
    public long eventDay() {
        return data.eventDay(data.currentEdition().id(), LocalDate.of(2032, 1, 1).plusDays(DAYS.incrementAndGet()),
                "paderborn");
    }
}
