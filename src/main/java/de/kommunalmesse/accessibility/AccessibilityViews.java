package de.kommunalmesse.accessibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the accessibility duties. */
public final class AccessibilityViews {

    private AccessibilityViews() {
    }

    /** One part of the platform that is not (fully) accessible, why, and what to use instead. */
    @Schema(name = "NonAccessiblePart")
    public record NonAccessiblePart(
            @NotBlank @Size(max = 500) @Schema(examples = "Aufzeichnungen älterer Vorträge") String part,
            @NotBlank @Size(max = 2000) @Schema(examples = "Einige Aufzeichnungen von 2020 haben noch keine Untertitel.") String reason,
            @Size(max = 2000) @Schema(examples = "Die Folien und ein Transkript stehen als PDF bereit.") String alternative) {
    }

    /** The texts of the statement in one language. */
    @Schema(name = "StatementTexts")
    public record StatementTexts(
            @NotBlank @Size(max = 300) @Schema(examples = "Kommunaler Digitalverbund NRW (KDN)") String bodyName,
            @NotBlank @Size(max = 5000) @Schema(examples = "Diese Erklärung gilt für die Kommunalmesse unter https://messe.example.org.") String scope,
            @NotNull @Size(max = 50) List<@Valid @NotNull NonAccessiblePart> nonAccessible,
            @NotBlank @Size(max = 300) @Schema(examples = "Team Barrierefreiheit der KDN") String contactName,
            @NotBlank @Size(max = 300) @Schema(examples = "Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen") String enforcementName,
            @NotBlank @Size(max = 5000) String enforcementText) {
    }

    /** What an admin saves: the whole statement in German and English. */
    @Schema(name = "StatementUpdate")
    public record StatementUpdate(
            @NotNull Compliance compliance,
            @NotBlank @Size(max = 300) @Schema(examples = "WCAG 2.2 AA / EN 301 549 V3.2.1 nach BITV NRW") String standard,
            @NotNull LocalDate preparedOn,
            @NotNull AssessmentMethod method,
            @NotNull LocalDate lastReviewedOn,
            @NotBlank @Email @Size(max = 254) String contactEmail,
            @Size(max = 60) @Pattern(regexp = "[0-9 +()/.-]*", message = "{kommunalmesse.phone}") String contactPhone,
            @NotBlank @Email @Size(max = 254) String enforcementEmail,
            @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{kommunalmesse.url}") String enforcementUrl,
            @NotNull @Valid StatementTexts de,
            @NotNull @Valid StatementTexts en,
            @Schema(description = "The version read before editing; a stale one is refused with 409") Long version) {
    }

    /** When the yearly review is due and whether the admins should act now. */
    @Schema(name = "StatementReview")
    public record Review(LocalDate dueOn, boolean reminder, boolean overdue) {
    }

    /** The statement as admins edit it: both languages, the review state and who changed it last. */
    @Schema(name = "StatementAdminView")
    public record StatementAdminView(Compliance compliance, String standard, LocalDate preparedOn,
            AssessmentMethod method, LocalDate lastReviewedOn, String contactEmail, String contactPhone,
            String enforcementEmail, String enforcementUrl, StatementTexts de, StatementTexts en, Review review,
            Instant updatedAt, String updatedBy, long version) {
    }

    /** The statement in one language as the public page renders it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Statement")
    public record StatementView(
            @Schema(examples = "de") String lang,
            String bodyName, String scope, Compliance compliance, String standard, List<NonAccessiblePart> nonAccessible,
            LocalDate preparedOn, AssessmentMethod method, LocalDate lastReviewedOn, String contactName,
            String contactEmail, String contactPhone, String enforcementName, String enforcementText,
            String enforcementEmail, String enforcementUrl,
            @Schema(description = "Days within which reports are answered") long answerDays) {
    }

    /** A signed token for the report form; it must be sent back with the report. */
    @Schema(name = "ReportForm")
    public record FormToken(String token, @Schema(examples = "3") long minFillSeconds) {
    }

    /** What the reporter learns after sending. */
    @Schema(name = "ReportReceipt")
    public record ReportReceipt(@Schema(examples = "17") long id, Instant answerDueAt, boolean answerByMail) {
    }

    @Schema(name = "ReportAttachment")
    public record Attachment(String fileName, String mediaType, long sizeBytes) {
    }

    /** A report in the admin queue. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Report")
    public record ReportView(long id, String description, String location, String contactEmail, String lang,
            Attachment attachment, ReportStatus status, String assignee, Instant createdAt, Instant dueAt,
            Instant firstReplyAt, boolean overdue, Instant updatedAt, long version) {
    }

    @Schema(name = "Reply")
    public record ReplyView(long id, String message, boolean interim, String sentBy, Instant sentAt, String mailedTo,
            boolean mailSent) {
    }

    /** A report with its replies. */
    @Schema(name = "ReportDetail")
    public record ReportDetail(ReportView report, List<ReplyView> replies) {
    }

    /** Status and assignee; absent fields stay as they are, an empty assignee removes it. */
    @Schema(name = "ReportUpdate")
    public record ReportUpdate(ReportStatus status,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{kommunalmesse.username}") String assignee) {
    }

    /** An answer to the reporter; sent by e-mail where they gave an address. */
    @Schema(name = "NewReply")
    public record NewReply(@NotBlank @Size(max = 10000) String message,
            @Schema(description = "An interim message: the report stays in progress") boolean interim) {
    }

    /** What the admin start page shows about the accessibility duties. */
    @Schema(name = "AccessibilityOverview")
    public record Overview(boolean statementPublished, Review review, long openReports, long overdueReports,
            long answerDays) {
    }

    /** A sign-language video slot of a Leichte-Sprache page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SignVideo")
    public record SignVideoView(SignVideoSlot slot, String title, String transcript, String videoUrl,
            String captionsUrl, String mediaType, Long sizeBytes, Integer durationSeconds, Instant updatedAt) {
    }
}
