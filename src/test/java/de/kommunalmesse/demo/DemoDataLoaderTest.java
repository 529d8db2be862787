package de.kommunalmesse.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.booth.Booth;
import de.kommunalmesse.booth.BoothStatus;
import de.kommunalmesse.booth.ReuseOffer;
import de.kommunalmesse.booth.ReuseRequest;
import de.kommunalmesse.booth.Exhibitor;
import de.kommunalmesse.booth.Material;
import de.kommunalmesse.common.Uploads;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionState;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.EventDay;
import de.kommunalmesse.stage.Stage;
import de.kommunalmesse.stage.StreamKind;
import de.kommunalmesse.stage.Talk;
import de.kommunalmesse.stage.TalkCaptions;
import de.kommunalmesse.stage.TalkType;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the real demo fair on purpose, inside a transaction that is rolled back afterwards. */
@QuarkusTest
class DemoDataLoaderTest {

    @Inject
    DemoDataLoader loader;

    @Inject
    EditionService editions;

    @Inject
    EntityManager em;

    @Inject
    Uploads uploads;

    @Test
    @TestTransaction
    void demoFairLoadsOnceWithItsBoothsTalksAndPanel() throws IOException {
        long published = Booth.count("status", BoothStatus.PUBLISHED);
        long panels = Talk.count("type", TalkType.PODIUM);
        long days = EventDay.count();

        assertTrue(loader.load("demo/demo-fair.json"), "loads into a database without the demo fair");
        assertFalse(loader.load("demo/demo-fair.json"), "a second load changes nothing");

        EditionRef current = editions.current();
        List<EditionRef> all = editions.visibleEditions();
        EditionRef past = all.stream().filter(e -> e.slug().equals(Integer.toString(current.startsOn().getYear() - 1)))
                .findFirst().orElseThrow();
        assertEquals(Integer.toString(current.startsOn().getYear()), current.slug(), "the current edition is named by its year");
        assertEquals(EditionState.OPEN, current.state());
        assertEquals(EditionState.ARCHIVE, past.state(), "last year's edition is an archive");
        long currentBooths = Booth.count("editionId", current.id());
        assertTrue(currentBooths >= 70 && currentBooths <= 75, "about 70 booths, got " + currentBooths);
        assertEquals(6, Booth.count("editionId", past.id()), "six booths in last year's hall");
        assertEquals(currentBooths + 6, Booth.count("status", BoothStatus.PUBLISHED) - published,
                "demo booths are published");
        assertTrue(Talk.count("stage.editionId", current.id()) >= 30, "30+ talks");
        assertEquals(4, Talk.count("stage.editionId = ?1 and recordingUrl is not null", past.id()),
                "last year's talks have recordings");
        assertEquals(4, Talk.count("stage.editionId = ?1 and recordingUrl = ?2", past.id(), DemoDataLoader.DEMO_RECORDING),
                "the recordings play the bundled video");
        assertEquals(4, TalkCaptions.count("vtt is not null and transcript like ?1", "%Willkommen zur Kommunalmesse%"),
                "the recordings have the video's captions and their transcript");
        List<Stage> stages = Stage.list("editionId", current.id());
        assertFalse(stages.isEmpty());
        stages.forEach(stage -> {
            assertEquals(StreamKind.HLS, stage.streamKind, stage.key + " streams HLS");
            assertEquals(DemoDataLoader.DEMO_VIDEO, stage.streamUrl, stage.key + " plays the bundled video");
        });
        assertEquals(1, Talk.count("type", TalkType.PODIUM) - panels, "one panel discussion");
        assertEquals(4L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM chat_message WHERE channel_id = ?1")
                .setParameter(1, "booth:" + past.slug() + "/kreis-soest-umzug").getSingleResult()).longValue(),
                "last year's chat history is in the archive");
        assertEquals(12L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM talk_feedback WHERE edition_id = ?1")
                .setParameter(1, past.id()).getSingleResult()).longValue(),
                "last year's first three talks have ratings (5 + 4 + 3)");
        assertEquals(3L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM talk_attendance WHERE edition_id = ?1"
                + " AND username = 'besucher'").setParameter(1, past.id()).getSingleResult()).longValue(),
                "the demo visitor followed three of last year's talks");
        assertEquals(7, EventDay.count() - days, "five event days, and two last year");
        Exhibitor soest = Exhibitor.find("slug", "kreis-soest").firstResult();
        assertTrue(soest.staff.contains("aussteller-soest"), "aussteller-soest staffs the Soest exhibitor");
        long distinctPositions = Booth.<Booth>stream("editionId", current.id())
                .mapToInt(b -> b.hallOrder).filter(order -> order > 0).distinct().count();
        assertEquals(currentBooths, distinctPositions, "every demo booth has its own hall position");
        Booth soestUmzug = Booth.find("editionId = ?1 and slug = ?2", current.id(), "kreis-soest-umzug").firstResult();
        Booth soestIkfz = Booth.find("editionId = ?1 and slug = ?2", current.id(), "kreis-soest-ikfz").firstResult();
        assertTrue(soestUmzug.hallOrder < soestIkfz.hallOrder, "the demo data places the booths in the hall");
        assertEquals(3, soestUmzug.materialIds.size(), "the Soest booth shows documents on its shelf");
        Material flyer = Material.findById(soestUmzug.materialIds.get(0));
        assertEquals("Flyer Digitaler Umzugsservice", flyer.title);
        assertEquals("application/pdf", flyer.mediaType);
        try (InputStream pdf = uploads.open(flyer.storageKey)) {
            String text = new String(pdf.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("%PDF-1.4") && text.endsWith("%%EOF\n"), "a whole PDF file");
            assertTrue(text.contains("Einmal umziehen"), "with the flyer's text");
        }

        assertEquals(DemoDataLoader.DEMO_RECORDING, soestUmzug.videoUrl, "the Soest booth shows the demo video");
        assertTrue(soestUmzug.videoCaptionsUrl.matches("/api/talks/\\d+/captions\\.vtt"), soestUmzug.videoCaptionsUrl);
        TalkCaptions videoCaptions = TalkCaptions.findById(Long.valueOf(soestUmzug.videoCaptionsUrl.replaceAll("\\D", "")));
        assertTrue(videoCaptions.vtt.startsWith("WEBVTT"), "the captions the recordings use");

        assertEquals(6, ReuseRequest.count("boothId", soestUmzug.id), "the Soest board shows requests");
        assertEquals(6, ReuseRequest.<ReuseRequest>stream("boothId", soestUmzug.id).map(r -> r.status).distinct().count(),
                "one request in every status of the board");
        assertTrue(ReuseRequest.count("requester", "besucher") >= 1, "the demo visitor has a request of her own");
        Booth kdn = Booth.find("editionId = ?1 and slug = ?2", current.id(), "kdn-kommunalportal").firstResult();
        assertEquals(3, ReuseRequest.count("confirmedAt is not null and boothId in ?1", List.of(soestUmzug.id, kdn.id)),
                "confirmed adoptions are listed");
        assertTrue(soestUmzug.services.stream().anyMatch(o -> o.ozgLevel != null && Boolean.TRUE.equals(o.efaMarketplace)
                && "cost-sharing".equals(o.costModel.code())), "the demo services carry reuse facts");
        assertTrue(ReuseOffer.count("booth.editionId = ?1 and spdxLicence is not null", current.id()) > 20,
                "many demo services name an SPDX licence");
    }

    @Test
    void workingDaysSkipTheWeekend() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertEquals(friday, DemoDataLoader.addWorkingDays(friday, 0));
        assertEquals(DayOfWeek.MONDAY, DemoDataLoader.addWorkingDays(friday, 1).getDayOfWeek());
        assertEquals(LocalDate.of(2026, 12, 4), DemoDataLoader.addWorkingDays(friday, 5));
    }
}
