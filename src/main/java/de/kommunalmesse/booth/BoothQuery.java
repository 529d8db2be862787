package de.kommunalmesse.booth;

import de.kommunalmesse.fair.EditionScope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters, search and paging of the hall ({@code GET /api/booths}). */
public class BoothQuery {

    @QueryParam("edition")
    @Parameter(description = EditionScope.DESCRIPTION)
    public String edition;

    @QueryParam("allEditions")
    @Parameter(description = "Search the halls of all editions (the current and the archives); cards name their edition")
    public boolean allEditions;

    @QueryParam("topic")
    @Size(max = 40)
    @Parameter(description = "Topic field code, see /api/topic-fields", example = "gesundheit")
    public String topic;

    @QueryParam("day")
    @Parameter(description = "Event day id", example = "1")
    public Long day;

    @QueryParam("region")
    @Size(max = 40)
    @Parameter(description = "Host region code, or \"other\" for organisations from elsewhere", example = "soest")
    public String region;

    @QueryParam("orgType")
    @Parameter(description = "Organisation type of the exhibitor", example = "kreis")
    @Size(max = 40)
    public String orgType;

    @QueryParam("maturity")
    @Parameter(description = "Booths with a service of this maturity", example = "produktiv")
    @Size(max = 40)
    public String maturity;

    @QueryParam("reuseModel")
    @Parameter(description = "Booths with a service of this reuse model", example = "open-source")
    @Size(max = 40)
    public String reuseModel;

    @QueryParam("ozgLevel")
    @Min(0)
    @Max(7)
    @Parameter(description = "Booths with a service of at least this OZG maturity level in the model `ozgModel` names "
            + "(0–4 in 1.1, 0–7 in 2.0); services whose level is stated in the other model do not count", example = "5")
    public Integer ozgLevel;

    @QueryParam("ozgModel")
    @Size(max = 10)
    @Parameter(description = "The OZG-Reifegradmodell of `ozgLevel`: 2.0 or 1.1 (1.1 when not given)", example = "2.0")
    public String ozgModel;

    @QueryParam("efa")
    @Parameter(description = "true: booths with an EfA service; false: with a service that is not one")
    public Boolean efa;

    @QueryParam("licence")
    @Size(max = 100)
    @Parameter(description = "Booths with a service under this SPDX licence identifier", example = "EUPL-1.2")
    public String licence;

    @QueryParam("operatingModel")
    @Size(max = 40)
    @Parameter(description = "Booths with a service of this operating model", example = "saas")
    public String operatingModel;

    @QueryParam("sort")
    @Pattern(regexp = "relevance|hall|name|newest")
    @Parameter(description = "relevance (default with a search term), hall (default otherwise), name, newest")
    public String sort;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Full-text search over booths, exhibitors and services", example = "Umzug")
    public String q;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(10_000)
    @Parameter(description = "Zero-based page number")
    public int page;

    @QueryParam("size")
    @DefaultValue("24")
    @Min(1)
    @Max(100)
    @Parameter(description = "Page size (1–100)")
    public int size = 24;
}
