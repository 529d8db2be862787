package de.kommunalmesse.stage;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.NewEdition;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestFiles;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Slides, recordings and FAQ of talks, and the archive of an event day. */
@QuarkusTest
class TalkArchiveTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    @Inject
    EditionService editions;

    @ConfigProperty(name = "kommunalmesse.storage.directory")
    String storage;

    private record Day(long eventDay, long series, String stage) {
    }

    private Day day() {
        String term = data.unique();
        long series = data.series("archiv-" + term);
        long day = data.eventDay(series, LocalDate.of(2030, 11, 26), "gelsenkirchen");
        programme.createStage(series, new NewStage("archiv-" + term, "Bühne " + term));
        return new Day(day, series, "archiv-" + term);
    }

    private long talk(Day day, String title, int hour) {
        return programme.createTalk(new NewTalk(day.eventDay(), day.stage(), LocalTime.of(hour, 0),
                LocalTime.of(hour, 45), TalkType.FACHBEITRAG, title, null, null, "de",
                List.of(new SpeakerView("Jana Beispiel", "Stadt Gelsenkirchen", null)), List.of()));
    }

    private long talk() {
        return talk(day(), "Vortrag " + data.unique(), 10);
    }

    /** Gives a talk captions, so that its recording may go online. */
    static long captioned(long talk) {
        given().auth().oauth2(TestUsers.moderator()).contentType("text/vtt")
                .body("WEBVTT\n\n00:00.000 --> 00:02.000\nGuten Tag.\n".getBytes(StandardCharsets.UTF_8))
                .put("/api/talks/" + talk + "/captions").then().statusCode(200);
        return talk;
    }

    static ValidatableResponse upload(String token, long talk, String fileName, byte[] bytes, String declaredType) {
        var request = given().multiPart("file", fileName, bytes, declaredType).multiPart("title", "Folien zum Vortrag");
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/api/talks/" + talk + "/materials").then();
    }

    /** A minimal PowerPoint file: what the content sniffer looks for. */
    static byte[] pptx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("ppt/presentation.xml"));
            zip.write("<p:presentation/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private long storedFiles() throws IOException {
        Path folder = Path.of(storage);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void moderatorUploadsSlidesThatEveryoneDownloadsCounted() throws IOException {
        long talk = talk();
        int id = upload(TestUsers.moderator(), talk, "folien.pdf", TestFiles.PDF, "application/pdf")
                .statusCode(201)
                .body("kind", equalTo("document"))
                .body("mediaType", equalTo("application/pdf"))
                .body("fileName", equalTo("folien.pdf"))
                .body("title", equalTo("Folien zum Vortrag"))
                .body("url", containsString("/api/talks/" + talk + "/materials/"))
                .extract().path("id");
        upload(TestUsers.admin(), talk, "praesentation.odp-oder-so", pptx(), "application/octet-stream")
                .statusCode(201).body("kind", equalTo("slides")).body("fileName", equalTo("praesentation.pptx"));

        given().get("/api/talks/" + talk).then().statusCode(200)
                .body("materials", hasSize(2)).body("materials[0].id", equalTo(id));
        byte[] downloaded = given().get("/api/talks/" + talk + "/materials/" + id).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertArrayEquals(TestFiles.PDF, downloaded);
        given().get("/api/talks/" + talk + "/materials").then().statusCode(200)
                .body("find { it.id == " + id + " }.downloadCount", equalTo(1));
        given().get("/api/talks/" + talk + "/materials/" + (id + 1000)).then().statusCode(404);

        as(TestUsers.visitor()).delete("/api/talks/" + talk + "/materials/" + id).then().statusCode(403);
        as(TestUsers.moderator()).delete("/api/talks/" + talk + "/materials/" + id).then().statusCode(204);
        given().get("/api/talks/" + talk + "/materials/" + id).then().statusCode(404);
    }

    @Test
    void onlyModeratorsAndAdminsUploadSlides() throws IOException {
        long talk = talk();
        long before = storedFiles();
        upload(TestUsers.visitor(), talk, "folien.pdf", TestFiles.PDF, "application/pdf").statusCode(403)
                .contentType("application/problem+json");
        upload(TestUsers.exhibitorSoest(), talk, "folien.pdf", TestFiles.PDF, "application/pdf").statusCode(403);
        upload(null, talk, "folien.pdf", TestFiles.PDF, "application/pdf").statusCode(401);
        assertEquals(before, storedFiles(), "a refused upload stores nothing");
        given().get("/api/talks/" + talk + "/materials").then().body("", hasSize(0));
        upload(TestUsers.moderator(), 987654321L, "folien.pdf", TestFiles.PDF, "application/pdf").statusCode(404);
    }

    @Test
    void mislabelledOversizedAndEmptyFilesAreRefusedAndNothingIsStored() throws IOException {
        long talk = talk();
        long before = storedFiles();
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), 200);
        upload(TestUsers.moderator(), talk, "folien.pdf", exe, "application/pdf")
                .statusCode(415).contentType("application/problem+json").body("detail", containsString("folien.pdf"));
        upload(TestUsers.moderator(), talk, "folien.pdf", TestFiles.PNG, "application/pdf")
                .statusCode(415).body("detail", containsString("PPTX"));
        given().auth().oauth2(TestUsers.moderator()).header("Accept-Language", "en")
                .multiPart("file", "slides.pdf", TestFiles.PNG, "application/pdf").post("/api/talks/" + talk + "/materials")
                .then().statusCode(415).body("detail", containsString("is not a slides or PDF file"));
        upload(TestUsers.moderator(), talk, "gross.pdf", Arrays.copyOf(TestFiles.PDF, 25 * 1024 * 1024 + 1), "application/pdf")
                .statusCode(413).contentType("application/problem+json");
        upload(TestUsers.moderator(), talk, "leer.pdf", new byte[0], "application/pdf").statusCode(400);
        given().auth().oauth2(TestUsers.moderator()).multiPart("title", "ohne Datei")
                .post("/api/talks/" + talk + "/materials").then().statusCode(400);

        assertEquals(before, storedFiles(), "nothing of the refused files is stored");
        given().get("/api/talks/" + talk + "/materials").then().body("", hasSize(0));
    }

    @Test
    void recordingAddressMustBeHttp() {
        long talk = captioned(talk());
        as(TestUsers.moderator()).body(Map.of("url", "https://media.example.org/2030/vortrag.m3u8"))
                .put("/api/talks/" + talk + "/recording").then().statusCode(200)
                .body("url", equalTo("https://media.example.org/2030/vortrag.m3u8"));
        for (String bad : List.of("javascript:alert(1)", "ftp://media.example.org/vortrag.mp4",
                "data:text/html,<script>alert(1)</script>", "https://media.example.org/\"onerror=\"x")) {
            as(TestUsers.moderator()).body(Map.of("url", bad)).put("/api/talks/" + talk + "/recording")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("url"));
        }
        as(TestUsers.visitor()).body(Map.of("url", "https://evil.example.org/x.mp4"))
                .put("/api/talks/" + talk + "/recording").then().statusCode(403);
        as(TestUsers.exhibitorSoest()).body(Map.of("url", "https://evil.example.org/x.mp4"))
                .put("/api/talks/" + talk + "/recording").then().statusCode(403);
        given().get("/api/talks/" + talk).then().body("recordingUrl", equalTo("https://media.example.org/2030/vortrag.m3u8"));

        as(TestUsers.moderator()).body("{\"url\": null}").put("/api/talks/" + talk + "/recording")
                .then().statusCode(200).body("url", nullValue());
        given().get("/api/talks/" + talk).then().body("recordingUrl", nullValue());
    }

    @Test
    void dayArchiveListsTalksWithRecordingSlidesOrFaqAndIsSearchable() {
        Day day = day();
        String term = data.unique();
        long recorded = captioned(talk(day, "Aufgezeichnet " + term, 9));
        long withSlides = talk(day, "Mit Folien " + term, 10);
        long withFaq = talk(day, "Mit FAQ " + term, 11);
        long bare = talk(day, "Ohne alles " + term, 12);

        as(TestUsers.moderator()).body(Map.of("url", "https://media.example.org/aufzeichnung.mp4"))
                .put("/api/talks/" + recorded + "/recording").then().statusCode(200);
        given().auth().oauth2(TestUsers.moderator()).multiPart("file", "f.pdf", TestFiles.PDF, "application/pdf")
                .multiPart(new MultiPartSpecBuilder("Folien Bürgerkonto " + term).controlName("title")
                        .charset(StandardCharsets.UTF_8).build())
                .post("/api/talks/" + withSlides + "/materials").then().statusCode(201);
        int question = as(TestUsers.visitor()).body(Map.of("text", "Gibt es eine Schnittstelle?", "anonymous", false))
                .post("/api/talks/" + withFaq + "/questions").then().statusCode(201).extract().path("id");
        as(TestUsers.moderator()).body(Map.of("status", "answered", "answer", "Ja, über FIT-Connect " + term,
                "inFaq", true)).patch("/api/talks/" + withFaq + "/questions/" + question).then().statusCode(200);

        given().get("/api/event-days/" + day.eventDay() + "/archive").then().statusCode(200)
                .body("eventDay.id", equalTo((int) day.eventDay()))
                .body("talks.talk.id", contains((int) recorded, (int) withSlides, (int) withFaq))
                .body("talks.find { it.talk.id == " + recorded + " }.recordingUrl",
                        equalTo("https://media.example.org/aufzeichnung.mp4"))
                .body("talks.find { it.talk.id == " + withSlides + " }.materials.title",
                        contains("Folien Bürgerkonto " + term))
                .body("talks.find { it.talk.id == " + withFaq + " }.faq.answer", contains("Ja, über FIT-Connect " + term))
                .body("talks.talk.id", not(hasItem((int) bare)));

        given().queryParam("q", "bürgerkonto " + term).get("/api/event-days/" + day.eventDay() + "/archive")
                .then().body("talks.talk.id", contains((int) withSlides));
        given().queryParam("q", "fit-connect " + term).queryParam("archived", true).get("/api/talks")
                .then().statusCode(200).body("id", contains((int) withFaq));
        given().queryParam("day", day.eventDay()).queryParam("archived", true).get("/api/talks")
                .then().body("id", contains((int) recorded, (int) withSlides, (int) withFaq));
        given().queryParam("day", day.eventDay()).get("/api/talks").then().body("id", hasItem((int) bare));
        given().get("/api/event-days/987654321/archive").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void archiveIsSearchedAcrossEditionsWithAnEditionFilterButNotInEditionsInPreparation() {
        String term = data.unique();
        Day past = day();
        long old = talk(past, "Aufzeichnung alt " + term, 9);
        Day now = day();
        long recent = talk(now, "Aufzeichnung neu " + term, 10);
        String pastEdition = editions.byId(past.series()).slug();
        String nextEdition = "vorb-" + term;
        editions.create(new NewEdition(nextEdition, "In Vorbereitung", LocalDate.of(2100, 1, 1), LocalDate.of(2100, 1, 2),
                null, null, false, List.of()));
        long nextDay = data.eventDay(editions.bySlug(nextEdition).orElseThrow().id(), LocalDate.of(2100, 1, 1), "soest");
        programme.createStage(editions.bySlug(nextEdition).orElseThrow().id(), new NewStage("vorb-" + term, "Bühne"));
        long prepared = programme.createTalk(new NewTalk(nextDay, "vorb-" + term, LocalTime.of(9, 0), LocalTime.of(9, 45),
                TalkType.FACHBEITRAG, "Aufzeichnung vorbereitet " + term, null, null, "de", List.of(), List.of()));
        for (long talk : new long[] { old, recent, prepared }) {
            captioned(talk);
            as(TestUsers.moderator()).body(Map.of("url", "https://media.example.org/" + talk + ".m3u8"))
                    .put("/api/talks/" + talk + "/recording").then().statusCode(200);
        }

        // The plain address is the current edition; allEditions searches every edition that may be seen
        given().queryParam("q", term).get("/api/archive").then().statusCode(200).body("talk.id", contains((int) recent));
        given().queryParam("q", term).queryParam("allEditions", true).get("/api/archive").then().statusCode(200)
                .body("talk.id", contains((int) old, (int) recent))
                .body("find { it.talk.id == " + old + " }.talk.edition", equalTo(pastEdition))
                .body("find { it.talk.id == " + old + " }.recordingUrl", equalTo("https://media.example.org/" + old + ".m3u8"));
        given().queryParam("q", term).queryParam("edition", pastEdition).get("/api/archive")
                .then().statusCode(200).body("talk.id", contains((int) old));
        given().queryParam("q", term).queryParam("allEditions", true).queryParam("archived", true).get("/api/talks")
                .then().statusCode(200).body("id", contains((int) old, (int) recent)).body("edition[0]", equalTo(pastEdition));
        // An edition in preparation shows only to admins (and exhibitors), also in a search across editions
        as(TestUsers.visitor()).queryParam("q", term).queryParam("allEditions", true).get("/api/archive")
                .then().body("talk.id", not(hasItem((int) prepared)));
        as(TestUsers.admin()).queryParam("q", term).queryParam("allEditions", true).get("/api/archive")
                .then().body("talk.id", hasItem((int) prepared));
        given().queryParam("edition", nextEdition).get("/api/archive").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("edition", "gibt-es-nicht").get("/api/archive").then().statusCode(404);
    }
}
