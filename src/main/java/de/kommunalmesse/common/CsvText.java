package de.kommunalmesse.common;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A CSV file as every export writes it: semicolon-separated (what German spreadsheet programs expect), UTF-8 with
 * byte order mark, lines ending in CRLF, and cells that a spreadsheet would run as a formula neutralised.
 */
public final class CsvText {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    /** Appends one line. */
    public CsvText row(String... cells) {
        return row(Stream.of(cells));
    }

    /** Appends one line. */
    public CsvText row(List<String> cells) {
        return row(cells.stream());
    }

    /** Appends one line. */
    public CsvText row(Stream<String> cells) {
        text.append(cells.map(CsvText::cell).collect(Collectors.joining(";"))).append("\r\n");
        return this;
    }

    /** The file's text, with the byte order mark. */
    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * One cell: null as empty; a leading {@code = + - @}, tab or CR gets a {@code '} so that no spreadsheet runs it
     * (CSV injection); a cell with a separator, quote or line break is quoted.
     */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** The answer that downloads a CSV file under this name (a plain ASCII name, no quotes). */
    public static Response download(String body, String fileName) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
