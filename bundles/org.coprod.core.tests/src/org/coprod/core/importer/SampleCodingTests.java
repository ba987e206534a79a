package org.coprod.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.coprod.core.Library;
import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.core.evidence.Records;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.core.validation.ProblemCode;
import org.coprod.core.validation.Severities;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.CodedRecord;
import org.coprod.model.Segment;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample library's coded passages: a dozen cases' notes coded by the sample coder, with built-in and user codes. */
class SampleCodingTests {

    private static final Set<String> USER_CODES = Set.of("trust", "clientelism", "co-financing", "women's leadership", "scaling up");

    @TempDir
    static Path dir;
    static Library sample;

    @BeforeAll
    static void materialize() throws Exception {
        sample = SampleLibrary.materialize(dir.resolve("sample"));
    }

    private static List<Case> coded() {
        return sample.root().getCases().stream().filter(c -> !c.getSegments().isEmpty()).toList();
    }

    @Test
    void everyPassageOfTheDataQuotesExactlyOnePlaceOfItsCasesNotes() throws Exception {
        List<String> misplaced = new ArrayList<>();
        for (SampleCoding.Passage p : SampleCoding.passages()) {
            Case c = sample.findCase(p.caseId()).orElse(null);
            try {
                if (c == null) {
                    misplaced.add("row " + p.row() + ": no case " + p.caseId());
                } else {
                    SampleCoding.place(c, p);
                }
            } catch (IOException e) {
                misplaced.add(e.getMessage());
            }
        }
        assertEquals(List.of(), misplaced);
    }

    @Test
    void aDozenCasesHaveCodedPassagesThatFitTheirNotes() throws Exception {
        assertTrue(coded().size() >= 12, "cases with coded passages: " + coded().size());
        List<String> unfit = new ArrayList<>();
        for (Case c : sample.root().getCases()) {
            for (Diagnostic d : LibraryValidation.leaves(LibraryValidation.validate(c))) {
                ProblemCode code = ProblemCode.of(d).orElse(null);
                if (code == ProblemCode.SEGMENT_OUTSIDE_TEXT || code == ProblemCode.QUOTE_CHANGED) {
                    unfit.add(d.getMessage());
                }
            }
        }
        assertEquals(List.of(), unfit);
        int passages = coded().stream().mapToInt(c -> c.getSegments().size()).sum();
        assertTrue(passages >= SampleCoding.passages().size() - 5, "a passage coded twice shares its segment: " + passages);
    }

    @Test
    void theSampleCoderCodedEveryPassageAndBuiltInCodesCiteTheCasesOwnConclusions() {
        for (Case c : coded()) {
            for (Segment s : c.getSegments()) {
                assertEquals(SampleCoding.CODER_NAME, s.getCoder().getName(), c.getId());
                assertEquals("note-1", s.getText().getId(), c.getId());
                for (Code code : s.getCodes()) {
                    if (BuiltInCodes.isBuiltIn(code)) {
                        assertTrue(Records.citing(c, s).stream().anyMatch(r -> Records.meaning(r).equals(BuiltInCodes.meaning(sample.root(),
                                code))), c.getId() + ": " + s.getQuote() + " is evidence of " + code.getName());
                    }
                }
            }
            for (CodedRecord r : Records.all(c)) {
                assertTrue(r.getCoder() == null || !SampleCoding.CODER_ID.equals(r.getCoder().getId()),
                        c.getId() + ": the passages are evidence of the spreadsheet's conclusions, and make none of their own");
            }
        }
    }

    @Test
    void theUserCodesAreDefinedColouredAndUsedInSeveralCases() {
        Map<String, Integer> casesPerCode = new TreeMap<>();
        for (String name : USER_CODES) {
            Code code = CodebookChanges.find(sample.root().getCodebook(), name).orElseThrow(() -> new AssertionError(name));
            assertTrue(code.getColour().matches("#[0-9a-f]{6}"), name);
            assertTrue(!BuiltInCodes.isBuiltIn(code) && code.isCodable(), name);
            casesPerCode.put(name, CodebookChanges.use(sample.root(), code).cases());
        }
        assertTrue(casesPerCode.values().stream().allMatch(n -> n >= 3), casesPerCode.toString());
        List<Diagnostic> codebook = LibraryValidation.leaves(LibraryValidation.validateCodebook(sample.root(), Severities.DEFAULTS));
        assertEquals(List.of(), codebook.stream().map(Diagnostic::getMessage).toList(), "every code has a definition");
    }

    @Test
    void theFrameworkMatrixOfTheUserCodesHasAPassageInEveryRow() {
        List<Code> columns = sample.root().getCodebook().getCodes().stream().filter(c -> USER_CODES.contains(c.getName())).toList();
        List<Case> rows = coded().stream().filter(c -> c.getSegments().stream().anyMatch(s -> s.getCodes().stream()
                .anyMatch(columns::contains))).toList();
        FrameworkMatrix matrix = FrameworkMatrix.of(rows, columns);
        assertTrue(rows.size() >= 12, rows.stream().map(Case::getId).collect(Collectors.joining(", ")));
        for (int i = 0; i < rows.size(); i++) {
            int row = i;
            assertTrue(IntStream.range(0, columns.size()).anyMatch(j -> matrix.cell(row, j).count() > 0), rows.get(i).getId());
        }
    }
}
