package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a municipality needs to know before it reuses a service: OZG maturity, EfA status, catalogue keys,
 * licence, operation, costs, prerequisites and whom to ask. Every field is optional, so that services entered
 * before these fields existed stay valid.
 */
@Schema(name = "ReuseProfile", description = "Reuse facts of a service (docs/reuse.md)")
public record ReuseProfile(
        @Min(0) @Max(7) @Schema(description = "OZG maturity level in the model `ozgModel` names: model 1.1 has 0 offline, "
                + "1 Information, 2 Formular-Assistent, 3 Online-Leistung, 4 Online-Transaktion; model 2.0 has 0 (offline) "
                + "to 7 (end-to-end digital)", examples = "5") Integer ozgLevel,
        @Schema(description = "The OZG-Reifegradmodell the level is stated in: 2.0 (current since July 2025) or 1.1; "
                + "1.1 when a level comes without it", examples = "2.0") OzgModel ozgModel,
        @Schema(description = "Built as an EfA service (Einer für Alle)") Boolean efa,
        @Schema(description = "Offered on the EfA marketplace") Boolean efaMarketplace,
        @Size(max = 500) @Pattern(regexp = BoothContent.WEB_URL, message = "{kommunalmesse.url}") String efaMarketplaceUrl,
        @Size(max = 20) @Schema(description = "LeiKa/FIM service keys (Leistungsschlüssel), 14 digits each",
                examples = "[\"99050012104000\"]")
        List<@NotBlank @Pattern(regexp = SERVICE_KEY, message = "{kommunalmesse.serviceKey}") String> serviceKeys,
        @Size(max = 200) @SpdxExpression @Schema(description = "SPDX license expression", examples = "EUPL-1.2")
        String spdxLicence,
        OperatingModel operatingModel,
        CostModel costModel,
        @Size(max = 1_000) @Schema(description = "Indicative costs for reusers, in words") String costNote,
        @Size(max = 2_000) @Schema(description = "Technical prerequisites") String prerequisites,
        @Size(max = 300) @Schema(description = "Whom to ask about reuse (name, function mailbox, phone); logged-in users only")
        String reuseContact) {

    /** A LeiKa/FIM service key (Leistungsschlüssel): 14 digits. */
    public static final String SERVICE_KEY = "[0-9]{14}";

    public static final ReuseProfile EMPTY = new ReuseProfile(null, null, null, null, null, List.of(), null, null, null,
            null, null, null);

    public ReuseProfile {
        serviceKeys = serviceKeys == null ? List.of() : serviceKeys;
        // A level always names its model (profiles and API clients from before model 2.0 meant 1.1); no level, no model
        ozgModel = ozgLevel == null ? null : ozgModel == null ? OzgModel.DEFAULT : ozgModel;
    }

    /** The profile as anonymous visitors see it: without the contact. */
    public ReuseProfile withoutContact() {
        return new ReuseProfile(ozgLevel, ozgModel, efa, efaMarketplace, efaMarketplaceUrl, serviceKeys, spdxLicence, operatingModel,
                costModel, costNote, prerequisites, null);
    }

    @AssertTrue(message = "{kommunalmesse.ozgLevelInModel}")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isOzgLevelInModel() {
        return ozgLevel == null || ozgLevel <= ozgModel.maxLevel();
    }

    @AssertTrue(message = "{kommunalmesse.efaMarketplace}")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isMarketplaceConsistent() {
        boolean onMarketplace = Boolean.TRUE.equals(efaMarketplace);
        return (!onMarketplace || Boolean.TRUE.equals(efa))
                && (efaMarketplaceUrl == null || efaMarketplaceUrl.isBlank() || onMarketplace);
    }
}
