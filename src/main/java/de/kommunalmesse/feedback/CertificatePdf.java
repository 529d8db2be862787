package de.kommunalmesse.feedback;

import de.kommunalmesse.common.TaggedPdf;
import de.kommunalmesse.feedback.AttendanceService.Printable;
import de.kommunalmesse.feedback.CertificateViews.AttendanceDay;
import de.kommunalmesse.feedback.CertificateViews.AttendedTalk;
import de.kommunalmesse.feedback.CertificateViews.CertificateView;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The certificate of attendance as a PDF (Apache PDFBox): A4, German, a text layer in an embedded font (Liberation
 * Sans, which PDFBox ships), tagged (heading, paragraphs and the logo as a figure with alternative text in a structure
 * tree; the signature line is an artifact), with title and language set so that screen readers announce it properly.
 */
@ApplicationScoped
public class CertificatePdf {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The document title, also the heading. */
    static final String TITLE = "Teilnahmebescheinigung";

    /** Renders the certificate. */
    public byte[] render(Printable printable) {
        CertificateView c = printable.certificate();
        try (TaggedPdf writer = new TaggedPdf(TITLE + " – " + c.printedName(), c.event(), printable.issuer(), c.issuedAt())) {
            if (printable.logo().isPresent()) {
                writer.logo(PDImageXObject.createFromFile(printable.logo().get(), writer.document()),
                        "Logo: " + printable.issuer(), 56);
            }
            writer.block(StandardStructureTypes.H1, TITLE, 22, 10);
            writer.block(StandardStructureTypes.P, c.printedName(), 16, 6);
            writer.block(StandardStructureTypes.P, "hat an der Veranstaltung „" + c.event()
                    + "“ teilgenommen und die folgenden Beiträge live auf der Plattform verfolgt.", 11, 10);
            writer.block(StandardStructureTypes.H2, "Veranstaltungstage", 13, 4);
            for (AttendanceDay day : c.days()) {
                writer.block(StandardStructureTypes.P, DATE.format(day.date())
                        + (day.title() == null ? "" : " – " + day.title()), 11, 2);
            }
            writer.space(8);
            writer.block(StandardStructureTypes.H2, "Verfolgte Beiträge", 13, 4);
            for (AttendedTalk talk : c.talks()) {
                writer.block(StandardStructureTypes.P, DATE.format(talk.start()) + ", " + TIME.format(talk.start()) + "–"
                        + TIME.format(talk.end()) + " Uhr: " + talk.title() + " (" + talk.stage() + ") – "
                        + minutes(talk.attendedMinutes()) + " live verfolgt", 11, 3);
            }
            writer.space(8);
            writer.block(StandardStructureTypes.P, "Gesamtdauer: " + duration(c.totalMinutes()), 12, 14);
            writer.block(StandardStructureTypes.P, "Ausgestellt am " + DATE.format(c.issuedAt().atZone(BERLIN)) + " von "
                    + printable.issuer() + ".", 11, 30);
            writer.signatureLine(220);
            writer.block(StandardStructureTypes.P, printable.signatory(), 11, 2);
            writer.block(StandardStructureTypes.P, printable.signatoryRole(), 10, 24);
            writer.block(StandardStructureTypes.P, "Prüfcode: " + c.code(), 11, 2);
            writer.block(StandardStructureTypes.P, "Die Echtheit dieser Bescheinigung lässt sich unter "
                    + c.verificationUrl() + " prüfen.", 10, 2);
            return writer.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate cannot be rendered", e);
        }
    }

    static String minutes(int minutes) {
        return minutes == 1 ? "1 Minute" : minutes + " Minuten";
    }

    /** "2 Stunden 15 Minuten", "45 Minuten". */
    static String duration(int totalMinutes) {
        int hours = totalMinutes / 60;
        int rest = totalMinutes % 60;
        if (hours == 0) {
            return minutes(rest);
        }
        String h = hours == 1 ? "1 Stunde" : hours + " Stunden";
        return rest == 0 ? h : h + " " + minutes(rest);
    }
}
