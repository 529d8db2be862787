package de.kommunalmesse.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.booth.Booth;
import de.kommunalmesse.booth.BoothStatus;
import de.kommunalmesse.booth.Exhibitor;
import de.kommunalmesse.fair.EventDay;
import de.kommunalmesse.stage.Talk;
import de.kommunalmesse.stage.TalkType;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Loads the real demo fair on purpose, inside a transaction that is rolled back afterwards. */
@QuarkusTest
class DemoDataLoaderTest {

    @Inject
    DemoDataLoader loader;

    @Test
    @TestTransaction
    void demoFairLoadsOnceWithItsBoothsTalksAndPanel() {
        long booths = Booth.count();
        long published = Booth.count("status", BoothStatus.PUBLISHED);
        long talks = Talk.count();
        long panels = Talk.count("type", TalkType.PODIUM);
        long days = EventDay.count();

        assertTrue(loader.load("demo/demo-fair.json"), "loads into a database without the demo fair");
        assertFalse(loader.load("demo/demo-fair.json"), "a second load changes nothing");

        long addedBooths = Booth.count() - booths;
        assertTrue(addedBooths >= 70 && addedBooths <= 75, "about 70 booths, got " + addedBooths);
        assertEquals(addedBooths, Booth.count("status", BoothStatus.PUBLISHED) - published,
                "demo booths are published");
        assertTrue(Talk.count() - talks >= 30, "30+ talks");
        assertEquals(1, Talk.count("type", TalkType.PODIUM) - panels, "one panel discussion");
        assertEquals(5, EventDay.count() - days, "five event days");
        Exhibitor soest = Exhibitor.find("slug", "kreis-soest").firstResult();
        assertTrue(soest.staff.contains("aussteller-soest"), "aussteller-soest staffs the Soest exhibitor");
        long distinctPositions = Booth.<Booth>streamAll().filter(b -> b.createdAt != null)
                .mapToInt(b -> b.hallOrder).filter(order -> order > 0).distinct().count();
        assertTrue(distinctPositions >= addedBooths, "every demo booth has its own hall position, got "
                + distinctPositions + " distinct positions for " + addedBooths + " booths");
        Booth soestUmzug = Booth.find("slug", "kreis-soest-umzug").firstResult();
        Booth soestIkfz = Booth.find("slug", "kreis-soest-ikfz").firstResult();
        assertTrue(soestUmzug.hallOrder < soestIkfz.hallOrder, "the demo data places the booths in the hall");
    }

    @Test
    void workingDaysSkipTheWeekend() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertEquals(friday, DemoDataLoader.addWorkingDays(friday, 0));
        assertEquals(DayOfWeek.MONDAY, DemoDataLoader.addWorkingDays(friday, 1).getDayOfWeek());
        assertEquals(LocalDate.of(2026, 12, 4), DemoDataLoader.addWorkingDays(friday, 5));
    }
}
