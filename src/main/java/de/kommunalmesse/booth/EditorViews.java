package de.kommunalmesse.booth;

import de.kommunalmesse.common.MaterialKind;
import de.kommunalmesse.booth.BoothViews.ExhibitorRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records of the booth editor, the review queue and the hall administration. */
public final class EditorViews {

    private EditorViews() {
    }

    /** Where a booth stands: {@code draft} (never submitted), {@code editing}, {@code submitted}, {@code rejected}, {@code published}. */
    @Schema(name = "EditorBooth", description = "A booth as its editors and the admins see it in their lists")
    public record EditorBooth(
            @Schema(examples = "kreis-soest-umzug") String slug,
            @Schema(description = "Slug of the booth's edition", examples = "2026") String edition,
            @Schema(description = "Whether the booth's edition is a read-only archive") boolean archived,
            @Schema(examples = "Digitaler Umzugsservice") String name,
            ExhibitorRef exhibitor,
            @Schema(description = "Whether an approved version is in the hall") boolean published,
            @Schema(enumeration = { "draft", "editing", "submitted", "rejected", "published" }, examples = "submitted") String workflowState,
            @Schema(description = "The admin's reason of the last rejection, while it stands") String reason,
            @Schema(description = "Last change of the working copy, the booth or its placement") Instant updatedAt,
            @Schema(description = "Where the booth stands in the hall (set by admins)") Placement placement,
            @Schema(description = "Whether the user may edit now; false while archive mode closed editing (admins may always)")
            boolean editingEnabled,
            @Schema(description = "Whether the user may change the booth's content at all: admins and the exhibitor's leads;"
                    + " staff with the role staff read it") boolean contentEditor) {
    }

    @Schema(name = "Material")
    public record MaterialView(long id, String title, MaterialKind kind, String mediaType, String fileName,
            long sizeBytes, String sha256, long downloads,
            @Schema(description = "Download path") String url) {
    }

    @Schema(name = "BoothDraft", description = "The working copy of a booth as its editor sees it")
    public record DraftView(String slug, @Schema(description = "Slug of the booth's edition", examples = "2026") String edition, ExhibitorRef exhibitor, boolean published,
            @Schema(enumeration = { "draft", "editing", "submitted", "rejected", "published" }) String workflowState,
            String reason,
            @Schema(description = "Send it back when saving; -1 while no working copy exists") long version,
            BoothContent content, List<MaterialView> uploadedMaterials, boolean editingEnabled,
            @Schema(description = "Whether the user may change the booth's content at all: admins and the exhibitor's leads;"
                    + " staff with the role staff read it") boolean contentEditor,
            @Schema(description = "WebVTT captions uploaded for the booth's video") List<CaptionsFileView> uploadedCaptions,
            @Schema(description = "Videos uploaded for the booth, newest first, with their transcoding state")
            List<VideoUploadView> uploadedVideos) {
    }

    @Schema(name = "VideoUpload", description = "A video uploaded for a booth and transcoded to HLS on the server")
    public record VideoUploadView(long id, String fileName, long sizeBytes,
            @Schema(enumeration = { "processing", "ready", "failed" }, description = "processing: being transcoded (\"wird umgewandelt\")")
            String state,
            @Schema(description = "The HLS playlist to use as video.url, once ready",
                    examples = "/api/booths/kreis-soest-umzug/video-files/4/index.m3u8") String playlistUrl,
            @Schema(description = "Why the transcoding failed") String error,
            Instant uploadedAt) {
    }

    @Schema(name = "VideoCaptionsFile", description = "WebVTT captions uploaded for a booth's video")
    public record CaptionsFileView(long id, String fileName, long sizeBytes,
            @Schema(description = "Number of cues in the file") int cueCount,
            @Schema(description = "Where the file is read", examples = "/api/booths/kreis-soest-umzug/video-captions/3") String url) {
    }

    @Schema(name = "DraftUpdate")
    public record DraftUpdate(@NotNull @Schema(description = "Version of the working copy this edit is based on") Long version,
            @NotNull @Valid BoothContent content) {
    }

    @Schema(name = "Decision")
    public record Decision(@NotNull Long version,
            @Size(max = 2000) @Schema(description = "Required for a rejection") String reason) {
    }

    @Schema(name = "VersionRef")
    public record VersionRef(@NotNull Long version) {
    }

    @Schema(name = "Review", description = "A submitted change: the approved content next to the proposed one")
    public record ReviewView(String slug, @Schema(description = "Slug of the booth's edition", examples = "2026") String edition, ExhibitorRef exhibitor, String workflowState, long version,
            String submittedBy, Instant submittedAt, BoothContent published, BoothContent proposed,
            List<MaterialView> uploadedMaterials) {
    }

    @Schema(name = "ReviewQueueEntry")
    public record ReviewQueueEntry(String slug, @Schema(description = "Slug of the booth's edition", examples = "2026") String edition, String name, ExhibitorRef exhibitor, boolean published,
            String submittedBy, Instant submittedAt) {
    }

    @Schema(name = "Placement", description = "Where a booth stands in the hall")
    public record Placement(
            @Min(0) @Max(100_000) @Schema(description = "Smaller numbers come first (after featured booths)", examples = "10") int hallOrder,
            @NotBlank @Pattern(regexp = "small|medium|large") @Schema(enumeration = { "small", "medium", "large" }, examples = "large") String tileSize,
            @Schema(description = "Featured booths come first in the hall") boolean featured) {
    }

    @Schema(name = "NewBoothRequest")
    public record NewBoothRequest(
            @NotBlank @Size(max = 60) @Pattern(regexp = BoothViews.SLUG_PATTERN, message = "{kommunalmesse.slug}") String slug,
            @NotBlank @Size(max = 160) String name) {
    }

    @Schema(name = "AuditEntry")
    public record AuditView(
            @Schema(description = "Login id of who acted (\"system\" for the application itself)", examples = "aussteller-soest") String actor,
            @Schema(description = "Their name as shown to people; the login id for older entries", examples = "Sven Sörensen") String actorName,
            @Schema(examples = "draft.withdraw") String action, String detail, Instant at) {
    }

    @Schema(name = "CarryOver", description = "Carry a booth into another edition as a working copy")
    public record CarryOver(
            @NotBlank @Pattern(regexp = de.kommunalmesse.fair.EditionViews.SLUG, message = "{kommunalmesse.slug}")
            @Schema(description = "Slug of the edition to carry the booth into", examples = "2027") String edition) {
    }

    @Schema(name = "StaffUpdate")
    public record StaffUpdate(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> staff) {
    }

    /** The result of a publiccode.yml import: the working copy with the new service, and what was not taken over. */
    @Schema(name = "PublicCodeImport")
    public record PublicCodeImport(DraftView draft, String service,
            @Schema(description = "Keys of the file (dotted paths) that have no place in a service") List<String> unmapped) {
    }

    /** A publiccode.yml's text, pasted or read from a file by the web app. */
    @Schema(name = "PublicCodeText")
    public record PublicCodeText(@NotNull @Size(max = 524_288) String yaml) {
    }
}
