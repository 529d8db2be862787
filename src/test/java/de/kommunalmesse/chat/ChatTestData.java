package de.kommunalmesse.chat;

import de.kommunalmesse.booth.BoothStatus;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.testsupport.TestData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Booths, stages and event days for chat tests, each under a name unique to the test. */
@ApplicationScoped
public class ChatTestData {

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

    /** A stage of a new series; returns its key. */
    public String stage() {
        String term = data.unique();
        long series = data.series("serie-" + term);
        programme.createStage(series, new NewStage("buehne-" + term, "Bühne " + term));
        return "buehne-" + term;
    }

    /** An event day of a new series; returns its id. */
    public long eventDay() {
        String term = data.unique();
        long series = data.series("serie-" + term);
        return data.eventDay(series, LocalDate.of(2032, 5, 5), "paderborn");
    }
}
