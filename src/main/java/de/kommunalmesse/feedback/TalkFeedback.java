package de.kommunalmesse.feedback;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One user's rating of one talk: 1–5 stars and an optional comment that admins may hide. */
@Entity
@Table(name = "talk_feedback")
public class TalkFeedback extends IdentityEntity {

    public long talkId;
    public long editionId;
    public String username;
    public String displayName;
    public int stars;
    public String comment;
    public Instant commentHiddenAt;
    public String commentHiddenBy;
    public Instant createdAt;
    public Instant updatedAt;
}
