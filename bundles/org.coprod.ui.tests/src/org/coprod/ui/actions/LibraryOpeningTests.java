package org.coprod.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.testing.SampleLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Open Case File: a case file opens in its library; any other file is refused with a message naming it. */
class LibraryOpeningTests {

    @TempDir
    Path dir;

    @Test
    void aCaseFileBelongsToTheLibraryAboveItsCasesFolder() throws Exception {
        Path library = SampleLibraries.copy(dir);
        Path caseFile;
        try (var files = Files.list(library.resolve("cases"))) {
            caseFile = files.filter(p -> p.toString().endsWith(".xmi")).findFirst().orElseThrow();
        }
        assertEquals(library.toAbsolutePath().normalize(), LibraryOpening.libraryOf(caseFile));
        assertEquals(library.toAbsolutePath().normalize(), LibraryOpening.libraryOf(library.resolve("library.xmi")));
    }

    @Test
    void aStrayXmiFileIsRefusedByName() throws Exception {
        Path stray = Files.writeString(dir.resolve("stray.xmi"), "<xmi/>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LibraryOpening.libraryOf(stray));
        assertTrue(e.getMessage().contains("stray.xmi"), e.getMessage());
    }

    @Test
    void theProductShipsNoIdeBundles() throws Exception {
        // File > Open File, the Workspace preferences, Archive File export and Build All come from these bundles.
        String feature = Files.readString(Path.of("../../features/org.coprod.feature/feature.xml"));
        for (String ide : new String[] { "org.eclipse.ui.ide", "org.eclipse.core.resources", "org.eclipse.ui.editors",
                "org.eclipse.ui.workbench.texteditor", "org.eclipse.ui.navigator" }) {
            assertFalse(feature.contains("\"" + ide + "\""), ide + " is in the product feature");
        }
    }
}
