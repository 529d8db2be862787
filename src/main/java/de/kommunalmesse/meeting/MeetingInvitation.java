package de.kommunalmesse.meeting;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The calendar invitation of a meeting (iCalendar, RFC 5545 with the iTIP methods of RFC 5546): REQUEST when it is
 * booked or moved, CANCEL when it is cancelled, always with the meeting's UID and its current SEQUENCE, so that
 * calendars update the one entry they already have. Times are written in UTC.
 */
final class MeetingInvitation {

    private MeetingInvitation() {
    }

    /** The method a change is sent with; null for changes that carry no invitation. */
    static Method method(MeetingChanged.Change change) {
        return switch (change) {
            case BOOKED, MOVED -> ImmutableMethod.REQUEST;
            case CANCELLED -> ImmutableMethod.CANCEL;
            case PROPOSED, DECLINED -> null;
        };
    }

    static String write(MeetingChanged meeting, Method method, String organizerFallbackEmail, Instant now) {
        VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), summary(meeting));
        event.replace(new DtStamp(now));
        event.add(new Uid(meeting.uid()));
        event.add(new Sequence(meeting.sequence()));
        event.add(method == ImmutableMethod.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String organizerEmail = meeting.organizer().email() == null ? organizerFallbackEmail : meeting.organizer().email();
        event.add(new Organizer(new ParameterList(List.of(new Cn(meeting.organizer().name()))),
                URI.create("mailto:" + organizerEmail)));
        if (meeting.visitor().email() != null) {
            event.add(new Attendee(new ParameterList(List.of(new Cn(meeting.visitor().name()), Role.REQ_PARTICIPANT,
                    PartStat.ACCEPTED)), URI.create("mailto:" + meeting.visitor().email())));
        }
        if (meeting.videoUrl() != null) {
            event.add(new Location(meeting.videoUrl()));
            event.add(new Url(URI.create(meeting.videoUrl())));
        }
        event.add(new Description(meeting.topic() + (meeting.videoUrl() == null ? "" : "\n\n" + meeting.videoUrl())));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kommunalmesse//Termine//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(event);
        return calendar.toString();
    }

    private static String summary(MeetingChanged meeting) {
        return meeting.topic() + " – " + meeting.boothName();
    }
}
