package de.kommunalmesse.booth;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters, search and paging of the hall ({@code GET /api/booths}). */
public class BoothQuery {

    @QueryParam("topic")
    @Size(max = 40)
    @Parameter(description = "Topic field code, see /api/topic-fields", example = "gesundheit")
    public String topic;

    @QueryParam("day")
    @Parameter(description = "Event day id", example = "1")
    public Long day;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Search text (name, tagline, exhibitor)", example = "Umzug")
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
