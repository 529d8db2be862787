package de.kommunalmesse.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of certificates of attendance. */
public final class CertificateViews {

    private CertificateViews() {
    }

    @Schema(name = "CertificateRequest")
    public record CertificateRequest(
            @NotBlank @Size(max = 40) @Schema(description = "Slug of the edition", examples = "2026") String edition) {
    }

    @Schema(name = "AttendedTalk", description = "A talk the person followed live, with the time measured")
    public record AttendedTalk(long id, String title, String stage,
            @Schema(description = "Start in Europe/Berlin") OffsetDateTime start, OffsetDateTime end,
            @Schema(description = "Minutes followed live", examples = "42") int attendedMinutes) {
    }

    @Schema(name = "AttendanceDay")
    public record AttendanceDay(LocalDate date, @Schema(examples = "Tag 4 – Gastgeberin: Digitale Modellregion Soest") String title) {
    }

    @Schema(name = "Certificate", description = "A certificate of attendance of the caller")
    public record CertificateView(@Schema(examples = "K7QM-3HXD-9TZA") String code,
            @Schema(examples = "2026") String edition,
            @Schema(description = "The event as printed", examples = "Digitale Services – von Kommunen für Kommunen, Ausgabe 2026") String event,
            @Schema(examples = "Bea Sucher") String printedName, List<AttendanceDay> days, List<AttendedTalk> talks,
            @Schema(examples = "135") int totalMinutes, Instant issuedAt,
            @Schema(description = "The public verification page") String verificationUrl,
            @Schema(description = "The PDF (only for the person it is about)", examples = "/api/certificates/K7QM-3HXD-9TZA/pdf") String pdfUrl) {
    }

    @Schema(name = "CertificateVerification", description = "What anyone may learn about a certificate: event, name as printed, validity")
    public record Verification(@Schema(examples = "K7QM-3HXD-9TZA") String code, boolean valid,
            @Schema(examples = "Digitale Services – von Kommunen für Kommunen, Ausgabe 2026") String event,
            @Schema(examples = "Bea Sucher") String printedName, Instant issuedAt) {
    }
}
