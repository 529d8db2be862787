package de.kommunalmesse.insights;

import de.kommunalmesse.booth.BoothActivity;
import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.common.ConversationActivity;
import de.kommunalmesse.meeting.MeetingChanged;
import de.kommunalmesse.meeting.MeetingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Raises the counters as things happen at booths: downloads, contact and reuse requests (booth), conversations
 * with the team and their first answers (chat), booked meetings (meeting). Each feature fires its event inside the
 * transaction that stores the change, once, on the instance where it happened; the count joins that transaction.
 */
@ApplicationScoped
public class ActivityCounter {

    /** A booth's id and its edition's, which never change. */
    private record Place(long editionId, long boothId) {
    }

    @Inject
    Counters counters;

    @Inject
    BoothService booths;

    @Inject
    MeetingService meetings;

    private final Map<Long, Place> byId = new ConcurrentHashMap<>();
    private final Map<String, Place> byKey = new ConcurrentHashMap<>();

    void booth(@Observes BoothActivity activity) {
        place(activity.boothId()).ifPresent(place -> counters.count(place.editionId(), place.boothId(),
                switch (activity.kind()) {
                    case DOWNLOAD -> Metric.DOWNLOADS;
                    case CONTACT_REQUEST -> Metric.CONTACT_REQUESTS;
                    case REUSE_REQUEST -> Metric.REUSE_REQUESTS;
                }, 1));
    }

    void conversation(@Observes ConversationActivity activity) {
        place(activity.booth()).ifPresent(place -> {
            switch (activity.kind()) {
                case OPENED -> counters.count(place.editionId(), place.boothId(), Metric.CONVERSATIONS, 1);
                case MESSAGE -> counters.count(place.editionId(), place.boothId(), Metric.CHAT_MESSAGES, 1);
                case ANSWERED -> {
                    counters.count(place.editionId(), place.boothId(), Metric.ANSWERED, 1);
                    counters.count(place.editionId(), place.boothId(), Metric.ANSWER_SECONDS,
                            Math.max(0, activity.sinceOpened().toSeconds()));
                }
            }
        });
    }

    void meeting(@Observes MeetingChanged changed) {
        if (changed.change() == MeetingChanged.Change.BOOKED) {
            meetings.boothOf(changed.meetingId()).flatMap(this::place)
                    .ifPresent(place -> counters.count(place.editionId(), place.boothId(), Metric.MEETINGS, 1));
        }
    }

    private Optional<Place> place(long boothId) {
        Place known = byId.get(boothId);
        if (known != null) {
            return Optional.of(known);
        }
        return booths.boothHandle(boothId).map(handle -> {
            Place place = new Place(handle.editionId(), handle.id());
            byId.put(boothId, place);
            return place;
        });
    }

    /** A booth named as the chat names it, {@code <edition>/<slug>}. */
    private Optional<Place> place(String key) {
        Place known = byKey.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        return booths.editionOfKey(key).flatMap(edition -> {
            List<Long> ids = booths.boothIds(edition.id(), List.of(key.substring(key.indexOf('/') + 1)));
            return ids.stream().findFirst().map(id -> {
                Place place = new Place(edition.id(), id);
                byKey.put(key, place);
                return place;
            });
        });
    }
}
