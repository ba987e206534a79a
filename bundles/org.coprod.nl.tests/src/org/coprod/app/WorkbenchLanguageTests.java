package org.coprod.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language choice as config.ini keeps it: one osgi.nl line, every other line untouched. */
class WorkbenchLanguageTests {

    @TempDir
    Path dir;

    @Test
    void choosingALanguageWritesOneLineAndKeepsTheRest() throws Exception {
        Path ini = dir.resolve("config.ini");
        Files.write(ini, List.of("#Product Runtime Configuration File", "eclipse.product=org.coprod.app.product", "osgi.nl=fr",
                "osgi.bundles.defaultStartLevel=4"), StandardCharsets.ISO_8859_1);
        WorkbenchLanguage language = new WorkbenchLanguage(ini);
        assertEquals("fr", language.chosen());
        language.choose("pt");
        assertEquals(List.of("#Product Runtime Configuration File", "eclipse.product=org.coprod.app.product",
                "osgi.bundles.defaultStartLevel=4", "osgi.nl=pt"), Files.readAllLines(ini));
        assertEquals("pt", new WorkbenchLanguage(ini).chosen());
    }

    @Test
    void theSystemDefaultRemovesTheLine() throws Exception {
        Path ini = dir.resolve("config.ini");
        Files.write(ini, List.of("eclipse.product=org.coprod.app.product", "osgi.nl = es"));
        WorkbenchLanguage language = new WorkbenchLanguage(ini);
        assertEquals("es", language.chosen());
        language.choose("");
        assertEquals(List.of("eclipse.product=org.coprod.app.product"), Files.readAllLines(ini));
        assertEquals("", language.chosen());
    }

    @Test
    void anUnknownLanguageIsRefusedAndNothingIsWritten() throws Exception {
        Path ini = dir.resolve("config.ini");
        Files.write(ini, List.of("eclipse.product=org.coprod.app.product"));
        assertThrows(IllegalArgumentException.class, () -> new WorkbenchLanguage(ini).choose("de"));
        assertEquals(List.of("eclipse.product=org.coprod.app.product"), Files.readAllLines(ini));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertEquals("Portugu\u00eas", WorkbenchLanguage.nameOf("pt", "x"));
        assertEquals("Espa\u00f1ol", WorkbenchLanguage.nameOf("es", "x"));
        assertEquals("Fran\u00e7ais", WorkbenchLanguage.nameOf("fr", "x"));
        assertEquals("English", WorkbenchLanguage.nameOf("en", "x"));
        assertFalse(WorkbenchLanguage.nameOf("", "System default").isEmpty());
    }
}
