package org.coprod.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.coprod.core.Library;
import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.model.TypologyCoding;
import org.coprod.testing.FixtureLibraries;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules on evidence: passages inside their texts and reading as coded, documents unchanged, codes defined, placements shown. */
class EvidenceRulesTests {

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;
    /** The plain text of the document, with a character outside the BMP before the coded passage. */
    private static final String REPORT = "Annual report 😀. The residents' committee and the ward office planned the drains together.";

    @TempDir
    Path dir;
    Library library;
    Case c;
    Coder coder;
    Document report;
    Path reportFile;

    @BeforeEach
    void libraryWithADocument() throws Exception {
        library = FixtureLibraries.twoCases(dir);
        c = library.findCase("alpha").orElseThrow();
        coder = Coders.create("Ana Silva");
        library.root().getCoders().add(coder);
        report = F.createDocument();
        report.setId("doc-1");
        report.setTitle("Annual report");
        byte[] bytes = REPORT.getBytes(StandardCharsets.UTF_8);
        report.setTextDigest(Texts.sha256(bytes));
        report.setLength(REPORT.codePointCount(0, REPORT.length()));
        library.root().getDocuments().add(report);
        c.getDocuments().add(report);
        reportFile = dir.resolve(Texts.DOCUMENTS_DIR).resolve("doc-1.txt");
        Files.createDirectories(reportFile.getParent());
        Files.write(reportFile, bytes);
        library.save();
    }

    private List<Diagnostic> problems(ProblemCode code, boolean advice) {
        Diagnostic d = LibraryValidation.validate(c, Severities.DEFAULTS, advice);
        return LibraryValidation.leaves(d).stream().filter(l -> ProblemCode.of(l).orElse(null) == code).toList();
    }

    private List<Diagnostic> problems(ProblemCode code) {
        return problems(code, false);
    }

    /** Codes the passage "planned the drains together" of the report with a code. */
    private Segment codeThePlanning(Code code) throws Exception {
        String before = "Annual report 😀. The residents' committee and the ward office ";
        int start = before.codePointCount(0, before.length());
        PassageCoding.Coding coding = PassageCoding.code(null, library.root(), c, report, start, start + 27, code, coder, new Date(), null);
        coding.command().execute();
        return coding.segment();
    }

    @Test
    void aPassageOfADocumentReadsFromItsTextFileAndValidatesClean() throws Exception {
        Segment s = codeThePlanning(cellCode("P2-D1"));
        assertEquals("planned the drains together", s.getQuote());
        library.save();
        Library reopened = Library.open(dir);
        Case again = reopened.findCase("alpha").orElseThrow();
        Segment read = again.getSegments().get(0);
        assertTrue(read.getText() instanceof Document d && "doc-1".equals(d.getId()), "the segment points at the library's document");
        Diagnostic d = LibraryValidation.validate(again);
        assertEquals(Diagnostic.OK, d.getSeverity(), LibraryValidation.leaves(d).toString());
        assertTrue(LibraryValidation.leaves(LibraryValidation.validate(again, Severities.DEFAULTS, true)).stream()
                .noneMatch(l -> ProblemCode.of(l).orElse(null) == ProblemCode.NO_PLACEMENT_EVIDENCE), "the placement cites the passage");
    }

    @Test
    void aPassageOutsideItsTextOrOfNoTextIsAnError() {
        Note note = F.createNote();
        note.setId("note-1");
        note.setTitle("Visit");
        note.setText("Short.");
        c.getNotes().add(note);
        Segment past = segment(note, 3, 9, "rt.xyz");
        Segment none = segment(null, 0, 2, "Sh");
        List<Diagnostic> outside = problems(ProblemCode.SEGMENT_OUTSIDE_TEXT);
        assertEquals(2, outside.size(), outside.toString());
        assertEquals(Diagnostic.ERROR, outside.get(0).getSeverity());
        assertEquals(past, outside.get(0).getData().get(0));
        assertTrue(outside.get(0).getMessage().startsWith("Case 'Alpha budget forum' [alpha] (coded passages): the passage 3–9"),
                outside.get(0).getMessage());
        assertEquals(none, outside.get(1).getData().get(0));
        assertTrue(outside.get(1).getMessage().contains("no longer has"), outside.get(1).getMessage());
    }

    @Test
    void aNoteChangedUnderAPassageIsAWarning() {
        Note note = F.createNote();
        note.setId("note-1");
        note.setTitle("Visit");
        note.setText("Residents planned the drains.");
        c.getNotes().add(note);
        segment(note, 10, 17, "planned");
        assertTrue(problems(ProblemCode.QUOTE_CHANGED).isEmpty());
        note.setText("Residents designed the drains.");
        List<Diagnostic> changed = problems(ProblemCode.QUOTE_CHANGED);
        assertEquals(1, changed.size());
        assertEquals(Diagnostic.WARNING, changed.get(0).getSeverity());
        assertTrue(changed.get(0).getMessage().contains("at 10–17 no longer reads “planned”"), changed.get(0).getMessage());
    }

    @Test
    void aDocumentTextEditedOnDiskIsAnErrorAndItsPassagesNoLongerRead() throws Exception {
        codeThePlanning(cellCode("P2-D1"));
        assertTrue(problems(ProblemCode.DOCUMENT_CHANGED).isEmpty());
        // Someone "fixes" the text in an editor: the passage's words move by one character.
        Files.writeString(reportFile, REPORT.replace("Annual report", "Annual  report"), StandardCharsets.UTF_8);
        List<Diagnostic> changed = problems(ProblemCode.DOCUMENT_CHANGED);
        assertEquals(1, changed.size());
        assertEquals(Diagnostic.ERROR, changed.get(0).getSeverity());
        assertTrue(changed.get(0).getMessage().contains("doc-1.txt") && changed.get(0).getMessage().contains("changed after it was imported"),
                changed.get(0).getMessage());
        assertEquals(1, problems(ProblemCode.QUOTE_CHANGED).size());

        Files.delete(reportFile);
        changed = problems(ProblemCode.DOCUMENT_CHANGED);
        assertEquals(1, changed.size());
        assertTrue(changed.get(0).getMessage().contains("is missing"), changed.get(0).getMessage());
        assertTrue(problems(ProblemCode.SEGMENT_OUTSIDE_TEXT).isEmpty() && problems(ProblemCode.QUOTE_CHANGED).isEmpty(),
                "an unreadable document is reported once, for its case");
    }

    @Test
    void aCodeWithoutDefinitionIsAWarningOfTheCodebook() throws Exception {
        Code trust = CodebookChanges.create("trust", null, " ", "#336699");
        Code group = CodebookChanges.create("relations", null, null, null);
        group.setCodable(false);
        library.root().getCodebook().getCodes().addAll(List.of(trust, group));
        List<Diagnostic> found = LibraryValidation.leaves(LibraryValidation.validateCodebook(library.root(), Severities.DEFAULTS));
        assertEquals(1, found.size(), "built-in codes are defined, a group needs no definition: " + found);
        assertEquals(ProblemCode.CODE_WITHOUT_DEFINITION, ProblemCode.of(found.get(0)).orElseThrow());
        assertEquals(Diagnostic.WARNING, found.get(0).getSeverity());
        assertEquals(trust, found.get(0).getData().get(0));
        assertTrue(found.get(0).getMessage().contains("'trust'"), found.get(0).getMessage());
        Severities quiet = Severities.of(Map.of(ProblemCode.CODE_WITHOUT_DEFINITION, Severity.IGNORE));
        assertTrue(LibraryValidation.leaves(LibraryValidation.validateCodebook(library.root(), quiet)).isEmpty());
        trust.setDefinition("Confidence between residents and officials.");
        assertTrue(LibraryValidation.leaves(LibraryValidation.validateCodebook(library.root(), Severities.DEFAULTS)).isEmpty());
    }

    @Test
    void aPlacementOfACaseWithDocumentsThatCitesNoPassageIsAdvice() throws Exception {
        TypologyCoding placement = F.createTypologyCoding();
        placement.setCell(library.findCell("bovaird", "P2-D1").orElseThrow());
        c.getCodings().add(placement);
        assertTrue(problems(ProblemCode.NO_PLACEMENT_EVIDENCE, false).isEmpty(), "advice only when asked for");
        List<Diagnostic> advice = problems(ProblemCode.NO_PLACEMENT_EVIDENCE, true);
        assertEquals(1, advice.size());
        assertEquals(Diagnostic.INFO, advice.get(0).getSeverity());
        assertEquals(placement, advice.get(0).getData().get(0));
        assertTrue(advice.get(0).getMessage().contains("P2-D1"), advice.get(0).getMessage());
        codeThePlanning(cellCode("P2-D1"));
        assertEquals(1, placement.getSegments().size(), "the passage is evidence of the placement the case had");
        assertTrue(problems(ProblemCode.NO_PLACEMENT_EVIDENCE, true).isEmpty());
        c.getDocuments().clear();
        placement.getSegments().clear();
        assertTrue(problems(ProblemCode.NO_PLACEMENT_EVIDENCE, true).isEmpty(), "a case without documents has nothing to cite");
    }

    private Code cellCode(String cell) {
        return BuiltInCodes.forCell(library.root(), library.findCell("bovaird", cell).orElseThrow()).orElseThrow();
    }

    private Segment segment(Note note, int start, int end, String quote) {
        Segment s = F.createSegment();
        s.setId("seg-" + start);
        s.setText(note);
        s.setStart(start);
        s.setEnd(end);
        s.setQuote(quote);
        s.setCoder(coder);
        c.getSegments().add(s);
        return s;
    }
}
