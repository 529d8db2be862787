package de.kommunalmesse.booth;

import de.kommunalmesse.booth.HallViews.StatsDay;
import de.kommunalmesse.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Daily counts per booth: views, downloads, contact requests. Nobody is identified or tracked. */
@ApplicationScoped
@Transactional
public class BoothStats {

    private static final ZoneId FAIR_ZONE = ZoneId.of("Europe/Berlin");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<BoothActivity> activity;

    enum Counter {
        VIEWS("views"), DOWNLOADS("downloads"), CONTACT_REQUESTS("contact_requests");

        final String column;

        Counter(String column) {
            this.column = column;
        }
    }

    void count(long boothId, Counter counter) {
        em.createNativeQuery("INSERT INTO booth_stat_day (booth_id, stat_date, " + counter.column + ") VALUES (?1, ?2, 1) "
                + "ON DUPLICATE KEY UPDATE " + counter.column + " = " + counter.column + " + 1")
                .setParameter(1, boothId)
                .setParameter(2, LocalDate.now(clock.withZone(FAIR_ZONE)))
                .executeUpdate();
        switch (counter) {
            case DOWNLOADS -> activity.fire(new BoothActivity(boothId, BoothActivity.Kind.DOWNLOAD));
            case CONTACT_REQUESTS -> activity.fire(new BoothActivity(boothId, BoothActivity.Kind.CONTACT_REQUEST));
            case VIEWS -> {
                // visits are counted by the insights' visit beacon, which knows where the visitor came from
            }
        }
    }

    @SuppressWarnings("unchecked")
    List<StatsDay> days(long boothId) {
        List<Object[]> rows = em.createNativeQuery("SELECT stat_date, views, downloads, contact_requests "
                + "FROM booth_stat_day WHERE booth_id = ?1 ORDER BY stat_date").setParameter(1, boothId).getResultList();
        return rows.stream().map(row -> new StatsDay(SqlValues.date(row[0]), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue())).toList();
    }
}
