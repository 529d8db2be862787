package de.kommunalmesse.fair;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A logo of an organiser or partner of the fair, shown in the lobby in {@link #position} order. */
@Entity
@Table(name = "fair_logo")
public class FairLogo extends IdentityEntity {

    @Enumerated(EnumType.STRING)
    public LogoKind kind;

    public int position;
    public long imageId;
    public String alt;
    public String linkUrl;
}
