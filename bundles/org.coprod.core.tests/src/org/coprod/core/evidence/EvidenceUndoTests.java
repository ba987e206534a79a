package org.coprod.core.evidence;

import static org.coprod.core.evidence.CodingLibraries.WHEN;
import static org.coprod.core.evidence.CodingLibraries.alpha;
import static org.coprod.core.evidence.CodingLibraries.ana;
import static org.coprod.core.evidence.CodingLibraries.beta;
import static org.coprod.core.evidence.CodingLibraries.cellCode;
import static org.coprod.core.evidence.CodingLibraries.code;
import static org.coprod.core.evidence.CodingLibraries.offsetOf;
import static org.coprod.core.evidence.CodingLibraries.userCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.CodeSummary;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.DriverCoding;
import org.coprod.model.Driver;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coding, uncoding, merging and deleting codes as commands on a command stack: each does what it says, undo gives back
 * the library exactly as it was (compared as the files a save would write) and redo does it again.
 */
class EvidenceUndoTests {

    @TempDir
    Path dir;
    Library library;
    Case alpha;
    Case beta;
    BasicCommandStack stack = new BasicCommandStack();
    EditingDomain domain;
    Code trust;
    Code confidence;

    @BeforeEach
    void library() throws Exception {
        library = CodingLibraries.twoCases(dir);
        alpha = alpha(library);
        beta = beta(library);
        // As in the workbench: a domain over the library's resource set (a null domain's commands cannot be asked canExecute).
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack, library.resourceSet());
        trust = userCode(library.root(), "trust", "Confidence between residents and officials.");
        confidence = userCode(library.root(), "confidence", "Residents believe the work will be done.");
    }

    /** The library as its files would be written now, by file name. */
    private Map<String, String> files() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        List<Resource> resources = new ArrayList<>(List.of(library.root().eResource()));
        library.root().getCases().forEach(c -> resources.add(c.eResource()));
        for (Resource r : resources) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.save(out, Library.saveOptions());
            files.put(r.getURI().lastSegment(), out.toString(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Runs a command on the stack, then checks that undo restores {@code before} and redo the state it made. */
    private void executeUndoRedo(Command command, Runnable check) throws Exception {
        Map<String, String> before = files();
        assertTrue(command.canExecute(), command.getLabel());
        stack.execute(command);
        check.run();
        Map<String, String> after = files();
        assertTrue(stack.canUndo());
        stack.undo();
        assertEquals(before, files(), "undo of " + command.getLabel() + " gives the library back as it was");
        stack.redo();
        assertEquals(after, files(), "redo of " + command.getLabel());
        check.run();
    }

    @Test
    void codingAPassageUndoesTheSegmentTheRecordAndTheNewCoder() throws Exception {
        Coder newcomer = Coders.create("Bea Costa");
        Note note = alpha.getNotes().get(0);
        int start = offsetOf(note.getText(), "Trust grew");
        PassageCoding.Coding coding = PassageCoding.code(domain, library.root(), alpha, note, start, start + 10, cellCode(library, "P2-D1"),
                newcomer, WHEN, "Seen at the forum.");
        executeUndoRedo(coding.command(), () -> {
            assertEquals(List.of(coding.segment()), alpha.getSegments());
            assertEquals(1, alpha.getCodings().size());
            assertEquals(List.of(coding.segment()), alpha.getCodings().get(0).getSegments());
            assertTrue(library.root().getCoders().contains(newcomer));
        });
        stack.undo();
        assertTrue(alpha.getSegments().isEmpty() && alpha.getCodings().isEmpty());
        assertFalse(library.root().getCoders().contains(newcomer));
    }

    @Test
    void uncodingABuiltInCodeAndThenTheLastCodeUndoEachStep() throws Exception {
        Code p2d1 = cellCode(library, "P2-D1");
        Segment s = code(library, alpha, "Trust grew", p2d1).segment();
        code(library, alpha, "Trust grew", trust);
        TypologyCoding placement = alpha.getCodings().get(0);
        executeUndoRedo(PassageCoding.uncode(domain, library.root(), s, p2d1), () -> {
            assertEquals(List.of(trust), s.getCodes());
            assertTrue(placement.getSegments().isEmpty());
        });
        executeUndoRedo(PassageCoding.uncode(domain, library.root(), s, trust), () -> assertTrue(alpha.getSegments().isEmpty()));
        stack.undo();
        stack.undo();
        assertEquals(List.of(s), alpha.getSegments());
        assertEquals(List.of(p2d1, trust), s.getCodes());
        assertEquals(List.of(s), placement.getSegments());
    }

    @Test
    void mergingMovesSegmentsSummariesMemosAndChildCodes() throws Exception {
        Segment grew = code(library, alpha, "Trust grew", trust).segment();
        Segment labour = code(library, alpha, "residents gave their labour", trust).segment();
        code(library, alpha, "residents gave their labour", confidence);
        Segment committee = code(library, beta, "Trust in the committee", trust).segment();
        summarise(alpha, trust, "Trust grew over the years.");
        summarise(alpha, confidence, "Confidence came late.");
        summarise(beta, trust, "Low at first.");
        trust.getMemos().add(PassageCoding.memo("Split into kinds of trust later?", ana(library), WHEN));
        Code officials = userCode(library.root(), "trust in officials", "Residents trust officials.");
        officials.setParent(trust);

        executeUndoRedo(CodebookChanges.merge(domain, library.root(), trust, confidence), () -> {
            assertEquals(List.of(confidence), grew.getCodes());
            assertEquals(List.of(confidence), labour.getCodes(), "a segment that had both keeps one");
            assertEquals(List.of(confidence), committee.getCodes());
            assertEquals(1, alpha.getCodeSummaries().size(), "two summaries of one case are joined");
            assertEquals("Confidence came late.\n\nTrust grew over the years.", alpha.getCodeSummaries().get(0).getText());
            assertSame(confidence, beta.getCodeSummaries().get(0).getCode());
            assertEquals("Low at first.", beta.getCodeSummaries().get(0).getText());
            assertEquals(1, confidence.getMemos().size());
            assertEquals("Split into kinds of trust later?", confidence.getMemos().get(0).getText());
            assertSame(confidence, officials.getParent());
            assertFalse(library.root().getCodebook().getCodes().contains(trust));
        });
    }

    @Test
    void mergingACodeIntoOneOfItsOwnCodesLeavesNoCodeUnderTheMergedOneAndNoCycle() throws Exception {
        Code kinds = userCode(library.root(), "kinds of trust", "A group of kinds.");
        kinds.setParent(trust);
        Code officials = userCode(library.root(), "trust in officials", "Residents trust officials.");
        officials.setParent(kinds);
        Code neighbours = userCode(library.root(), "trust in neighbours", "Residents trust each other.");
        neighbours.setParent(trust);
        code(library, alpha, "Trust grew", trust);

        executeUndoRedo(CodebookChanges.merge(domain, library.root(), trust, officials), () -> {
            List<Code> codes = library.root().getCodebook().getCodes();
            for (Code c : codes) {
                assertTrue(c.getParent() == null || codes.contains(c.getParent()), c.getName() + " is under a code the codebook lacks");
                int depth = 0;
                for (Code p = c.getParent(); p != null; p = p.getParent()) {
                    assertTrue(++depth < codes.size(), c.getName() + " is in a cycle of parents");
                }
            }
            assertNull(officials.getParent(), "it takes the merged code's place, at the top");
            assertSame(officials, kinds.getParent());
            assertSame(officials, neighbours.getParent());
        });
    }

    @Test
    void mergingIntoABuiltInCodeMakesThePassagesEvidenceOfItsConclusion() throws Exception {
        Code participation = userCode(library.root(), "planning together", "Residents plan with officials.");
        Segment s = code(library, alpha, "Delegates of the 𠀀 forum chose the works", participation).segment();
        Code p2d1 = cellCode(library, "P2-D1");
        executeUndoRedo(CodebookChanges.merge(domain, library.root(), participation, p2d1), () -> {
            assertEquals(List.of(p2d1), s.getCodes());
            assertEquals(1, alpha.getCodings().size());
            TypologyCoding placement = alpha.getCodings().get(0);
            assertEquals(p2d1.getBuiltIn(), "cell:" + placement.getCell().getId());
            assertEquals(List.of(s), placement.getSegments());
            assertSame(ana(library), placement.getCoder(), "the placement is the coder's of the passage");
        });
    }

    @Test
    void deletingACodeRemovesTheSegmentsLeftWithoutCodesAndTheirCitations() throws Exception {
        Segment grew = code(library, alpha, "Trust grew", trust).segment();
        Segment labour = code(library, alpha, "residents gave their labour", trust).segment();
        code(library, alpha, "residents gave their labour", confidence);
        Segment committee = code(library, beta, "Trust in the committee", trust).segment();
        DriverCoding driver = CoprodFactory.eINSTANCE.createDriverCoding();
        driver.setDriver(Driver.values()[0]);
        driver.getSegments().addAll(List.of(grew, labour));
        alpha.getDrivers().add(driver);
        summarise(alpha, trust, "Trust grew over the years.");
        Code kinds = userCode(library.root(), "kinds of trust", "A group of kinds.");
        kinds.setParent(trust);
        Code group = userCode(library.root(), "relations", "Relations between people.");
        trust.setParent(group);

        executeUndoRedo(CodebookChanges.delete(domain, library.root(), trust), () -> {
            assertEquals(List.of(labour), alpha.getSegments(), "the passage left without a code goes");
            assertEquals(List.of(confidence), labour.getCodes());
            assertTrue(beta.getSegments().isEmpty());
            assertEquals(List.of(labour), driver.getSegments(), "and no conclusion cites it any more");
            assertEquals(List.of(driver), alpha.getDrivers(), "the conclusion itself stays");
            assertTrue(alpha.getCodeSummaries().isEmpty());
            assertSame(group, kinds.getParent(), "its codes move up to its parent");
            assertFalse(library.root().getCodebook().getCodes().contains(trust));
        });
        stack.undo();
        assertEquals(List.of(grew, labour), alpha.getSegments());
        assertEquals(List.of(committee), beta.getSegments());
        assertEquals(List.of(grew, labour), driver.getSegments());
    }

    @Test
    void builtInCodesAreNeitherMergedAwayNorDeleted() {
        Code p2d1 = cellCode(library, "P2-D1");
        assertTrue(assertThrows(CodingRefused.class, () -> CodebookChanges.delete(domain, library.root(), p2d1)).getMessage()
                .contains("built-in"));
        assertTrue(assertThrows(CodingRefused.class, () -> CodebookChanges.merge(domain, library.root(), p2d1, trust)).getMessage()
                .contains("built-in"));
        assertThrows(CodingRefused.class, () -> CodebookChanges.merge(domain, library.root(), trust, trust));
        Code drivers = BuiltInCodes.withKey(library.root().getCodebook(), "drivers").orElseThrow();
        assertTrue(assertThrows(CodingRefused.class, () -> CodebookChanges.merge(domain, library.root(), trust, drivers)).getMessage()
                .contains("code group"));
    }

    private void summarise(Case c, Code code, String text) {
        stack.execute(FrameworkMatrix.summarise(domain, c, code, text, ana(library), WHEN));
        CodeSummary s = CodebookChanges.summary(c, code).orElseThrow();
        assertEquals(text, s.getText());
    }
}
