package de.kommunalmesse.booth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The SPDX License List (identifiers and exceptions) as bundled in {@code spdx/spdx-identifiers.json}, and a
 * check of SPDX license expressions against it: identifiers (matched case-insensitively, as the SPDX
 * specification says), an optional {@code +}, {@code LicenseRef-…} for other licences, {@code WITH} an
 * exception, {@code AND}/{@code OR} and parentheses. A plain class without CDI, so that Bean Validation and
 * the publiccode.yml mapping share it.
 */
public final class SpdxLicences {

    private static final Pattern LICENSE_REF = Pattern.compile("(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");
    private static final SpdxLicences INSTANCE = load();

    private final Map<String, String> licences;
    private final Map<String, String> exceptions;

    private SpdxLicences(Map<String, String> licences, Map<String, String> exceptions) {
        this.licences = licences;
        this.exceptions = exceptions;
    }

    public static SpdxLicences get() {
        return INSTANCE;
    }

    /** Whether the text is a valid SPDX license expression over the bundled list. */
    public boolean isValid(String expression) {
        return normalise(expression).isPresent();
    }

    /**
     * The expression with each identifier spelt as in the list (e.g. {@code eupl-1.2} becomes {@code EUPL-1.2}),
     * or empty when it is not a valid expression.
     */
    public Optional<String> normalise(String expression) {
        if (expression == null || expression.isBlank() || expression.length() > 500) {
            return Optional.empty();
        }
        List<String> tokens = tokens(expression);
        Parser parser = new Parser(tokens);
        try {
            String result = parser.or();
            return parser.position == tokens.size() ? Optional.of(result) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The licence identifiers an expression names (without {@code +}), as spelt in the list. */
    public Set<String> identifiers(String expression) {
        Set<String> ids = new TreeSet<>();
        normalise(expression).ifPresent(normal -> tokens(normal).stream()
                .map(token -> token.endsWith("+") ? token.substring(0, token.length() - 1) : token)
                .filter(licences::containsValue).forEach(ids::add));
        return ids;
    }

    private static List<String> tokens(String expression) {
        List<String> tokens = new ArrayList<>();
        for (String part : expression.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
            if (!part.isEmpty()) {
                tokens.add(part);
            }
        }
        return tokens;
    }

    /** Recursive descent over: or := and ("OR" and)*; and := term ("AND" term)*; term := "(" or ")" | simple. */
    private final class Parser {
        private final List<String> tokens;
        private int position;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        String or() {
            StringBuilder result = new StringBuilder(and());
            while (next("OR")) {
                result.append(" OR ").append(and());
            }
            return result.toString();
        }

        private String and() {
            StringBuilder result = new StringBuilder(term());
            while (next("AND")) {
                result.append(" AND ").append(term());
            }
            return result.toString();
        }

        private String term() {
            if (next("(")) {
                String inner = or();
                if (!next(")")) {
                    throw new IllegalArgumentException("unclosed parenthesis");
                }
                return "(" + inner + ")";
            }
            String licence = licence(take());
            if (next("WITH")) {
                String exception = exceptions.get(take().toLowerCase(Locale.ROOT));
                if (exception == null) {
                    throw new IllegalArgumentException("unknown exception");
                }
                return licence + " WITH " + exception;
            }
            return licence;
        }

        private String licence(String token) {
            if (LICENSE_REF.matcher(token).matches()) {
                return token;
            }
            boolean orLater = token.endsWith("+");
            String id = licences.get((orLater ? token.substring(0, token.length() - 1) : token).toLowerCase(Locale.ROOT));
            if (id == null) {
                throw new IllegalArgumentException("unknown licence");
            }
            return orLater ? id + "+" : id;
        }

        private boolean next(String token) {
            if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(token)) {
                position++;
                return true;
            }
            return false;
        }

        private String take() {
            if (position >= tokens.size()) {
                throw new IllegalArgumentException("expression ends early");
            }
            String token = tokens.get(position++);
            if (Set.of("(", ")", "AND", "OR", "WITH").contains(token.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("operator where a licence belongs");
            }
            return token;
        }
    }

    private static SpdxLicences load() {
        try (InputStream in = SpdxLicences.class.getResourceAsStream("/spdx/spdx-identifiers.json")) {
            JsonNode list = new ObjectMapper().readTree(in);
            Map<String, String> licences = new HashMap<>();
            list.get("licenses").forEach(id -> licences.put(id.asText().toLowerCase(Locale.ROOT), id.asText()));
            list.get("deprecatedLicenses").forEach(id -> licences.put(id.asText().toLowerCase(Locale.ROOT), id.asText()));
            Map<String, String> exceptions = new HashMap<>();
            list.get("exceptions").forEach(id -> exceptions.put(id.asText().toLowerCase(Locale.ROOT), id.asText()));
            return new SpdxLicences(Map.copyOf(licences), Map.copyOf(exceptions));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled SPDX list cannot be read", e);
        }
    }
}
