package de.kommunalmesse.fair;

import de.kommunalmesse.common.CacheVersions;
import de.kommunalmesse.common.ContentLanguage;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.fair.FairViews.FairView;
import de.kommunalmesse.fair.FairViews.NewEventDay;
import de.kommunalmesse.fair.FairViews.NewSeries;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** The programme frame: series, event days, host regions and topic fields. */
@ApplicationScoped
@Transactional
public class FairService {

    private static final Sort BY_SORT_ORDER = Sort.by("sortOrder");

    @Inject
    CacheVersions versions;

    @Inject
    ContentLanguage language;

    private volatile Map<String, TopicFieldView> topicFields;
    private volatile Map<String, RegionView> regions;
    private volatile Map<String, RegionView> regionsEn;

    /** The series of this edition with the edition's event days in date order. */
    public FairView fair(EditionRef edition) {
        FairSeries series = Edition.<Edition>findById(edition.id()).series;
        return new FairView(series.slug, series.title, series.subtitle, series.description, series.organisers,
                edition, eventDaysOf(edition.id()));
    }

    /** Event days of an edition in date order. */
    public List<EventDayView> eventDaysOf(long editionId) {
        return EventDay.<EventDay>find("edition.id = ?1 order by date", editionId).stream()
                .map(this::view)
                .toList();
    }

    /** The edition an event day belongs to. */
    public long editionOf(long eventDayId) {
        return EventDay.<EventDay>findByIdOptional(eventDayId).map(day -> day.edition.id)
                .orElseThrow(() -> ProblemException.notFound("notFound.eventDay", eventDayId));
    }

    public Optional<EventDayView> eventDay(long id) {
        return EventDay.<EventDay>findByIdOptional(id).map(this::view);
    }

    public boolean seriesExists(String slug) {
        return FairSeries.count("slug", slug) > 0;
    }

    /**
     * All topic fields in their official order, keyed by code. Reference data from the migrations: read
     * once, then served from memory (it is on the hot path of every hall request).
     */
    public Map<String, TopicFieldView> topicFields() {
        if (topicFields == null) {
            topicFields = byCode(TopicField.<TopicField>listAll(BY_SORT_ORDER).stream()
                    .map(field -> new TopicFieldView(field.code, field.name)), TopicFieldView::code);
        }
        return topicFields;
    }

    /** The host regions keyed by code, named in the language of the request. */
    public Map<String, RegionView> regions() {
        return regions(language.english());
    }

    /**
     * The host regions keyed by code, named in English (where the English name is known) or German
     * (reference data, served from memory like the topic fields).
     */
    public Map<String, RegionView> regions(boolean english) {
        if (english) {
            if (regionsEn == null) {
                regionsEn = byCode(HostRegion.<HostRegion>listAll(BY_SORT_ORDER).stream()
                        .map(region -> new RegionView(region.code, ContentLanguage.pick(true, region.name, region.nameEn))),
                        RegionView::code);
            }
            return regionsEn;
        }
        if (regions == null) {
            regions = byCode(HostRegion.<HostRegion>listAll(BY_SORT_ORDER).stream()
                    .map(region -> new RegionView(region.code, region.name)), RegionView::code);
        }
        return regions;
    }

    /**
     * An unmodifiable map in the stream's order. Two threads may both build it on first use; both get
     * the same content, so the reference data needs no lock.
     */
    private static <V> Map<String, V> byCode(Stream<V> values, Function<V, String> code) {
        Map<String, V> byCode = new LinkedHashMap<>();
        values.forEach(value -> byCode.put(code.apply(value), value));
        return Collections.unmodifiableMap(byCode);
    }

    /** Creates a series; returns its id. */
    public long createSeries(NewSeries draft) {
        if (seriesExists(draft.slug())) {
            throw ProblemException.conflict("conflict.seriesSlug", draft.slug());
        }
        FairSeries series = new FairSeries();
        series.slug = draft.slug();
        series.title = draft.title();
        series.subtitle = draft.subtitle();
        series.description = draft.description();
        series.organisers = draft.organisers();
        series.createdAt = Instant.now();
        series.persist();
        // The newest series decides which edition is current
        versions.bump(EditionService.VERSION_KEY);
        return series.id;
    }

    /** Adds an event day to an edition; returns its id. */
    public long createEventDay(long editionId, NewEventDay draft) {
        HostRegion region = HostRegion.<HostRegion>findByIdOptional(draft.hostRegion())
                .orElseThrow(() -> ProblemException.badRequest("unknownRegion", draft.hostRegion()));
        EventDay day = new EventDay();
        day.edition = Edition.getEntityManager().getReference(Edition.class, editionId);
        day.date = draft.date();
        day.hostRegion = region;
        day.title = draft.title();
        day.description = draft.description();
        day.titleEn = blankToNull(draft.titleEn());
        day.descriptionEn = blankToNull(draft.descriptionEn());
        day.persist();
        return day.id;
    }

    private EventDayView view(EventDay day) {
        boolean english = language.english();
        ContentLanguage.Texts texts = new ContentLanguage.Texts(english);
        return new EventDayView(day.id, day.date, texts.pick("title", day.title, day.titleEn),
                texts.pick("description", day.description, day.descriptionEn),
                regions(english).get(day.hostRegion.code), texts.langs());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
