package de.kommunalmesse.accessibility;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The deadlines and limits of the accessibility duties (docs/accessibility.md). */
@ConfigMapping(prefix = "kommunalmesse.accessibility")
public interface AccessibilityConfig {

    /** The statement and its yearly review. */
    Statement statement();

    /** The public form "Barriere melden". */
    Feedback feedback();

    interface Statement {

        /** BITVNRW §4 (4): the statement is reviewed and updated at least once a year. */
        @WithDefault("12")
        int reviewIntervalMonths();

        /** How many days before the review is due the admins are reminded. */
        @WithDefault("30")
        int reminderDays();
    }

    interface Feedback {

        /**
         * Time to answer a report. BITVNRW §5 (2) sets two to at most six weeks depending on the size of the
         * body and the complexity of the report; the default is the upper limit, so set it lower for a small
         * operator.
         */
        @WithDefault("P42D")
        Duration answerPeriod();

        /** Reports per client address and window, counted in the database across all instances. */
        @WithDefault("5")
        int rateLimit();

        @WithDefault("PT1H")
        Duration rateWindow();

        /** A person needs longer than this to fill in the form; bots submit at once. */
        @WithDefault("PT3S")
        Duration minFillTime();

        /** How long a form token stays valid after the form was opened. */
        @WithDefault("PT4H")
        Duration tokenMaxAge();

        /** Upper limit of an attached screenshot or PDF. */
        @WithDefault("10485760")
        long maxAttachmentBytes();
    }
}
