package de.kommunalmesse.stage;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A speaker of one talk, in the order they are announced. */
@Entity
@Table(name = "talk_speaker")
public class TalkSpeaker extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "talk_id")
    public Talk talk;

    public int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;
}
