package de.kommunalmesse.common;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The security headers on the web app's page, on API answers and on error answers (issue 21.4). */
@QuarkusTest
class SecurityHeadersTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    /** The directives of a Content-Security-Policy header, by name. */
    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : ""));
    }

    private static void assertCommonHeaders(Response response) {
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"));
        assertTrue(response.header("Permissions-Policy").contains("camera=()"), response.header("Permissions-Policy"));
        assertTrue(response.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals(null, response.header("Strict-Transport-Security"), "no HSTS over plain http");
    }

    @Test
    void webAppPageHasAStrictPolicyWithoutInlineScripts() {
        Response page = given().when().get("/stand/kreis-soest-umzug").then().statusCode(200)
                .contentType(containsString("text/html")).extract().response();
        assertCommonHeaders(page);
        Map<String, String> csp = directives(page.header("Content-Security-Policy"));
        assertEquals("'self'", csp.get("script-src"), "scripts from this origin only, no 'unsafe-inline' or 'unsafe-eval'");
        assertFalse(csp.get("style-src").contains("'unsafe-inline'"), "KoliBri's two style elements are allowed by hash");
        assertEquals("'none'", csp.get("object-src"));
        assertEquals("'none'", csp.get("frame-ancestors"));
        assertTrue(csp.get("worker-src").contains("blob:"), "hls.js runs its worker from a blob");
        assertTrue(csp.get("media-src").contains("blob:"), "hls.js feeds the video element through a blob URL");
        assertTrue(csp.get("media-src").contains("data:"), "hls.js gives a stream's subtitle tracks a data: source");
        String login = ExternalSources.originOf(ConfigProvider.getConfig()
                .getValue("kommunalmesse.oidc.public-authority", String.class)).orElseThrow();
        assertTrue(csp.get("connect-src").contains(login), "the web app refreshes its token at " + login);
        assertFalse(csp.get("frame-src").contains("video.example.net"), "no embed provider before an admin sets one");
    }

    @Test
    void embedsAndStreamsAnAdminSetAreAllowedAndNothingElse() {
        String term = data.unique();
        long series = data.series("csp-" + term);
        programme.createStage(series, new NewStage("embed-" + term, "Bühne " + term));
        programme.createStage(series, new NewStage("hls-" + term, "Bühne " + term));
        as(TestUsers.admin()).body(Map.of("kind", "embed", "provider", "peertube",
                "url", "https://video.example.net/videos/embed/" + term, "captionsWaiver", "Untertitel im Player", "version", 0))
                .put("/api/stages/embed-" + term + "/stream").then().statusCode(200);
        as(TestUsers.admin()).body(Map.of("kind", "hls", "url", "https://cdn.example.net:8443/live/" + term + ".m3u8",
                "captionsUrl", "https://captions.example.net/" + term + ".vtt", "version", 0))
                .put("/api/stages/hls-" + term + "/stream").then().statusCode(200);

        Map<String, String> csp = directives(given().when().get("/buehne/embed-" + term).then().statusCode(200)
                .extract().header("Content-Security-Policy"));
        assertTrue(csp.get("frame-src").contains("https://video.example.net"), csp.get("frame-src"));
        assertFalse(csp.get("frame-src").contains("cdn.example.net"), "a stream address is no frame source");
        assertTrue(csp.get("connect-src").contains("https://cdn.example.net:8443"), csp.get("connect-src"));
        assertTrue(csp.get("media-src").contains("https://cdn.example.net:8443"), csp.get("media-src"));
        assertTrue(csp.get("media-src").contains("https://captions.example.net"), csp.get("media-src"));
        assertFalse(csp.get("connect-src").contains("video.example.net"), "an embed is only framed, never fetched");
    }

    @Test
    void apiAnswersAllowNothingToLoad() {
        Response answer = given().when().get("/api/booths").then().statusCode(200).extract().response();
        assertCommonHeaders(answer);
        assertEquals(ContentSecurityPolicy.NON_DOCUMENT, answer.header("Content-Security-Policy"));
    }

    @Test
    void theServiceWorkerMayFetchTheSiteItselfAndNothingElse() {
        Response worker = given().when().get("/sw.js").then().statusCode(200)
                .contentType(containsString("javascript")).header("Cache-Control", "no-cache").extract().response();
        assertCommonHeaders(worker);
        assertEquals(ContentSecurityPolicy.SERVICE_WORKER, worker.header("Content-Security-Policy"));
        assertTrue(worker.header("Content-Security-Policy").contains("connect-src 'self'"));
        // Any other file keeps the policy that allows nothing
        Response asset = given().when().get("/assets/fixture-Bq3xY7tK.js").then().statusCode(200).extract().response();
        assertEquals(ContentSecurityPolicy.NON_DOCUMENT, asset.header("Content-Security-Policy"));
    }

    @Test
    void errorAnswersCarryTheHeadersToo() {
        Response notFound = given().when().get("/api/booths/gibt-es-nicht").then().statusCode(404)
                .contentType("application/problem+json").extract().response();
        assertCommonHeaders(notFound);
        assertEquals(ContentSecurityPolicy.NON_DOCUMENT, notFound.header("Content-Security-Policy"));

        Response unauthorized = given().when().get("/api/me").then().statusCode(401).extract().response();
        assertCommonHeaders(unauthorized);

        Response missingFile = given().when().get("/assets/gibt-es-nicht-123.js").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404)).extract().response();
        assertCommonHeaders(missingFile);

        Response wrongMethod = given().when().post("/halle").then().statusCode(405)
                .contentType("application/problem+json").header("Allow", "GET, HEAD").extract().response();
        assertCommonHeaders(wrongMethod);
    }

    @Test
    void strictTransportSecurityOnlyWhenServedOverTls() {
        given().header("X-Forwarded-Proto", "https").when().get("/api/booths")
                .then().statusCode(200)
                .header("Strict-Transport-Security", startsWith("max-age=31536000"));
        given().header("Forwarded", "for=192.0.2.60;proto=https;by=203.0.113.43").when().get("/halle")
                .then().statusCode(200)
                .header("Strict-Transport-Security", startsWith("max-age="));
        given().header("X-Forwarded-Proto", "http").when().get("/halle")
                .then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void apiExplorerKeepsItsOwnPolicy() {
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.API_EXPLORER))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")));
    }
}
