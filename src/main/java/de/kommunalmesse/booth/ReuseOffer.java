package de.kommunalmesse.booth;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A reusable service on show at a booth (Nachnutzungsangebot), as approved. */
@Entity
@Table(name = "reuse_offer")
public class ReuseOffer extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booth_id")
    public Booth booth;

    /** Stays the same when the booth is carried into the next edition, so the service's history adds up. */
    public String serviceKey;

    public int position;
    public String name;
    public String summary;
    public String nameEn;
    public String summaryEn;
    public String topicFieldCode;
    public Maturity maturity;
    public ReuseModel reuseModel;
    public String licence;
    public String codeUrl;
    public String technology;

    /** Municipalities already using it, one per line. */
    public String adopters;
    public String contactExpert;

    // Reuse facts (ReuseProfile); all optional
    public Integer ozgLevel;
    public OzgModel ozgModel;
    public Boolean efa;
    public Boolean efaMarketplace;
    public String efaMarketplaceUrl;
    /** LeiKa/FIM service keys, one per line. */
    public String serviceKeys;
    public String spdxLicence;
    public OperatingModel operatingModel;
    public CostModel costModel;
    public String costNote;
    public String prerequisites;
    public String reuseContact;
}
