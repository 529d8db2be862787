package de.kommunalmesse.insights;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the insights API (docs/insights.md). */
public final class InsightsViews {

    static final String SUPPRESSED = "null: between 1 and 4 (shown as \"< 5\"), so that no single visitor can be recognised";

    private InsightsViews() {
    }

    /** A visit the web app reports when a booth page (or, without booth, the app) opens. */
    @Schema(name = "VisitReport")
    public record VisitReport(
            @Schema(description = "Slug of the booth visited; left out for a visit of the platform", examples = "kreis-soest-umzug")
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}") String booth,
            @Schema(description = "Where the visitor came from: a category, never an address", examples = "hall")
            @NotNull VisitSource source,
            @Schema(description = "A random id the web app keeps for the browser session (sessionStorage, no cookie); "
                    + "recognises an anonymous visitor again on the same day only, hashed with a salt of the day")
            @Pattern(regexp = "[A-Za-z0-9-]{8,64}") String session) {
    }

    /** What happened at a booth (or in its hall) in a period; counts below the threshold are null. */
    @Schema(name = "BoothFigures")
    public record Figures(
            @Schema(description = "Booth page views. " + SUPPRESSED) Integer visits,
            @Schema(description = "Unique visitors (per day, added up over the days). " + SUPPRESSED) Integer visitors,
            @Schema(description = "Material downloads. " + SUPPRESSED) Integer downloads,
            @Schema(description = "Messages in conversations with the booth team. " + SUPPRESSED) Integer chatMessages,
            @Schema(description = "Conversations opened. " + SUPPRESSED) Integer conversations,
            @Schema(description = "Conversations the team answered or took over. " + SUPPRESSED) Integer answered,
            @Schema(description = "Contact requests. " + SUPPRESSED) Integer contactRequests,
            @Schema(description = "Reuse requests. " + SUPPRESSED) Integer reuseRequests,
            @Schema(description = "Meetings booked. " + SUPPRESSED) Integer meetings) {
    }

    @Schema(name = "BoothDayFigures")
    public record DayFigures(LocalDate day, Figures figures) {
    }

    /** Visits per hour of one day (Europe/Berlin). */
    @Schema(name = "BoothHourFigures")
    public record HourFigures(@Schema(description = "Hour of the day, 0-23, Europe/Berlin") int hour,
            @Schema(description = "Booth page views. " + SUPPRESSED) Integer visits,
            @Schema(description = "Visitors seen for the first time that day in this hour. " + SUPPRESSED) Integer visitors) {
    }

    /** Where the visits came from. */
    @Schema(name = "VisitSources")
    public record Sources(@Schema(description = SUPPRESSED) Integer hall, @Schema(description = SUPPRESSED) Integer talk,
            @Schema(description = SUPPRESSED) Integer programme, @Schema(description = SUPPRESSED) Integer direct) {
    }

    /** How the team answered in conversations. */
    @Schema(name = "ChatResponse")
    public record ChatResponse(
            @Schema(description = "Share of conversations answered, in percent; null below 5 conversations") Integer answeredPercent,
            @Schema(description = "Average minutes to the first answer; null below 5 answered conversations") Integer averageMinutesToAnswer) {
    }

    @Schema(name = "BoothAnalytics")
    public record BoothAnalytics(@Schema(examples = "kreis-soest-umzug") String booth,
            @Schema(examples = "2026") String edition, String name, LocalDate from, LocalDate to,
            @Schema(description = "The day whose hours are in hours") LocalDate day,
            @Schema(description = "Counts between 1 and threshold - 1 are null", examples = "5") int threshold,
            Figures totals,
            @Schema(description = "The median of every published booth of the edition in the same period") Figures hallMedian,
            @Schema(description = "Published booths compared") int hallBooths,
            List<DayFigures> days, List<HourFigures> hours, Sources sources, ChatResponse chat) {
    }

    /** A stage right now. */
    @Schema(name = "DashboardStage")
    public record StageNow(String key, String name, int viewers,
            @Schema(description = "Title of the talk running now, if any") String talk) {
    }

    @Schema(name = "DashboardBooth")
    public record BoothVisits(String slug, String name, @Schema(description = SUPPRESSED) Integer visits) {
    }

    /** Viewers of one talk while it ran, sampled per minute. */
    @Schema(name = "TalkAttendance")
    public record TalkAttendance(long id, String title, String stage, int peakViewers, int averageViewers) {
    }

    /** One event day. */
    @Schema(name = "DashboardDay")
    public record DaySummary(long eventDayId, LocalDate date, String title,
            @Schema(description = "Unique visitors of the platform that day") long visitors,
            @Schema(description = "Booth visits that day, all booths") long boothVisits, List<TalkAttendance> talks) {
    }

    /** The organiser dashboard. */
    @Schema(name = "Dashboard")
    public record Dashboard(@Schema(examples = "2026") String edition,
            @Schema(description = "Open connections to the platform's live channel, all instances") long onlineNow,
            List<StageNow> stages,
            @Schema(description = "The five booths with the most visits today") List<BoothVisits> busiestBooths,
            @Schema(description = "Open conversations no staff member has answered or claimed") long conversationsWaiting,
            long contactRequestsToday, long reuseRequestsToday,
            @Schema(description = "Chat reports waiting for an admin") long reportsWaiting,
            List<DaySummary> days) {
    }
}
