package de.kommunalmesse.stage;

import de.kommunalmesse.fair.FairViews.ShownImage;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records of speaker profiles. */
public final class SpeakerViews {

    private SpeakerViews() {
    }

    @Schema(name = "SpeakerProfile", description = "A speaker with photo, short bio and their talks")
    public record SpeakerDetail(long id, @Schema(examples = "Dr. Anna Beispiel") String name,
            @Schema(examples = "Stadt Musterhausen") String organisation, @Schema(examples = "Leiterin Digitalisierung") String role,
            @Schema(description = "Short bio, German, plain text") String bio,
            @Schema(description = "Short bio in English, if given") String bioEn,
            ShownImage photo, List<TalkSummary> talks, long version) {
    }

    @Schema(name = "SpeakerInput")
    public record SpeakerInput(@NotBlank @Size(max = 160) String name, @Size(max = 200) String organisation,
            @Size(max = 200) String role, @Size(max = 2000) String bio, @Size(max = 2000) String bioEn,
            @Schema(description = "An image uploaded through POST /api/images") Long photoImageId,
            @Size(max = 300) @Schema(description = "Required with a photo: what it shows") String photoAlt,
            @Schema(description = "Version when changing (PUT); ignored when creating") Long version) {
    }
}
