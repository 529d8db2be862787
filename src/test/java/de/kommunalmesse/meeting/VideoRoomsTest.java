package de.kommunalmesse.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The video providers' signing schemes, checked against their documentation without a server. */
class VideoRoomsTest {

    @Test
    void bigBlueButtonChecksumMatchesTheDocumentedExample() {
        // the example of the BigBlueButton API documentation ("Usage", checksum calculation)
        assertEquals("1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17", BigBlueButtonApi.checksum("create",
                "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444",
                "639259d4-9dd8-4b25-bf01-95f9567eaf4b"));
    }

    @Test
    void bigBlueButtonJoinCallCarriesTheChecksumOfItsOwnQuery() throws Exception {
        BigBlueButtonApi api = new BigBlueButtonApi("https://bbb.example.org/bigbluebutton/api/", "geheim");
        String join = api.joinUrl("kommunalmesse-42", "Bea Sucher", false);
        assertTrue(join.startsWith("https://bbb.example.org/bigbluebutton/api/join?fullName=Bea+Sucher&meetingID=kommunalmesse-42&role=VIEWER"), join);
        String query = join.substring(join.indexOf('?') + 1, join.indexOf("&checksum="));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(("join" + query + "geheim").getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, join.substring(join.indexOf("&checksum=") + 10));
        assertTrue(api.joinUrl("r", "Sven", true).contains("role=MODERATOR"));
    }

    @Test
    void jitsiTokenIsSignedWithTheSharedSecretAndNamesRoomAndUser() throws Exception {
        String secret = "ein-geheimnis-mit-mindestens-32-zeichen";
        VideoRooms rooms = new VideoRooms();
        rooms.config = config("https://meet.example.org/{room}", "kommunalmesse", secret);
        String token = rooms.jitsiToken("kommunalmesse-abc", "Bea Sucher", "besucher@example.org", false);
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(signature, parts[2], "HS256 over header and payload with the shared secret");
        ObjectMapper json = new ObjectMapper();
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("HS256", header.get("alg").asText());
        assertEquals("kommunalmesse", claims.get("iss").asText());
        assertEquals("jitsi", claims.get("aud").isArray() ? claims.get("aud").get(0).asText() : claims.get("aud").asText());
        assertEquals("meet.example.org", claims.get("sub").asText());
        assertEquals("kommunalmesse-abc", claims.get("room").asText());
        assertEquals("Bea Sucher", claims.get("context").get("user").get("name").asText());
        assertTrue(claims.get("exp").asLong() > System.currentTimeMillis() / 1000);
    }

    @Test
    void aJitsiProviderWithoutItsTemplateIsAClearMisconfiguration() {
        VideoRooms rooms = new VideoRooms();
        rooms.config = config(null, null, null);
        var problem = org.junit.jupiter.api.Assertions.assertThrows(de.kommunalmesse.common.ProblemException.class,
                rooms::requireConfigured);
        assertEquals(503, problem.status());
        assertEquals("videoProvider.misconfigured", problem.key());
        assertEquals("kommunalmesse.meetings.video.jitsi.url-template", problem.args()[0]);
    }

    private static MeetingConfig config(String template, String appId, String secret) {
        MeetingConfig.Jitsi jitsi = new MeetingConfig.Jitsi() {
            public Optional<String> urlTemplate() {
                return Optional.ofNullable(template);
            }

            public Optional<String> appId() {
                return Optional.ofNullable(appId);
            }

            public Optional<String> secret() {
                return Optional.ofNullable(secret);
            }

            public int tokenMinutes() {
                return 60;
            }
        };
        MeetingConfig.Video video = new MeetingConfig.Video() {
            public MeetingConfig.Provider provider() {
                return MeetingConfig.Provider.JITSI;
            }

            public MeetingConfig.Jitsi jitsi() {
                return jitsi;
            }

            public MeetingConfig.BigBlueButton bigbluebutton() {
                return null;
            }
        };
        return new MeetingConfig() {
            public MeetingConfig.Video video() {
                return video;
            }
        };
    }
}
