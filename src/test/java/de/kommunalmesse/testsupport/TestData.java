package de.kommunalmesse.testsupport;

import de.kommunalmesse.booth.BoothContent;
import de.kommunalmesse.booth.BoothContent.Service;
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

    /** A published booth of a new exhibitor that {@code aussteller-soest} staffs; returns the booth slug. */
    public String ownBooth() {
        String term = unique();
        String exhibitor = exhibitor("eigen-" + term, "soest", "aussteller-soest");
        return booth("eigen-" + term, exhibitor, "Eigener Stand " + term, List.of("bauen-wohnen"), null, BoothStatus.PUBLISHED);
    }

    /** A published booth of a new exhibitor without staff. */
    public String foreignBooth() {
        String term = unique();
        String exhibitor = exhibitor("fremd-" + term, "aachen");
        return booth("fremd-" + term, exhibitor, "Fremder Stand " + term, List.of("bildung"), null, BoothStatus.PUBLISHED);
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
        booths.createBooth(new NewBooth(slug, exhibitor, content(name, topicFields, eventDayId, List.of()), false,
                "medium", status));
        return slug;
    }

    /** A booth with these reusable services. */
    public String booth(String slug, String exhibitor, String name, List<String> topicFields, List<Service> services) {
        booths.createBooth(new NewBooth(slug, exhibitor, content(name, topicFields, null, services), false, "medium",
                BoothStatus.PUBLISHED));
        return slug;
    }

    public static BoothContent content(String name, List<String> topicFields, Long eventDayId, List<Service> services) {
        return new BoothContent(name, "Kurzbeschreibung " + name, "Beschreibung " + name, topicFields, eventDayId,
                List.of("Test"), List.of(new BoothContent.Link("Projektseite", "https://www.example.org/" + name.hashCode())),
                null, null, services, List.of(new BoothContent.Expert("Erika Beispiel", "Projektleitung",
                        "erika.beispiel@example.org", "0000 123456")), List.of());
    }
}
