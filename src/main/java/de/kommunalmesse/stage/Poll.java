package de.kommunalmesse.stage;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A poll of a talk, single or multiple choice, opened and closed by moderators. */
@Entity
@Table(name = "poll")
public class Poll extends IdentityEntity {
    public long talkId;
    public String question;
    public boolean multiple;
    public PollState state;
    public Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "poll_id", nullable = false)
    @OrderBy("position")
    public List<PollOption> options = new ArrayList<>();
}
