package de.kommunalmesse.notification;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that happened for a user, in their notification centre until they read it. */
@Entity
@Table(name = "notification")
public class Notification extends IdentityEntity {

    public String username;
    /** What happened, e.g. {@code meeting.booked}; the web app words it in the user's language. */
    public String kind;
    /** What it is about, e.g. a meeting's topic. */
    public String subject;
    /** Where, e.g. the booth's name. */
    public String detail;
    /** When the thing it is about takes place, if it has a time. */
    public Instant at;
    /** The page it leads to, e.g. {@code /termine/42}. */
    public String link;
    /** While unread, a new notification with the same key merges into this one, e.g. {@code conversation:42}; null once read. */
    public String coalesceKey;
    /** How many events this notification stands for (more than one once merged). */
    public int repeats = 1;
    public Instant createdAt;
    public Instant readAt;
    /** When it went out by e-mail, at once or in a digest. */
    public Instant mailedAt;
}
