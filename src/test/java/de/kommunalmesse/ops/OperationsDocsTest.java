package de.kommunalmesse.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/operations.md names every setting of the app's own, as the code defines them. */
class OperationsDocsTest {

    @Test
    void everySettingOfTheAppIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("docs", "operations.md"));
        List<String> undocumented = AppSettings.load().own().stream()
                .map(AppSettings.Setting::environmentVariable)
                .filter(variable -> !docs.contains("`" + variable + "`"))
                .toList();
        assertEquals(List.of(), undocumented, "add these settings to the table in docs/operations.md");
    }
}
