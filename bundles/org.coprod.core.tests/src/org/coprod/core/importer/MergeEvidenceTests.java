package org.coprod.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.core.validation.ProblemCode;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code --merge} row never takes coded evidence from a case: its coded notes, and the passages its conclusions cite. */
class MergeEvidenceTests {

    private static final CaseImporter.Options MERGE = new CaseImporter.Options(false, true);
    private static final String HEADER = "id,name,countries,codings,drivers,note";
    private static final String FIRST_NOTE = "Residents chose the works at the forum; trust grew slowly.";

    @TempDir
    Path dir;
    Library library;
    Case pb;
    Segment chose;

    @BeforeEach
    void aCaseWithACodedNote() throws Exception {
        library = Library.create(dir.resolve("lib"), "Merge target");
        assertTrue(importCsv(CaseImporter.Options.STRICT, HEADER, "pb,Budget,BR,P2-D1|coder|medium|||,governance|coder|medium|," + FIRST_NOTE)
                .applied());
        pb = library.findCase("pb").orElseThrow();
        Note note = pb.getNotes().get(0);
        Code cell = BuiltInCodes.forCell(library.root(), library.findCell("bovaird", "P2-D1").orElseThrow()).orElseThrow();
        Code trust = CodebookChanges.create("trust", null, "Confidence in others.", "#336699");
        library.root().getCodebook().getCodes().add(trust);
        chose = code(note, "Residents chose the works", cell);
        code(note, "trust grew slowly", trust);
        library.save();
    }

    private Segment code(Note note, String quote, Code code) throws Exception {
        int start = note.getText().indexOf(quote); // the note's text is ASCII: UTF-16 indices are code points
        PassageCoding.Coding coding = PassageCoding.code(null, library.root(), pb, note, start, start + quote.length(), code,
                Coders.create("Ana Silva"), new Date(), null);
        coding.command().execute();
        return coding.segment();
    }

    private CaseImporter.Result importCsv(CaseImporter.Options options, String... lines) throws IOException {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return new CaseImporter(library).importTable(CaseTable.read(file), options);
    }

    private static List<String> warnings(CaseImporter.Result result) {
        return result.problems().stream().filter(p -> !p.isError()).map(ImportProblem::toString).toList();
    }

    @Test
    void aCodedNoteStaysAndTheRowsNoteIsAddedBesideItWithANewId() throws Exception {
        Note coded = pb.getNotes().get(0);
        CaseImporter.Result merged = importCsv(MERGE, "id,name,note", "pb,Budget,The forum met again in March.");
        assertTrue(merged.applied(), merged.problems().toString());
        assertEquals(List.of(coded.getId(), "note-2"), pb.getNotes().stream().map(Note::getId).toList());
        assertSame(coded, pb.getNotes().get(0));
        assertEquals(FIRST_NOTE, coded.getText());
        assertEquals("The forum met again in March.", pb.getNotes().get(1).getText());
        assertEquals(List.of("row 2, column 'note' (warning): the case's note with coded passages is kept (note-1 “Case note”); "
                + "the row's note is added beside them as note-2"), warnings(merged));
        library.save();
        Case reopened = Library.open(library.folder()).findCase("pb").orElseThrow();
        assertEquals(2, reopened.getSegments().size());
        assertEquals("note-1", reopened.getSegments().get(0).getText().getId());
        assertTrue(LibraryValidation.leaves(LibraryValidation.validate(reopened)).stream()
                .noneMatch(d -> ProblemCode.of(d).orElse(null) == ProblemCode.SEGMENT_OUTSIDE_TEXT
                        || ProblemCode.of(d).orElse(null) == ProblemCode.QUOTE_CHANGED));
    }

    @Test
    void theSameRowImportedAgainAddsNoSecondCopyOfTheNote() throws Exception {
        CaseImporter.Result merged = importCsv(MERGE, "id,name,note", "pb,Budget," + FIRST_NOTE);
        assertTrue(merged.applied(), merged.problems().toString());
        assertEquals(1, pb.getNotes().size());
        assertTrue(warnings(merged).get(0).endsWith("the row's note is the text of note-1 already"), warnings(merged).toString());
    }

    @Test
    void notesWithoutCodedPassagesAreStillReplaced() throws Exception {
        Note uncoded = pb.getNotes().get(0);
        pb.getSegments().clear();
        pb.getCodings().get(0).getSegments().clear();
        CaseImporter.Result merged = importCsv(MERGE, "id,name,note", "pb,Budget,A fresh note.");
        assertTrue(merged.applied());
        assertEquals(1, pb.getNotes().size());
        assertEquals("A fresh note.", pb.getNotes().get(0).getText());
        assertTrue(uncoded.eContainer() == null);
    }

    @Test
    void theRowsConclusionsTakeOverThePassagesAndADroppedOneIsReported() throws Exception {
        CaseImporter.Result merged = importCsv(MERGE, "id,name,codings,drivers", "pb,Budget,P2-D1|document|high|||,both|coder|low|");
        assertTrue(merged.applied(), merged.problems().toString());
        assertEquals(1, pb.getCodings().size());
        assertEquals("document", pb.getCodings().get(0).getAssignedBy().getLiteral(), "the row's placement");
        assertEquals(List.of(chose), pb.getCodings().get(0).getSegments(), "with the passage the old one cited");
        assertTrue(warnings(merged).isEmpty(), warnings(merged).toString());

        pb.getDrivers().get(0).getSegments().add(chose);
        CaseImporter.Result moved = importCsv(MERGE, "id,name,codings,drivers", "pb,Budget,P2-D2|coder|low|||,both|coder|low|");
        assertTrue(moved.applied(), moved.problems().toString());
        assertEquals(List.of(), pb.getCodings().get(0).getSegments());
        assertEquals(List.of("row 2, column 'codings' (warning): the row drops the case's placement in P2-D1, which cites 1 coded passage "
                + "as evidence (the passages stay, with their codes)"), warnings(moved));
        assertEquals(2, pb.getSegments().size(), "no passage goes");
    }
}
