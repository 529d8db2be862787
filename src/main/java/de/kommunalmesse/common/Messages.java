package de.kommunalmesse.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Localised user-facing texts of the API (German by default, English on request). */
@ApplicationScoped
public class Messages {

    public static final Locale GERMAN = Locale.GERMAN;
    private static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    /** Picks German or English from an Accept-Language header; German when absent or unmatched. */
    public Locale resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return GERMAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match != null ? match : GERMAN;
        } catch (IllegalArgumentException malformedHeader) {
            return GERMAN;
        }
    }

    public String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("problems", locale, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
