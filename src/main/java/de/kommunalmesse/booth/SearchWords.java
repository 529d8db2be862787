package de.kommunalmesse.booth;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the hall search cuts text into words, folds them for matching, and measures typos. */
final class SearchWords {

    static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** More words in one search add little and cost a scan each. */
    static final int MAX_TERMS = 10;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchWords() {
    }

    /** Search terms of a query: words, lowercase, without punctuation or search operators; at most ten. */
    static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        return NON_WORD.splitAsStream(query.toLowerCase(Locale.GERMAN)).filter(t -> !t.isEmpty()).limit(MAX_TERMS)
                .toList();
    }

    /** The words of a text as written, in order. */
    static List<String> words(String text) {
        return NON_WORD.splitAsStream(text).filter(w -> !w.isEmpty()).toList();
    }

    /** Lower case, umlauts and their "ae/oe/ue" spellings and accents folded, ß to ss: the form words are matched in. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.GERMAN).replace("ae", "a").replace("oe", "o").replace("ue", "u")
                .replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Damerau-Levenshtein (optimal string alignment) distance, giving up above {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
