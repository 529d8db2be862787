package de.kommunalmesse.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The environment variables of the README's "Run in production" table, the settings an operator is told of. */
public final class ReadmeSettings {

    public static final Path README = Path.of("README.md");
    private static final String SECTION = "## Run in production";
    private static final Pattern CODE = Pattern.compile("`([A-Z_][A-Z0-9_]*)`");

    private ReadmeSettings() {
    }

    public static List<String> variables() {
        try {
            return variables(Files.readString(README));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names in the first column of the table. A name written as a suffix ({@code `_PORT`} after
     * {@code `QUARKUS_MAILER_HOST`}) replaces the last part of the name before it.
     */
    static List<String> variables(String readme) {
        int start = readme.indexOf(SECTION);
        if (start < 0) {
            throw new IllegalStateException("README has no section \"" + SECTION + "\"");
        }
        List<String> names = new ArrayList<>();
        boolean inTable = false;
        for (String line : readme.substring(start + SECTION.length()).split("\n")) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.split("\\|");
            if (cells.length < 2) {
                continue;
            }
            Matcher code = CODE.matcher(cells[1]);
            String previous = null;
            while (code.find()) {
                String name = code.group(1);
                if (name.startsWith("_")) {
                    if (previous == null) {
                        throw new IllegalStateException("README names the suffix " + name + " without a variable before it");
                    }
                    name = previous.substring(0, previous.lastIndexOf('_')) + name;
                }
                names.add(name);
                previous = name;
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("README's \"" + SECTION + "\" has no table of variables");
        }
        return names;
    }
}
