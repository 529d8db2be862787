package de.kommunalmesse.feedback;

import de.kommunalmesse.feedback.AttendanceService.Printable;
import de.kommunalmesse.feedback.CertificateViews.AttendanceDay;
import de.kommunalmesse.feedback.CertificateViews.AttendedTalk;
import de.kommunalmesse.feedback.CertificateViews.CertificateView;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The certificate of attendance as a PDF (Apache PDFBox): A4, German, a text layer in an embedded font (Liberation
 * Sans, which PDFBox ships), tagged (heading, paragraphs and the logo as a figure with alternative text in a structure
 * tree; the signature line is an artifact), with title and language set so that screen readers announce it properly.
 */
@ApplicationScoped
public class CertificatePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    /** The document title, also the heading. */
    static final String TITLE = "Teilnahmebescheinigung";

    /** Renders the certificate. */
    public byte[] render(Printable printable) {
        CertificateView c = printable.certificate();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(doc, font(doc));
            if (printable.logo().isPresent()) {
                writer.logo(PDImageXObject.createFromFile(printable.logo().get(), doc), "Logo: " + printable.issuer());
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
            writer.signatureLine();
            writer.block(StandardStructureTypes.P, printable.signatory(), 11, 2);
            writer.block(StandardStructureTypes.P, printable.signatoryRole(), 10, 24);
            writer.block(StandardStructureTypes.P, "Prüfcode: " + c.code(), 11, 2);
            writer.block(StandardStructureTypes.P, "Die Echtheit dieser Bescheinigung lässt sich unter "
                    + c.verificationUrl() + " prüfen.", 10, 2);
            writer.finish();
            metadata(doc, c, printable.issuer());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate cannot be rendered", e);
        }
    }

    private static void metadata(PDDocument doc, CertificateView c, String issuer) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(TITLE + " – " + c.printedName());
        info.setSubject(c.event());
        info.setAuthor(issuer);
        info.setCreator("Kommunalmesse");
        Calendar created = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(c.issuedAt().toEpochMilli());
        info.setCreationDate(created);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage("de-DE");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    private static PDType0Font font(PDDocument doc) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("Font not found: " + FONT);
            }
            return PDType0Font.load(doc, in);
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

    /** Writes tagged text blocks top to bottom, starting a new page when one is full. */
    private static final class Writer {

        private final PDDocument doc;
        private final PDType0Font font;
        private final PDStructureTreeRoot root = new PDStructureTreeRoot();
        private final PDStructureElement document;
        private final COSArray parentTreeNums = new COSArray();
        private PDPage page;
        private PDPageContentStream stream;
        private COSArray pageElements;
        private int mcid;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            catalog.setStructureTreeRoot(root);
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
            document.setLanguage("de-DE");
            root.appendKid(document);
            newPage();
        }

        private void newPage() throws IOException {
            closePage();
            page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            int index = doc.getNumberOfPages() - 1;
            page.setStructParents(index);
            pageElements = new COSArray();
            parentTreeNums.add(COSInteger.get(index));
            parentTreeNums.add(pageElements);
            stream = new PDPageContentStream(doc, page);
            mcid = 0;
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void closePage() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        void space(float points) {
            y -= points;
        }

        /** One structure element of this type with the text, wrapped to the width; then {@code after} points of space. */
        void block(String type, String text, float size, float after) throws IOException {
            List<String> lines = wrap(text, size);
            float leading = size * 1.35f;
            if (y - leading * lines.size() < MARGIN) {
                newPage();
            }
            PDStructureElement element = new PDStructureElement(type, document);
            element.setPage(page);
            document.appendKid(element);
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            stream.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y - size);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    stream.newLineAtOffset(0, -leading);
                }
                stream.showText(lines.get(i));
            }
            stream.endText();
            stream.endMarkedContent();
            element.appendKid(new PDMarkedContent(COSName.getPDFName(type), properties));
            pageElements.add(element);
            mcid++;
            y -= leading * lines.size() + after;
        }

        /** The organiser's logo at the top right, 56 points high, as a figure with its alternative text. */
        void logo(PDImageXObject image, String alt) throws IOException {
            float height = 56;
            float width = Math.min(160, image.getWidth() * height / image.getHeight());
            PDStructureElement element = new PDStructureElement(StandardStructureTypes.Figure, document);
            element.setPage(page);
            element.setAlternateDescription(alt);
            document.appendKid(element);
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            stream.beginMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), PDPropertyList.create(properties));
            stream.drawImage(image, PDRectangle.A4.getWidth() - MARGIN - width, y - height + 8, width, height);
            stream.endMarkedContent();
            element.appendKid(new PDMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), properties));
            pageElements.add(element);
            mcid++;
        }

        /** The line to sign on: decoration, marked as an artifact. */
        void signatureLine() throws IOException {
            stream.beginMarkedContent(COSName.ARTIFACT);
            stream.setLineWidth(0.8f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + 220, y);
            stream.stroke();
            stream.endMarkedContent();
            y -= 6;
        }

        void finish() throws IOException {
            closePage();
            COSDictionary tree = new COSDictionary();
            tree.setItem(COSName.NUMS, parentTreeNums);
            root.setParentTree(new PDNumberTreeNode(tree, PDStructureElement.class));
            root.setParentTreeNextKey(doc.getNumberOfPages());
        }

        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.replaceAll("\\s+", " ").strip().split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
