package de.kommunalmesse.chat;

import de.kommunalmesse.chat.protocol.ChatProtocol.ChannelSettings;
import de.kommunalmesse.chat.protocol.ChatProtocol.MessageView;
import de.kommunalmesse.chat.protocol.ChatProtocol.Permissions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the chat's REST API. */
public final class ChatViews {

    private ChatViews() {
    }

    /** A channel as the caller sees it. {@code lastReadSeq} and {@code unread} only when logged in. */
    @Schema(name = "ChatChannel")
    public record ChannelView(
            @Schema(examples = "booth:2026/kreis-soest-umzug") String channel,
            @Schema(examples = "42", description = "Latest sequence number of the channel") long head,
            ChannelSettings settings,
            Permissions permissions,
            Long lastReadSeq,
            Long unread) {
    }

    /** A page of messages in seq order; {@code hasMore}: older messages exist (ask with before = first seq). */
    @Schema(name = "ChatHistory")
    public record HistoryView(String channel, List<MessageView> messages, boolean hasMore) {
    }

    @Schema(name = "ChatSettingsUpdate", description = "Only the given settings change")
    public record SettingsUpdate(
            @Schema(description = "Anonymous users may read (admins only)") Boolean anonymousRead,
            @Min(0) @Max(3600) @Schema(examples = "30", description = "Seconds between two messages of a user; 0 is off")
            Integer slowModeSeconds) {
    }

    @Schema(name = "ChatReadUpdate")
    public record ReadUpdate(@NotNull @Min(0) @Schema(examples = "42") Long seq) {
    }

    @Schema(name = "ChatReadState")
    public record ReadView(String channel, long lastReadSeq, long unread) {
    }

    @Schema(name = "ChatUnread")
    public record UnreadView(String channel, long head, long lastReadSeq, long unread) {
    }

    @Schema(name = "NewChatConversation")
    public record NewConversation(@NotBlank @Schema(description = "The booth as <edition>/<slug>; a slug alone means the current edition", examples = "2026/kreis-soest-umzug") String booth) {
    }

    /** A conversation with a booth team; {@code unread} counts for the caller. */
    @Schema(name = "ChatConversation")
    public record ConversationView(
            @Schema(examples = "17") long id,
            @Schema(examples = "dm:17") String channel,
            @Schema(description = "The booth as <edition>/<slug>; a slug alone means the current edition", examples = "2026/kreis-soest-umzug") String booth,
            @Schema(examples = "Umzug digital melden") String boothName,
            @Schema(examples = "Kreis Soest") String exhibitorName,
            @Schema(examples = "Bea Sucher") String visitorName,
            @Schema(examples = "open", enumeration = { "open", "closed" }) String status,
            @Schema(examples = "Sven Sörensen", description = "The staff member handling it, if any") String handlerName,
            Instant createdAt,
            Instant updatedAt,
            @Schema(examples = "12") long lastSeq,
            @Schema(examples = "2") long unread) {
    }

    @Schema(name = "ChatPresence")
    public record PresenceView(@Schema(description = "The booth as <edition>/<slug>; a slug alone means the current edition", examples = "2026/kreis-soest-umzug") String booth,
            @Schema(examples = "2") int expertsOnline) {
    }

    @Schema(name = "NewChatReport")
    public record NewReport(@Size(max = 500) @Schema(examples = "Beleidigung") String reason) {
    }

    @Schema(name = "ChatReport")
    public record ReportView(long id, String channel, long seq, String author, String text, String reporter,
            String reason, @Schema(enumeration = { "open", "resolved", "dismissed" }) String status, Instant createdAt,
            String handledBy, Instant handledAt, String note) {
    }

    @Schema(name = "ChatReportResolution")
    public record ReportResolution(
            @NotNull @Pattern(regexp = "resolved|dismissed") @Schema(examples = "resolved") String status,
            @Schema(description = "Also delete the reported message") boolean deleteMessage,
            @Size(max = 500) String note) {
    }

    /**
     * A mute or ban. The user is named directly or as the author of a message ({@code channel} + {@code seq}).
     * Without {@code channel} it applies everywhere (admins only). Without {@code minutes} a ban lasts until
     * lifted; a mute always needs a duration.
     */
    @Schema(name = "NewChatSanction")
    public record NewSanction(
            @NotNull @Schema(examples = "mute") SanctionKind kind,
            @Size(max = 100) @Schema(examples = "besucher") String user,
            @Size(max = 80) @Schema(examples = "booth:2026/kreis-soest-umzug") String channel,
            @Min(1) @Schema(examples = "12") Long seq,
            @Min(1) @Max(525600) @Schema(examples = "15") Integer minutes,
            @Size(max = 500) @Schema(examples = "Werbung") String reason) {
    }

    /**
     * A mute or ban. {@code userName} and {@code createdByName} are the display names of the two when it was
     * imposed (the sanctioned user's as they last wrote in the chat; the username when unknown).
     */
    @Schema(name = "ChatSanction")
    public record SanctionView(long id, @Schema(examples = "besucher") String user,
            @Schema(examples = "Bea Sucher") String userName, SanctionKind kind, String channel, String reason,
            @Schema(examples = "aussteller-soest") String createdBy,
            @Schema(examples = "Sven Sörensen") String createdByName, Instant createdAt, Instant expiresAt,
            Instant liftedAt, String liftedBy) {
    }

    @Schema(name = "ChatModerationLogEntry")
    public record LogEntryView(long id, String actor,
            @Schema(examples = "message-deleted") String action, String channel, String targetUser, Long seq,
            String detail, Instant createdAt) {
    }

    /** Open conversations at one of the caller's booths that no staff member has answered or claimed yet. */
    @Schema(name = "ChatWaitingConversations")
    public record WaitingConversations(
            @Schema(description = "The booth as <edition>/<slug>", examples = "2026/kreis-soest-umzug") String booth,
            @Schema(examples = "kreis-soest-umzug") String slug,
            @Schema(examples = "Umzug digital melden") String boothName,
            @Schema(examples = "2") long waiting) {
    }
}
