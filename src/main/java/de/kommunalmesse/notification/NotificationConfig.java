package de.kommunalmesse.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;

/** The notification centre's jobs (docs/notifications.md). */
@ConfigMapping(prefix = "kommunalmesse.notifications")
public interface NotificationConfig {

    /** The reminder job: how often it looks for meetings and agenda talks about to start. */
    Reminders reminders();

    /** The daily digest of unread notifications by e-mail. */
    Digest digest();

    /** The offer of each booth's PDF report to its staff after the current edition's last day. */
    ReportOffers reportOffers();

    interface Reminders {

        @WithDefault("true")
        boolean enabled();

        @WithDefault("1m")
        Duration interval();

        /** How long before the start users are reminded. */
        @WithDefault("10m")
        Duration ahead();

        /** How long an instance holds the job's lock at most, should it die while running. */
        @WithDefault("5m")
        Duration lease();
    }

    interface Digest {

        @WithDefault("true")
        boolean enabled();

        /** From this time of day (Europe/Berlin) the digest goes out, once a day. */
        @WithDefault("07:00")
        LocalTime at();

        /** How often every instance checks whether the digest is due. */
        @WithDefault("5m")
        Duration check();

        @WithDefault("15m")
        Duration lease();
    }

    interface ReportOffers {
        @WithDefault("true")
        boolean enabled();

        /** How often every instance checks whether the edition is over and booths wait for their offer. */
        @WithDefault("15m")
        Duration interval();

        @WithDefault("15m")
        Duration lease();
    }
}
