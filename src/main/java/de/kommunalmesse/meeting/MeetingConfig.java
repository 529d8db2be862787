package de.kommunalmesse.meeting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Settings of the meetings: which video service gives every meeting its room. There is no third-party default: without a provider the expert
 * enters a room of their own when publishing times.
 */
@ConfigMapping(prefix = "kommunalmesse.meetings")
public interface MeetingConfig {

    Video video();

    /** The platform's address as users reach it (shared with the programme's calendar entries). */
    @ConfigMapping(prefix = "kommunalmesse.site")
    interface Site {

        @WithDefault("http://localhost:8080")
        String publicUrl();
    }

    /** The video service. */
    interface Video {

        /** {@code none} (the expert's own link), {@code jitsi} or {@code bigbluebutton}. */
        @WithDefault("none")
        Provider provider();

        Jitsi jitsi();

        BigBlueButton bigbluebutton();
    }

    /** Which service makes the rooms. */
    enum Provider {
        NONE, JITSI, BIGBLUEBUTTON
    }

    /** A Jitsi Meet server the operator runs or chose. */
    interface Jitsi {

        /** The room address with {@code {room}} for the room's name, e.g. {@code https://meet.example.org/{room}}. */
        Optional<String> urlTemplate();

        /** With a secret: the app id of the server's token authentication (the token's issuer). */
        Optional<String> appId();

        /** The shared secret (HS256, at least 32 characters) when the server requires signed tokens. */
        Optional<String> secret();

        /** How long a token stays valid. */
        @WithDefault("240")
        int tokenMinutes();
    }

    /** A BigBlueButton server. */
    interface BigBlueButton {

        /** The API base, e.g. {@code https://bbb.example.org/bigbluebutton/api}. */
        Optional<String> url();

        /** The server's shared secret (bbb-conf --secret). */
        Optional<String> secret();
    }
}
