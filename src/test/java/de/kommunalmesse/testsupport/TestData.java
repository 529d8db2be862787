package de.kommunalmesse.testsupport;

import de.kommunalmesse.booth.BoothContent;
import de.kommunalmesse.booth.BoothContent.Service;
import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.booth.BoothStatus;
import de.kommunalmesse.booth.BoothViews.NewBooth;
import de.kommunalmesse.booth.BoothViews.NewExhibitor;
import de.kommunalmesse.booth.OrganisationType;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.EditionViews.NewEdition;
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

    @Inject
    EditionService editions;

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

    /**
     * A new series with one edition (named like the series) that spans the years tests use; being the newest
     * series, its edition is the current one from now on, as a new series is for a real platform. Returns the
     * edition's id.
     */
    public long series(String slug) {
        fair.createSeries(new NewSeries(slug, "Testmesse " + slug, "Untertitel", "Beschreibung", "Veranstalter"));
        String edition = slug.length() > 40 ? slug.substring(0, 40) : slug;
        editions.create(new NewEdition(edition, "Ausgabe " + slug, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31),
                null, null, false, List.of()));
        return editions.bySlug(edition).orElseThrow().id();
    }

    /** The current edition; a new test series with its edition when the database has no fair yet. */
    public EditionRef currentEdition() {
        return editions.currentIfAny().orElseGet(() -> editions.byId(series("testmesse-" + unique())));
    }

    /** An event day of an edition. */
    public long eventDay(long editionId, LocalDate date, String region) {
        return fair.createEventDay(editionId, new NewEventDay(date, region, "Tag " + date, "Beschreibung"));
    }

    public String exhibitor(String slug, String region, String... staff) {
        booths.createExhibitor(new NewExhibitor(slug, "Aussteller " + slug, OrganisationType.KOMMUNE, region, null,
                List.of(staff)));
        return slug;
    }

    public String booth(String slug, String exhibitor, String name, List<String> topicFields, Long eventDayId,
            BoothStatus status) {
        booths.createBooth(currentEdition(), new NewBooth(slug, exhibitor, content(name, topicFields, eventDayId,
                List.of()), false, "medium", status));
        return slug;
    }

    /** A booth with these reusable services. */
    public String booth(String slug, String exhibitor, String name, List<String> topicFields, List<Service> services) {
        booths.createBooth(currentEdition(), new NewBooth(slug, exhibitor, content(name, topicFields, null, services),
                false, "medium", BoothStatus.PUBLISHED));
        return slug;
    }

    public static BoothContent content(String name, List<String> topicFields, Long eventDayId, List<Service> services) {
        return new BoothContent(name, "Kurzbeschreibung " + name, "Beschreibung " + name, topicFields, eventDayId,
                List.of("Test"), List.of(new BoothContent.Link("Projektseite", "https://www.example.org/" + name.hashCode())),
                null, null, services, List.of(new BoothContent.Expert("Erika Beispiel", "Projektleitung",
                        "erika.beispiel@example.org", "0000 123456")), List.of());
    }
}
