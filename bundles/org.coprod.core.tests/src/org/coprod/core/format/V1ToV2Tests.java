package org.coprod.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.coprod.core.Fixtures;
import org.coprod.core.Library;
import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.core.evidence.Records;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.CodedRecord;
import org.coprod.model.Coder;
import org.coprod.model.Note;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library saved in format version 1 (the {@code v1} fixture), opened and upgraded to version 2. */
class V1ToV2Tests {

    @TempDir
    Path dir;

    @Test
    void theFixtureDeclaresVersionOneAndHoldsNothingOfVersionTwo() throws Exception {
        Path folder = Fixtures.copy("v1", dir);
        String xml = Files.readString(folder.resolve(Library.LIBRARY_FILE));
        assertEquals(1, FormatVersion.declaredBy(xml.getBytes()));
        assertFalse(xml.contains("<coders") || xml.contains("<codebook"), "no coders and no codebook");
        assertFalse(Files.readString(folder.resolve("cases/alpha.xmi")).contains(" id=\"note-"), "notes without ids");
    }

    @Test
    void openingUpgradesItInMemoryAndWritesNothing() throws Exception {
        Path folder = Fixtures.copy("v1", dir);
        Map<String, String> before = xmiFiles(folder);
        Library library = Library.open(folder);
        assertEquals(OptionalInt.of(1), library.upgradedFrom());
        assertEquals(2, library.root().getFormatVersion());
        assertTrue(library.problems().isEmpty(), library.problems().toString());
        assertEquals(before, xmiFiles(folder), "opening never writes the upgrade");

        assertEquals(1, library.root().getCoders().size(), "the unknown coder and no one else");
        Coder unknown = library.root().getCoders().get(0);
        assertEquals(Coders.UNKNOWN_ID, unknown.getId());
        int records = 0;
        for (Case c : library.root().getCases()) {
            for (CodedRecord r : Records.all(c)) {
                assertSame(unknown, r.getCoder(), c.getId() + ": " + r.eClass().getName());
                assertTrue(r.getSegments().isEmpty());
                records++;
            }
        }
        assertEquals(9, records, "3 codings, 2 drivers, 2 benefits, 1 limitation, 1 outcome");

        Case alpha = library.findCase("alpha").orElseThrow();
        assertEquals(List.of("note-1", "note-2"), alpha.getNotes().stream().map(Note::getId).toList());
        assertEquals("Forum visit", alpha.getNotes().get(0).getTitle(), "ids in the notes' own order");
        assertEquals(List.of("note-1"), library.findCase("beta").orElseThrow().getNotes().stream().map(Note::getId).toList());

        assertTrue(BuiltInCodes.missing(library.root()).isEmpty(), "the codebook has every built-in code");
        Library fresh = Library.create(dir.resolve("fresh"), "Fresh");
        assertEquals(codeIds(fresh), codeIds(library), "the same codes, under the same ids, as a new library's");
        for (Case c : library.root().getCases()) {
            Diagnostic d = LibraryValidation.validate(c);
            assertEquals(Diagnostic.OK, d.getSeverity(), LibraryValidation.leaves(d).toString());
        }
    }

    @Test
    void theFirstSaveWritesTheUpgradeWhichThenReopensUnchanged() throws Exception {
        Path folder = Fixtures.copy("v1", dir);
        Library library = Library.open(folder);
        Library.Changes changes = library.save();
        assertEquals(4, changes.writes().size(), "the library file and every case file: " + changes.writes());
        String xml = Files.readString(folder.resolve(Library.LIBRARY_FILE));
        assertTrue(xml.contains("formatVersion=\"2\""));
        assertTrue(xml.contains("<coders id=\"unknown\""), xml);
        assertTrue(xml.contains("<codebook>"));
        assertTrue(Files.readString(folder.resolve("cases/alpha.xmi")).contains("id=\"note-2\""));
        assertTrue(Files.readString(folder.resolve("cases/gamma.xmi")).contains("<coder href=\"../library.xmi#unknown\"/>"));

        Map<String, String> saved = xmiFiles(folder);
        Library reopened = Library.open(folder);
        assertEquals(OptionalInt.empty(), reopened.upgradedFrom());
        assertTrue(reopened.changes().isEmpty(), "nothing more to write");
        assertEquals(1, reopened.root().getCoders().size());
        assertEquals(codeIds(library), codeIds(reopened));
        assertTrue(reopened.save().writes().isEmpty());
        assertEquals(saved, xmiFiles(folder));
    }

    @Test
    void aPassageOfAnUpgradedNoteIsCodedAndReadBackByItsNewId() throws Exception {
        Path folder = Fixtures.copy("v1", dir);
        Library library = Library.open(folder);
        Case alpha = library.findCase("alpha").orElseThrow();
        Note second = alpha.getNotes().get(1);
        Code cell = BuiltInCodes.forCell(library.root(), library.findCell("bovaird", "P2-D1").orElseThrow()).orElseThrow();
        PassageCoding.code(null, library.root(), alpha, second, 0, 9, cell, Coders.create("Ana Silva"), new Date(),
                null).command().execute();
        assertEquals(1, alpha.getCodings().size(), "the passage is evidence of the placement the case had");
        library.save();
        Case again = Library.open(folder).findCase("alpha").orElseThrow();
        assertEquals("note-2", again.getSegments().get(0).getText().getId());
        assertEquals("The forum", again.getSegments().get(0).getQuote());
        assertEquals(List.of(again.getSegments().get(0)), again.getCodings().get(0).getSegments());
        assertEquals(Coders.UNKNOWN_ID, again.getCodings().get(0).getCoder().getId(), "who placed the case stays unknown");
        assertEquals("Ana Silva", again.getSegments().get(0).getCoder().getName());
    }

    private static Map<String, String> codeIds(Library library) {
        Map<String, String> ids = new LinkedHashMap<>();
        library.root().getCodebook().getCodes().forEach(c -> ids.put(c.getBuiltIn(), c.getId()));
        return ids;
    }

    /** The library's own files and their content (a lock file the open takes is not part of the library). */
    private static Map<String, String> xmiFiles(Path folder) throws IOException {
        Map<String, String> files = Fixtures.snapshot(folder);
        files.keySet().removeIf(name -> !name.endsWith(".xmi"));
        return files;
    }
}
