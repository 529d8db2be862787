package de.kommunalmesse.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cache headers and compression (issue 21.5, ADR 0008), against the test stand-in of the built web app in
 * src/test/resources/META-INF/resources (compressed by frontend/scripts/precompress.mjs like the real one).
 */
@QuarkusTest
class CachingAndCompressionTest {

    @Inject
    TestData data;

    private static final String CHUNK = "/assets/fixture-Bq3xY7tK.js";

    /** Hands over the body exactly as it came, without decompressing it. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    /** The hall and the programme answer only once a fair is set up, whichever test class ran before. */
    @BeforeEach
    void fairExists() {
        data.currentEdition();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CachingAndCompressionTest.class.getResourceAsStream("/META-INF/resources" + path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void indexAndDeepLinksAreRevalidatedEveryTime() {
        for (String path : new String[] { "/", "/halle", "/stand/kreis-soest-umzug", "/index.html" }) {
            given().when().get(path).then().statusCode(200)
                    .header("Cache-Control", "no-cache")
                    .header("ETag", notNullValue())
                    .body(containsString("<div id=\"root\">"));
        }
    }

    @Test
    void startPageHallAndBoothPagesNameTheirFirstDataForPreloading() {
        given().when().get("/").then().statusCode(200)
                .header("Link", equalTo("</api/fair>; rel=preload; as=fetch; crossorigin=anonymous, "
                        + "</api/programme/now>; rel=preload; as=fetch; crossorigin=anonymous"));
        given().when().get("/halle").then().statusCode(200)
                .header("Link", equalTo("</api/booths?page=0&size=24>; rel=preload; as=fetch; crossorigin=anonymous"));
        given().when().get("/2025/halle").then().statusCode(200)
                .header("Link", equalTo("</api/booths?page=0&size=24&edition=2025>; rel=preload; as=fetch; crossorigin=anonymous"));
        given().when().get("/stand/kreis-soest-umzug").then().statusCode(200)
                .header("Link", equalTo("</api/booths/kreis-soest-umzug>; rel=preload; as=fetch; crossorigin=anonymous"));
        given().when().get("/2025/stand/kreis-soest-umzug").then().statusCode(200)
                .header("Link", equalTo("</api/booths/kreis-soest-umzug?edition=2025>; rel=preload; as=fetch; crossorigin=anonymous"));
        // A filtered hall asks for other booths than the first page; other pages have no fixed first read
        given().when().get("/halle?q=antrag").then().statusCode(200).header("Link", nullValue());
        given().when().get("/stand/kreis-soest-umzug/extra").then().statusCode(200).header("Link", nullValue());
        given().when().get("/gespraeche").then().statusCode(200).header("Link", nullValue());
    }

    @Test
    void preloadedUrlsAreAnsweredWithData() {
        data.series("serie-" + data.unique());
        for (String url : new String[] { "/api/fair", "/api/programme/now", "/api/booths?page=0&size=24" }) {
            given().when().get(url).then().statusCode(200).contentType(containsString("json"));
        }
    }

    @Test
    void revisitOfThePageCostsA304() {
        String etag = given().when().get("/programm").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/halle")
                .then().statusCode(304).body(emptyString())
                .header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    @Test
    void hashedAssetsAreImmutableForAYear() {
        given().when().get(CHUNK).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Vary", "Accept-Encoding")
                .contentType(containsString("javascript"));
    }

    @Test
    void assetsGoOutPrecompressedAsTheBrowserAccepts() throws IOException {
        Response brotli = given().config(RAW).header("Accept-Encoding", "gzip, deflate, br").when().get(CHUNK)
                .then().statusCode(200).header("Content-Encoding", "br").extract().response();
        assertArrayEquals(resource(CHUNK + ".br"), brotli.asByteArray());

        Response gzip = given().config(RAW).header("Accept-Encoding", "gzip").when().get(CHUNK)
                .then().statusCode(200).header("Content-Encoding", "gzip").extract().response();
        assertArrayEquals(resource(CHUNK + ".gz"), gzip.asByteArray());

        Response refusedBrotli = given().config(RAW).header("Accept-Encoding", "br;q=0, gzip").when().get(CHUNK)
                .then().statusCode(200).header("Content-Encoding", "gzip").extract().response();
        assertArrayEquals(resource(CHUNK + ".gz"), refusedBrotli.asByteArray());

        Response plain = given().config(RAW).header("Accept-Encoding", "identity").when().get(CHUNK)
                .then().statusCode(200).extract().response();
        assertNotEquals("br", plain.header("Content-Encoding"));
        assertNotEquals("gzip", plain.header("Content-Encoding"));
        assertArrayEquals(resource(CHUNK), plain.asByteArray());

        given().config(RAW).header("Accept-Encoding", "br").when().get("/stand/x")
                .then().statusCode(200).header("Content-Encoding", "br");
    }

    @Test
    void publicHallAndProgrammeAnswersRevalidateWithAnETag() {
        for (String path : new String[] { "/api/booths?size=5", "/api/talks", "/api/stages", "/api/event-days" }) {
            Response first = given().when().get(path).then().statusCode(200)
                    .header("Cache-Control", "no-cache")
                    .extract().response();
            String etag = first.header("ETag");
            assertEquals(true, etag != null && etag.startsWith("W/\""), path + " has a validator: " + etag);
            given().header("If-None-Match", etag).when().get(path)
                    .then().statusCode(304).body(emptyString());
            given().header("If-None-Match", "W/\"something-else\"").when().get(path)
                    .then().statusCode(200).header("ETag", equalTo(etag));
        }
    }

    @Test
    void personalAnswersAreNeverStored() {
        given().auth().oauth2(TestUsers.visitor()).when().get("/api/me")
                .then().statusCode(200).header("Cache-Control", "no-store");
        given().auth().oauth2(TestUsers.visitor()).when().get("/api/booths")
                .then().statusCode(200).header("Cache-Control", "no-store").header("ETag", (String) null);
        given().auth().oauth2(TestUsers.visitor()).when().get("/api/me/agenda")
                .then().statusCode(200).header("Cache-Control", "no-store");
        given().when().get("/api/booths/gibt-es-nicht").then().statusCode(404).header("Cache-Control", "no-store");
    }

    @Test
    void apiAnswersAreCompressed() {
        given().config(RAW).header("Accept-Encoding", "gzip").when().get("/api/booths?size=50")
                .then().statusCode(200).header("Content-Encoding", "gzip");
    }
}
