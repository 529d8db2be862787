package de.kommunalmesse.stage;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A visitor's question to a talk. */
@Entity
@Table(name = "question")
public class Question extends IdentityEntity {
    public long talkId;
    public String username;
    public String authorName;

    /** Hidden from other visitors, never from moderators. */
    public boolean anonymous;
    public String text;
    public QuestionStatus status;
    public boolean pinned;
    public int votes;
    public String answer;
    public boolean inFaq;
    public Instant createdAt;

    @Version
    public long version;
}
