package de.kommunalmesse.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The project's validation messages are found in the language a request asks for, whatever the server's default
 * locale. With the German texts in the base file, a German request on a server whose JVM ran in English got the
 * English texts in production: Java's bundle lookup tries the default locale before it settles for the base file.
 * So German has a file of its own ({@code ValidationMessages_de.properties}).
 */
class ValidationLanguageTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    @Test
    void germanAndEnglishTextsAreFoundOnAServerThatRunsInEitherLanguage() {
        for (Locale serverDefault : new Locale[] { Locale.US, Locale.GERMANY }) {
            Locale.setDefault(serverDefault);
            ResourceBundle.clearCache();
            assertEquals("Nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. stadt-beispiel.",
                    ResourceBundle.getBundle("ValidationMessages", Locale.GERMAN).getString("kommunalmesse.slug"),
                    "German on a server in " + serverDefault);
            assertEquals("Only lowercase letters, digits and single hyphens, e.g. city-example.",
                    ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH).getString("kommunalmesse.slug"),
                    "English on a server in " + serverDefault);
        }
    }
}
