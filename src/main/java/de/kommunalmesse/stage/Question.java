package de.kommunalmesse.stage;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A visitor's question to a talk. */
@Entity
@Table(name = "question")
public class Question extends IdentityEntity {

    @Column(name = "talk_id")
    public long talkId;

    public String username;

    @Column(name = "author_name")
    public String authorName;

    /** Hidden from other visitors, never from moderators. */
    public boolean anonymous;

    public String text;
    public QuestionStatus status;
    public boolean pinned;
    public int votes;
    public String answer;

    @Column(name = "in_faq")
    public boolean inFaq;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
