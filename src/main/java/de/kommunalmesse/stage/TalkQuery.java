package de.kommunalmesse.stage;

import jakarta.validation.constraints.Size;
import de.kommunalmesse.fair.EditionScope;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the programme ({@code GET /api/talks}). */
public class TalkQuery {

    @QueryParam("edition")
    @Parameter(description = EditionScope.DESCRIPTION)
    public String edition;

    @QueryParam("allEditions")
    @Parameter(description = "Search the programmes of all editions (the current and the archives); talks name their edition")
    public boolean allEditions;

    @QueryParam("day")
    @Parameter(description = "Event day id", example = "1")
    public Long day;

    @QueryParam("stage")
    @Size(max = 60)
    @Parameter(description = "Stage key", example = "hauptbuehne")
    public String stage;

    @QueryParam("topic")
    @Size(max = 40)
    @Parameter(description = "Topic field code", example = "gesundheit")
    public String topic;

    @QueryParam("type")
    @Size(max = 20)
    @Parameter(description = "Talk type: grusswort, keynote, fachbeitrag, podium, workshop")
    public String type;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Words in title, abstract (German or English), speakers, slide titles or FAQ entries", example = "Nachnutzung")
    public String q;

    @QueryParam("archived")
    @Parameter(description = "Only talks with a recording, slides or FAQ entries (the archive)", example = "true")
    public Boolean archived;
}
