package de.kommunalmesse.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The environment variables of the README's "Run in production" table, the settings an operator is told of. */
public final class ReadmeSettings {

    public static final Path README = Path.of("README.md");
    private static final String SECTION = "## Run in production";
    private static final Pattern CODE = Pattern.compile("`([A-Z_][A-Z0-9_]*)`");

    private ReadmeSettings() {
    }

    public static List<String> variables(Predicate<String> known) {
        try {
            return variables(Files.readString(README), known);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names in the first column of the table. A name written as a suffix ({@code `_PORT`} after
     * {@code `QUARKUS_MAILER_HOST`}) replaces the end of the name before it: as many of its last parts as
     * make a setting the app knows ({@code `_ALLOW_X_FORWARDED`} after
     * {@code `QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING`}), else the last part.
     */
    static List<String> variables(String readme, Predicate<String> known) {
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
                    name = expand(previous, name, known);
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

    private static String expand(String previous, String suffix, Predicate<String> known) {
        String stem = previous;
        while (stem.lastIndexOf('_') > 0) {
            stem = stem.substring(0, stem.lastIndexOf('_'));
            if (known.test(stem + suffix)) {
                return stem + suffix;
            }
        }
        return previous.substring(0, previous.lastIndexOf('_')) + suffix;
    }
}
