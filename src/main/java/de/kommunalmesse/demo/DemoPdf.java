package de.kommunalmesse.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF with a heading and lines of text, for the demo booths' materials: the demo fair ships no binary
 * files, and a document shelf with something to open shows what booths look like with their material.
 */
final class DemoPdf {

    /** The text encoding the standard fonts read (WinAnsi), which has the German letters. */
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private DemoPdf() {
    }

    /** A4, the title in bold, each line below it in the regular font. */
    static byte[] page(String title, List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F2 18 Tf 56 770 Td (").append(escape(title)).append(") Tj");
        text.append(" /F1 11 Tf 0 -30 Td 15 TL");
        for (String line : lines) {
            text.append(" (").append(escape(line)).append(") Tj T*");
        }
        text.append(" ET");
        byte[] content = text.toString().getBytes(WIN_ANSI);

        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>"));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(ascii("<< /Length " + content.length + " >>\nstream\n"));
        stream.writeBytes(content);
        stream.writeBytes(ascii("\nendstream"));
        objects.add(stream.toByteArray());
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(ascii("%PDF-1.4\n"));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
            pdf.writeBytes(objects.get(i));
            pdf.writeBytes(ascii("\nendobj\n"));
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        pdf.writeBytes(ascii(table.toString()));
        return pdf.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
