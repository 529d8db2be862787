package de.kommunalmesse.stage;

import de.kommunalmesse.stage.ProgrammeViews.ProgrammeNow;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/programme")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme", description = "Talks on the stages")
public class ProgrammeResource {

    @Inject
    ProgrammeService programme;

    @Inject
    Clock clock;

    @GET
    @Path("now")
    @Operation(summary = "Talks running now (\"Jetzt live\") and the next five (\"Als Nächstes\")")
    public ProgrammeNow now() {
        return programme.now(clock.instant());
    }
}
