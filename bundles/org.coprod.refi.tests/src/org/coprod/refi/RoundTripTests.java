package org.coprod.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coprod.core.Library;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.Document;
import org.coprod.model.Segment;
import org.coprod.testing.ExchangeLibraries;
import org.coprod.testing.SampleLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, import into an empty library, export again: the same codes, sources, selections, codings, cases and variables. */
class RoundTripTests {

    @TempDir
    Path dir;

    private Path export(Library library, String name) throws Exception {
        Path out = dir.resolve(name);
        new ProjectExport(library).write(out, false, new NullProgressMonitor());
        return out;
    }

    private Library roundTrip(Path qdpx, String folder) throws Exception {
        RefiPlan.Outcome outcome = RefiImport.intoNewLibrary(dir.resolve(folder), qdpx, RefiImport.Options.DEFAULT, false,
                new NullProgressMonitor());
        assertTrue(outcome.report().errors().isEmpty(), outcome.report().lines().toString());
        return Library.open(dir.resolve(folder));
    }

    @Test
    void exportImportExportGivesTheSameProject() throws Exception {
        Library original = ExchangeLibraries.coded(dir.resolve("library"));
        Path first = export(original, "first.qdpx");
        Library copy = roundTrip(first, "copy");
        Path second = export(copy, "second.qdpx");
        Canonical a = Canonical.of(Qdpx.read(first));
        Canonical b = Canonical.of(Qdpx.read(second));
        assertEquals(a.codes(), b.codes());
        assertEquals(a.users(), b.users());
        assertEquals(a.sources(), b.sources());
        assertEquals(a.selections(), b.selections());
        assertEquals(a.cases(), b.cases());
        assertEquals(a.variables(), b.variables());
        // and the GUIDs too: an id made from a GUID gives that GUID back
        for (String element : List.of("User", "Code", "Case", "TextSource", "PlainTextSelection", "Coding", "Variable")) {
            assertEquals(guids(Qdpx.read(first), element), guids(Qdpx.read(second), element), element);
        }
    }

    @Test
    void theSampleLibraryRoundTripsWithEveryCaseFactItCarries() throws Exception {
        Library sample = SampleLibraries.copyTo(dir.resolve("sample"));
        Path first = export(sample, "first.qdpx");
        RefiPlan.Outcome outcome = RefiImport.intoNewLibrary(dir.resolve("copy"), first, RefiImport.Options.DEFAULT, false, null);
        assertEquals(List.of(), outcome.report().entries(ImportReport.Kind.NOT_CARRIED), "our own export is carried over whole");
        assertEquals(sample.root().getCases().size(), outcome.report().counts().cases());
        Canonical a = Canonical.of(Qdpx.read(first));
        Canonical b = Canonical.of(Qdpx.read(export(Library.open(dir.resolve("copy")), "second.qdpx")));
        assertEquals(a.codes(), b.codes());
        assertEquals(a.sources(), b.sources());
        assertEquals(a.selections(), b.selections());
        assertFalse(a.selections().isEmpty(), "the sample library comes coded");
        assertEquals(a.variables(), b.variables());
        assertEquals(a.cases(), b.cases());
    }

    private static Set<String> guids(Qdpx q, String element) {
        return q.all(element).stream().map(e -> e.getAttribute("guid")).collect(Collectors.toSet());
    }

    @Test
    void passagesKeepTheirCodePointsAndWordsAcrossCharactersOutsideTheBmp() throws Exception {
        Library original = ExchangeLibraries.coded(dir.resolve("library"));
        Library copy = roundTrip(export(original, "a.qdpx"), "copy");
        Case alpha = copy.findCase("alpha").orElseThrow();
        for (Segment s : alpha.getSegments()) {
            String text = Texts.of(s.getText()).orElseThrow();
            int[] cps = text.codePoints().toArray();
            assertEquals(s.getQuote(), new String(cps, s.getStart(), s.getEnd() - s.getStart()), s.getId());
        }
        Segment officials = alpha.getSegments().stream().filter(s -> s.getQuote().equals("Officials 𠜎 distrusted")).findFirst()
                .orElseThrow();
        Segment before = original.findCase("alpha").orElseThrow().getSegments().stream().filter(s -> s.getId().equals(officials.getId()))
                .findFirst().orElseThrow();
        assertEquals(before.getStart(), officials.getStart());
        assertEquals(before.getEnd(), officials.getEnd());
        assertEquals("Ana Silva", officials.getCoder().getName());
        // the document is a document of the library with its text file, digest and length in code points
        Document d = (Document) officials.getText();
        assertEquals(Texts.sha256(Files.readAllBytes(Texts.file(copy.folder(), d))), d.getTextDigest());
        assertEquals(ExchangeLibraries.DOCUMENT_TEXT.codePointCount(0, ExchangeLibraries.DOCUMENT_TEXT.length()), d.getLength());
        assertEquals(List.of(d), copy.findCase("beta").orElseThrow().getDocuments(), "one document serves both cases");
        assertFalse(Texts.changed(d).isPresent());
    }

    @Test
    void caseFactsComeBackFromTheirVariables() throws Exception {
        Library original = ExchangeLibraries.coded(dir.resolve("library"));
        Library copy = roundTrip(export(original, "a.qdpx"), "copy");
        Case a = original.findCase("alpha").orElseThrow();
        Case b = copy.findCase("alpha").orElseThrow();
        assertEquals(a.getCountries(), b.getCountries());
        assertEquals(a.getSectors(), b.getSectors());
        assertEquals(a.getPeriodStart(), b.getPeriodStart());
        assertEquals(a.getPeriodEnd(), b.getPeriodEnd());
        assertEquals(a.isOngoing(), b.isOngoing());
        assertEquals(a.getInitiatorMode(), b.getInitiatorMode());
        assertEquals(a.getPoliticalProfile().getStateStance(), b.getPoliticalProfile().getStateStance());
        assertEquals(a.getSummary(), b.getSummary());
        assertEquals(Set.of("P2-D2", "P2-D1"), b.getCodings().stream().map(k -> k.getCell().getCode()).collect(Collectors.toSet()));
        assertEquals("budget forum", b.getCodings().stream().filter(k -> k.getPhase() != null).findFirst().orElseThrow().getComponent());
        assertEquals(1, b.getNotes().size());
        assertEquals(ExchangeLibraries.NOTE_TEXT, b.getNotes().get(0).getText());
        assertEquals("note-1", b.getNotes().get(0).getId(), "the note's id comes back from its GUID");
        assertTrue(b.getMemos().stream().anyMatch(m -> m.getText().equals("Compare with the Recife forum.")));
        assertTrue(b.getMemos().stream().anyMatch(m -> m.getText().contains("residents' evenings at the forum")), "the record note");
        assertEquals("Trust grew once the council backed the forum.", b.getCodeSummaries().get(0).getText());
    }

    @Test
    void importingTheSameProjectAgainNeverOverwritesACase() throws Exception {
        Library library = ExchangeLibraries.coded(dir.resolve("library"));
        Path qdpx = export(library, "a.qdpx");
        byte[] before = Files.readAllBytes(library.caseFile("alpha"));
        RefiPlan refused = new RefiImport(Library.open(library.folder()), RefiImport.Options.DEFAULT).plan(qdpx, null);
        assertFalse(refused.applicable());
        assertTrue(refused.report().errors().get(0).contains("already has a case 'alpha'"), refused.report().errors().toString());
        assertThrows(IllegalStateException.class, () -> refused.apply(library));

        Library open = Library.open(library.folder());
        RefiPlan skip = new RefiImport(open, new RefiImport.Options(RefiImport.Existing.SKIP, Limits.DEFAULT)).plan(qdpx, null);
        RefiPlan.Outcome skipped = skip.commit(open, false);
        assertEquals(0, skipped.report().counts().cases());
        assertEquals(2, skipped.report().counts().casesSkipped());
        assertEquals(0, skipped.report().counts().documents(), "the document is the library's own");

        Library again = Library.open(library.folder());
        int segments = again.findCase("alpha").orElseThrow().getSegments().size();
        RefiPlan merge = new RefiImport(again, new RefiImport.Options(RefiImport.Existing.MERGE, Limits.DEFAULT)).plan(qdpx, null);
        merge.commit(again, false);
        Library after = Library.open(library.folder());
        Case alpha = after.findCase("alpha").orElseThrow();
        assertEquals(segments, alpha.getSegments().size(), "no passage is added twice");
        assertEquals(1, alpha.getNotes().size(), "the same note is not added twice");
        assertEquals(1, after.root().getDocuments().size());
        assertEquals(2, after.root().getCoders().size(), "the coders are matched by GUID");
        assertEquals(library.root().getCodebook().getCodes().size(), after.root().getCodebook().getCodes().size(), "codes matched");
        assertTrue(Files.readAllBytes(library.caseFile("alpha")).length >= before.length);
    }
}
