package de.kommunalmesse.meeting;

import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.meeting.MeetingConfig.Provider;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The video room of every meeting, from the provider the operator configured (docs/meetings.md): a Jitsi Meet
 * room (optionally with a signed token per person), a BigBlueButton room created through its API, or the link
 * the expert entered. A provider named but not fully configured is refused with a clear problem, never
 * replaced by a third-party service.
 */
@ApplicationScoped
public class VideoRooms {

    private static final Logger LOG = Logger.getLogger(VideoRooms.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    MeetingConfig config;

    @Inject
    MeetingConfig.Site site;

    Provider provider() {
        return config.video().provider();
    }

    /** Whether the expert has to enter a room of their own (no provider configured). */
    boolean needsExpertLink() {
        return provider() == Provider.NONE;
    }

    /** Fails with 503 and a clear text when the configured provider lacks a setting; called before anything is stored. */
    void requireConfigured() {
        switch (provider()) {
            case NONE -> {
            }
            case JITSI -> {
                String template = config.video().jitsi().urlTemplate()
                        .orElseThrow(() -> misconfigured("kommunalmesse.meetings.video.jitsi.url-template"));
                if (!template.contains("{room}") || !template.startsWith("https://") && !template.startsWith("http://")) {
                    throw misconfigured("kommunalmesse.meetings.video.jitsi.url-template");
                }
                if (config.video().jitsi().secret().isPresent()) {
                    if (config.video().jitsi().appId().isEmpty()) {
                        throw misconfigured("kommunalmesse.meetings.video.jitsi.app-id");
                    }
                    if (config.video().jitsi().secret().get().length() < 32) {
                        throw misconfigured("kommunalmesse.meetings.video.jitsi.secret");
                    }
                }
            }
            case BIGBLUEBUTTON -> {
                config.video().bigbluebutton().url().orElseThrow(() -> misconfigured("kommunalmesse.meetings.video.bigbluebutton.url"));
                config.video().bigbluebutton().secret().orElseThrow(() -> misconfigured("kommunalmesse.meetings.video.bigbluebutton.secret"));
            }
        }
    }

    /**
     * The address stored with a new meeting and written into the invitation: the room itself where everybody
     * may use the same address, otherwise the meeting's page in the platform, which asks for a personal one.
     */
    String roomAddress(String uid, long meetingId, String expertLink) {
        requireConfigured();
        return switch (provider()) {
            case NONE -> expertLink;
            case JITSI -> config.video().jitsi().secret().isPresent() ? meetingPage(meetingId) : jitsiRoom(uid);
            case BIGBLUEBUTTON -> meetingPage(meetingId);
        };
    }

    /** The address one person joins by: a Jitsi room with their token, or a signed BigBlueButton join call. */
    String joinAddress(Meeting meeting, String name, String email, boolean moderator) {
        requireConfigured();
        return switch (provider()) {
            case NONE -> meeting.videoUrl;
            case JITSI -> config.video().jitsi().secret().isPresent()
                    ? jitsiRoom(meeting.uid) + "?jwt=" + jitsiToken(roomName(meeting.uid), name, email, moderator)
                    : jitsiRoom(meeting.uid);
            case BIGBLUEBUTTON -> {
                BigBlueButtonApi api = bigBlueButton();
                create(api.createUrl(roomName(meeting.uid), "Kommunalmesse: " + meeting.topic));
                yield api.joinUrl(roomName(meeting.uid), name, moderator);
            }
        };
    }

    /**
     * The room of an instant meeting started from a private conversation, as one address both sides open: a Jitsi
     * room (with a token for the room when Jitsi wants one), or a BigBlueButton room created now and joined as a
     * guest. Refused with 409 when the operator configured no video service: there is no expert's own link to fall
     * back on, and no third-party default.
     *
     * @param key unique for the room, e.g. {@code conversation-42-<random>}
     * @param title the name the room shows
     */
    public String instantRoom(String key, String title) {
        if (provider() == Provider.NONE) {
            throw ProblemException.conflict("videoProvider.none");
        }
        requireConfigured();
        return switch (provider()) {
            case JITSI -> config.video().jitsi().secret().isPresent()
                    ? jitsiRoom(key) + "?jwt=" + jitsiToken(roomName(key), title, null, false)
                    : jitsiRoom(key);
            case BIGBLUEBUTTON -> {
                BigBlueButtonApi api = bigBlueButton();
                create(api.createUrl(roomName(key), title));
                yield api.joinUrl(roomName(key), title, false);
            }
            case NONE -> throw new IllegalStateException();
        };
    }

    String meetingPage(long meetingId) {
        return site.publicUrl().replaceAll("/+$", "") + "/termine/" + meetingId;
    }

    private String jitsiRoom(String uid) {
        return config.video().jitsi().urlTemplate().orElseThrow().replace("{room}", roomName(uid));
    }

    /** The token Jitsi's token authentication expects: issuer = app id, audience "jitsi", the room and the user. */
    String jitsiToken(String room, String name, String email, boolean moderator) {
        MeetingConfig.Jitsi jitsi = config.video().jitsi();
        String host = URI.create(jitsi.urlTemplate().orElseThrow().replace("{room}", "r")).getHost();
        Map<String, Object> user = email == null ? Map.of("name", name, "moderator", moderator)
                : Map.of("name", name, "email", email, "moderator", moderator);
        return Jwt.issuer(jitsi.appId().orElseThrow()).audience("jitsi").subject(host).claim("room", room)
                .claim("context", Map.of("user", user))
                .expiresIn(Duration.ofMinutes(jitsi.tokenMinutes()))
                .signWithSecret(jitsi.secret().orElseThrow());
    }

    static String roomName(String uid) {
        return "kommunalmesse-" + uid.substring(0, uid.indexOf('@') < 0 ? uid.length() : uid.indexOf('@'));
    }

    private BigBlueButtonApi bigBlueButton() {
        return new BigBlueButtonApi(config.video().bigbluebutton().url().orElseThrow(),
                config.video().bigbluebutton().secret().orElseThrow());
    }

    private static void create(String createUrl) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(createUrl))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("<returncode>SUCCESS</returncode>")) {
                LOG.warnf("BigBlueButton refused to create a room: HTTP %d %s", response.statusCode(),
                        Optional.ofNullable(response.body()).map(b -> b.length() > 300 ? b.substring(0, 300) : b).orElse(""));
                throw new ProblemException(502, "videoProvider.unreachable", null);
            }
        } catch (IOException e) {
            LOG.warnf("BigBlueButton could not be reached: %s", e.getMessage());
            throw new ProblemException(502, "videoProvider.unreachable", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(502, "videoProvider.unreachable", null);
        }
    }

    private static ProblemException misconfigured(String setting) {
        return new ProblemException(503, "videoProvider.misconfigured", null, setting);
    }
}
