package de.kommunalmesse.testsupport;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.booth.BoothStatus;
import de.kommunalmesse.booth.BoothViews.NewBooth;
import de.kommunalmesse.booth.BoothViews.NewExhibitor;
import de.kommunalmesse.booth.OrganisationType;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.NewEventDay;
import de.kommunalmesse.fair.FairViews.NewSeries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Arranges the data a test needs, under names unique to the test run. */
@ApplicationScoped
public class TestData {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Inject
    FairService fair;

    @Inject
    BoothService booths;

    /** A unique lowercase token such as {@code t17x4821}, usable in slugs and as a search term. */
    public String unique() {
        return "t" + COUNTER.incrementAndGet() + "x" + (System.nanoTime() % 10_000);
    }

    public long series(String slug) {
        return fair.createSeries(new NewSeries(slug, "Testmesse " + slug, "Untertitel", "Beschreibung", "Veranstalter"));
    }

    public long eventDay(long seriesId, LocalDate date, String region) {
        return fair.createEventDay(seriesId, new NewEventDay(date, region, "Tag " + date, "Beschreibung"));
    }

    public String exhibitor(String slug, String region, String... staff) {
        booths.createExhibitor(new NewExhibitor(slug, "Aussteller " + slug, OrganisationType.KOMMUNE, region, null,
                List.of(staff)));
        return slug;
    }

    public String booth(String slug, String exhibitor, String name, List<String> topicFields, Long eventDayId,
            BoothStatus status) {
        booths.createBooth(new NewBooth(slug, exhibitor, name, "Kurzbeschreibung " + name, "Beschreibung " + name,
                topicFields, eventDayId, false, "medium", List.of("Test"), status));
        return slug;
    }
}
