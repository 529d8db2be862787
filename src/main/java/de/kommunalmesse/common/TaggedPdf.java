package de.kommunalmesse.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
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
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * An accessible A4 PDF written top to bottom (Apache PDFBox): German ({@code de-DE}), a text layer in an embedded
 * font (Liberation Sans, which PDFBox ships), tagged (every heading, paragraph, table cell and figure is a structure
 * element; decoration is an artifact), with the title shown by viewers instead of the file name. Used by the
 * certificates of attendance and the reports (docs/insights.md).
 */
public final class TaggedPdf implements AutoCloseable {

    /** Draws a figure's vector graphics inside the box {@code (x, bottom)} to {@code (x + width, bottom + height)}. */
    @FunctionalInterface
    public interface Drawing {
        void draw(PDPageContentStream stream, float x, float bottom, float width, float height) throws IOException;
    }

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String LANGUAGE = "de-DE";

    /** The page margin in points. */
    public static final float MARGIN = 64;
    /** The width between the margins. */
    public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final COSArray parentTreeNums = new COSArray();
    private PDPage page;
    private PDPageContentStream stream;
    private COSArray pageElements;
    private int mcid;
    private float y;

    /** A new document with its title (shown in the viewer's title bar), author and creation time. */
    public TaggedPdf(String title, String subject, String author, Instant created) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("Font not found: " + FONT);
            }
            font = PDType0Font.load(doc, in);
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setAuthor(author);
        info.setCreator("Kommunalmesse");
        Calendar calendar = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(created.toEpochMilli());
        info.setCreationDate(calendar);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(LANGUAGE);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        document.setLanguage(LANGUAGE);
        root.appendKid(document);
        newPage();
    }

    /** The document, e.g. to load an image into it. */
    public PDDocument document() {
        return doc;
    }

    /** The embedded font, e.g. to measure text. */
    public PDType0Font font() {
        return font;
    }

    public void space(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code points} still fit on this one. */
    public void keep(float points) throws IOException {
        if (y - points < MARGIN) {
            newPage();
        }
    }

    /** One structure element of this type with the text, wrapped to the width; then {@code after} points of space. */
    public void block(String type, String text, float size, float after) throws IOException {
        List<String> lines = wrap(text, size, WIDTH);
        float leading = size * 1.35f;
        keep(leading * lines.size());
        PDStructureElement element = element(type, document);
        marked(element, type, () -> lines(lines, MARGIN, y, size, leading));
        y -= leading * lines.size() + after;
    }

    /**
     * A table with a header row (column headers, scope column); the first cell of each row is the row's header
     * (scope row). {@code widths} are the columns' shares of the width. Rows move to the next page when full.
     */
    public void table(List<String> header, List<List<String>> rows, float[] widths, float size, float after)
            throws IOException {
        float leading = size * 1.35f;
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = WIDTH * widths[i] / total;
        }
        PDStructureElement table = element(StandardStructureTypes.TABLE, document);
        row(table, header, columns, size, leading, true);
        for (List<String> cells : rows) {
            row(table, cells, columns, size, leading, false);
        }
        y -= after;
    }

    private void row(PDStructureElement table, List<String> cells, float[] columns, float size, float leading,
            boolean header) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = wrap(cells.get(i), size, columns[i] - 6);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        float rowHeight = leading * height + 4;
        keep(rowHeight);
        PDStructureElement tr = element(StandardStructureTypes.TR, table);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            boolean th = header || i == 0;
            String type = th ? StandardStructureTypes.TH : StandardStructureTypes.TD;
            PDStructureElement cell = element(type, tr);
            if (th) {
                PDTableAttributeObject scope = new PDTableAttributeObject();
                scope.setScope(header ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
                cell.addAttribute(scope);
            }
            List<String> lines = wrapped.get(i);
            float left = x;
            marked(cell, type, () -> lines(lines, left + 2, y - 2, size, leading));
            x += columns[i];
        }
        y -= rowHeight;
        artifact(() -> {
            stream.setLineWidth(header ? 0.8f : 0.3f);
            stream.moveTo(MARGIN, y + 1);
            stream.lineTo(MARGIN + WIDTH, y + 1);
            stream.stroke();
        });
    }

    /** A figure of {@code height} points drawn in vector graphics, with its alternative text; then some space. */
    public void figure(String alt, float height, Drawing drawing) throws IOException {
        keep(height);
        PDStructureElement element = element(StandardStructureTypes.Figure, document);
        element.setAlternateDescription(alt);
        float bottom = y - height;
        marked(element, StandardStructureTypes.Figure, () -> drawing.draw(stream, MARGIN, bottom, WIDTH, height));
        y = bottom - 8;
    }

    /** An image at the top right, {@code height} points high, as a figure with its alternative text. */
    public void logo(PDImageXObject image, String alt, float height) throws IOException {
        float width = Math.min(160, image.getWidth() * height / image.getHeight());
        PDStructureElement element = element(StandardStructureTypes.Figure, document);
        element.setAlternateDescription(alt);
        float top = y;
        marked(element, StandardStructureTypes.Figure,
                () -> stream.drawImage(image, PDRectangle.A4.getWidth() - MARGIN - width, top - height + 8, width, height));
    }

    /** A line to sign on, {@code length} points long: decoration, marked as an artifact. */
    public void signatureLine(float length) throws IOException {
        artifact(() -> {
            stream.setLineWidth(0.8f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + length, y);
            stream.stroke();
        });
        y -= 6;
    }

    /** Writes the text of a figure or a chart label in the current font (inside a figure's drawing). */
    public void text(PDPageContentStream target, String text, float x, float baseline, float size) throws IOException {
        target.beginText();
        target.setFont(font, size);
        target.newLineAtOffset(x, baseline);
        target.showText(text);
        target.endText();
    }

    /** Finishes the structure tree and returns the document's bytes. */
    public byte[] toBytes() throws IOException {
        closePage();
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, parentTreeNums);
        root.setParentTree(new PDNumberTreeNode(tree, PDStructureElement.class));
        root.setParentTreeNextKey(doc.getNumberOfPages());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Override
    public void close() throws IOException {
        closePage();
        doc.close();
    }

    private interface Content {
        void write() throws IOException;
    }

    private PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    /** Writes content as marked content with the next MCID, linked to the element both ways. */
    private void marked(PDStructureElement element, String type, Content content) throws IOException {
        element.setPage(page);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        stream.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
        content.write();
        stream.endMarkedContent();
        element.appendKid(new PDMarkedContent(COSName.getPDFName(type), properties));
        pageElements.add(element);
        mcid++;
    }

    private void artifact(Content content) throws IOException {
        stream.beginMarkedContent(COSName.ARTIFACT);
        content.write();
        stream.endMarkedContent();
    }

    private void lines(List<String> lines, float x, float top, float size, float leading) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, top - size);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                stream.newLineAtOffset(0, -leading);
            }
            stream.showText(lines.get(i));
        }
        stream.endText();
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

    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.replaceAll("\\s+", " ").strip().split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
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
