package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coprod.core.importer.CaseTable;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleLibraryTests {

    @TempDir
    static Path dir;
    static Library sample;
    static CaseTable sheet;

    @BeforeAll
    static void materialize() throws Exception {
        sample = SampleLibrary.materialize(dir.resolve("sample"));
        try (InputStream in = SampleLibrary.class.getResourceAsStream(SampleLibrary.CASES)) {
            sheet = CaseTable.readCsv(in, "sample");
        }
    }

    @Test
    void holdsEveryRowOfTheSpreadsheetUnderItsId() {
        List<String> ids = sheet.lines().stream().map(l -> l.get("id")).toList();
        assertEquals(103, ids.size());
        assertEquals(ids.size(), sample.root().getCases().size());
        for (String id : ids) {
            assertTrue(sample.findCase(id).isPresent(), id);
            assertTrue(Files.isRegularFile(sample.folder().resolve("cases/" + id + ".xmi")), id);
        }
        assertTrue(sample.problems().isEmpty());
    }

    @ParameterizedTest(name = "{0} sits in {1}")
    @CsvSource({ "porto-alegre-op, P2-D1", "sure-start-gateshead, P1-D2", "caterham-barracks, P2-D2", "beacon-falmouth, P3-D2",
            "villa-family, P1-D3", "tackley-village-shop, P2-D3" })
    void bovairdsSixCaseStudiesSitInTheirDocumentedCells(String id, String cell) {
        Case c = sample.findCase(id).orElseThrow(() -> new AssertionError("no case " + id));
        List<TypologyCoding> documented = c.getCodings().stream().filter(k -> k.getAssignedBy() == AssignedBy.DOCUMENT).toList();
        assertEquals(1, documented.size(), id + " has exactly one document-assigned coding");
        assertEquals(cell, documented.get(0).getCell().getCode());
        assertNotNull(documented.get(0).getSource(), "the documented cell names its source");
        assertEquals("bovaird-2007", documented.get(0).getSource().getSource().getId());
    }

    @Test
    void beaconShowsItsPathThroughThreePhasesAndOppItsTwoComponents() {
        Case beacon = sample.findCase("beacon-falmouth").orElseThrow();
        assertEquals(3, beacon.getPhases().size());
        assertEquals(3, beacon.getCodings().stream().map(TypologyCoding::getPhase).distinct().count());
        Case opp = sample.findCase("opp-orangi-sanitation").orElseThrow();
        List<String> components = opp.getCodings().stream().map(TypologyCoding::getComponent).toList();
        assertTrue(components.contains("lane sewers") && components.contains("trunk sewers"), components.toString());
    }

    @Test
    void codingsKeepTheirProvenanceAndCoderGuessesTheirConfidence() {
        int documented = 0;
        int coder = 0;
        for (Case c : sample.root().getCases()) {
            for (TypologyCoding k : c.getCodings()) {
                if (k.getAssignedBy() == AssignedBy.DOCUMENT) {
                    documented++;
                } else {
                    coder++;
                }
            }
        }
        // cases.tsv marks 17 rows as document-assigned; every other coding is a coder's guess.
        assertEquals(17, documented);
        assertTrue(coder > 20, "coder guesses: " + coder);
    }

    @Test
    void contextEvidenceRowsAreTypedAsSuch() {
        long spreadsheet = sheet.lines().stream().filter(l -> l.get("case_type").equals("context evidence")).count();
        long library = sample.root().getCases().stream().filter(c -> c.getCaseType() == CaseType.CONTEXT_EVIDENCE).count();
        assertTrue(spreadsheet > 0);
        assertEquals(spreadsheet, library);
    }

    @Test
    void actorsAreSharedAcrossCasesAndSourcesPointAtTheSeeds() {
        Map<String, Integer> uses = new HashMap<>();
        sample.root().getCases().forEach(c -> c.getRoles().forEach(r -> uses.merge(r.getActor().getName(), 1, Integer::sum)));
        assertTrue(uses.getOrDefault("Orangi Pilot Project", 0) > 1,
                "OPP takes part in several cases: " + uses.get("Orangi Pilot Project"));
        assertEquals(5, sample.root().getSources().size());
        assertTrue(sample.root().getSources().stream().allMatch(s -> s.getDocument().endsWith(".txt")));
    }

    @Test
    void validatesWithoutErrors() {
        var problems = LibraryValidation.validate(sample.root().getCases(), null);
        assertEquals(0, LibraryValidation.count(problems, Diagnostic.ERROR),
                () -> problems.toString());
    }

    @Test
    void roundTripRewritesEveryFileByteForByte() throws Exception {
        Map<Path, byte[]> before = snapshot(sample.folder());
        Library reopened = Library.open(sample.folder());
        assertEquals(103, reopened.root().getCases().size());
        reopened.root().eResource().setModified(true);
        reopened.save();
        Map<Path, byte[]> after = snapshot(sample.folder());
        assertEquals(before.keySet(), after.keySet());
        for (Path p : before.keySet()) {
            assertArrayEquals(before.get(p), after.get(p), p.toString());
        }
        Case porto = reopened.findCase("porto-alegre-op").orElseThrow();
        assertFalse(porto.getNotes().isEmpty());
        assertFalse(porto.getRoles().isEmpty());
        assertFalse(porto.getOutcomes().isEmpty());
    }

    private static Map<Path, byte[]> snapshot(Path folder) throws Exception {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
