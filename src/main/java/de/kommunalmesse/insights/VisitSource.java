package de.kommunalmesse.insights;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a visitor came from to a booth, as the web app tells it: a category, never an address.
 */
public enum VisitSource {
    /** The hall and its search. */
    HALL(Metric.SOURCE_HALL),
    /** A talk's page. */
    TALK(Metric.SOURCE_TALK),
    /** The programme. */
    PROGRAMME(Metric.SOURCE_PROGRAMME),
    /** A link from outside, a bookmark, or typed in. */
    DIRECT(Metric.SOURCE_DIRECT);

    final Metric metric;

    VisitSource(Metric metric) {
        this.metric = metric;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static VisitSource of(String code) {
        for (VisitSource source : values()) {
            if (source.code().equals(code)) {
                return source;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
