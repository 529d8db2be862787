package de.kommunalmesse.stage;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "poll_option")
public class PollOption extends IdentityEntity {

    public int position;
    public String text;
}
