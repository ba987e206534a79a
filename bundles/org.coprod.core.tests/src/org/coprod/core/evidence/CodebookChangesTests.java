package org.coprod.core.evidence;

import static org.coprod.core.evidence.CodingLibraries.alpha;
import static org.coprod.core.evidence.CodingLibraries.beta;
import static org.coprod.core.evidence.CodingLibraries.code;
import static org.coprod.core.evidence.CodingLibraries.userCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.coprod.core.Library;
import org.coprod.core.evidence.BuiltInCodes.CellMeaning;
import org.coprod.core.evidence.BuiltInCodes.Dimension;
import org.coprod.core.evidence.BuiltInCodes.ValueMeaning;
import org.coprod.model.Code;
import org.coprod.model.Codebook;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Driver;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook: names, moves (never into a cycle), use counts, and the built-in codes every library has. */
class CodebookChangesTests {

    @TempDir
    Path dir;
    Library library;
    Codebook book;
    BasicCommandStack stack = new BasicCommandStack();
    EditingDomain domain;

    @BeforeEach
    void library() throws Exception {
        library = CodingLibraries.twoCases(dir.resolve("lib"));
        book = library.root().getCodebook();
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack, library.resourceSet());
    }

    @Test
    void aMoveUnderItselfOrUnderOneOfItsOwnCodesIsRefused() throws Exception {
        Code relations = userCode(library.root(), "relations", "Relations between people.");
        Code trust = userCode(library.root(), "trust", "Confidence in others.");
        Code officials = userCode(library.root(), "trust in officials", "Residents trust officials.");
        stack.execute(CodebookChanges.move(domain, trust, relations));
        stack.execute(CodebookChanges.move(domain, officials, trust));
        assertSame(relations, trust.getParent());
        assertSame(trust, officials.getParent());
        assertTrue(assertThrows(CodingRefused.class, () -> CodebookChanges.move(domain, trust,
                trust)).getMessage().contains("under itself"));
        assertThrows(CodingRefused.class, () -> CodebookChanges.move(domain, relations, officials), "a grandchild");
        assertThrows(CodingRefused.class, () -> CodebookChanges.move(domain, relations, trust), "a child");
        assertNull(relations.getParent(), "a refused move changes nothing");
        stack.execute(CodebookChanges.move(domain, officials, null));
        assertNull(officials.getParent(), "to the top");
        stack.undo();
        assertSame(trust, officials.getParent());
    }

    @Test
    void namesAreUniqueIgnoringCaseAndCodesAreFoundByNameIdOrKey() throws Exception {
        Code trust = CodebookChanges.create("  trust ", null, "Confidence in others.", "#112233");
        stack.execute(CodebookChanges.add(domain, book, trust));
        assertEquals("trust", trust.getName(), "the name is stripped");
        assertTrue(trust.isCodable());
        assertTrue(assertThrows(CodingRefused.class, () -> CodebookChanges.add(domain, book, CodebookChanges.create("TRUST", null, "",
                null)))
                .getMessage().contains("already has a code named “trust”"));
        assertThrows(CodingRefused.class, () -> CodebookChanges.add(domain, book, CodebookChanges.create(" ", null, "", null)));
        Code other = userCode(library.root(), "confidence", "Belief that the work gets done.");
        assertThrows(CodingRefused.class, () -> CodebookChanges.rename(domain, book, other, "Trust"));
        stack.execute(CodebookChanges.rename(domain, book, trust, "Trust"));
        assertEquals("Trust", trust.getName(), "a code may change the case of its own name");
        assertSame(trust, CodebookChanges.find(book, "TRUST").orElseThrow());
        assertSame(trust, CodebookChanges.find(book, trust.getId()).orElseThrow());
        assertEquals("driver:GOVERNANCE", CodebookChanges.find(book, "driver:GOVERNANCE").orElseThrow().getBuiltIn());
        assertTrue(CodebookChanges.find(book, "nothing like it").isEmpty());
        Code p2d2 = CodebookChanges.find(library.root(), "p2-d2").orElseThrow();
        assertEquals("cell:bovaird.P2-D2", p2d2.getBuiltIn(), "a cell by its code, as researchers name it");
        assertSame(trust, CodebookChanges.find(library.root(), "Trust").orElseThrow(), "a name first");
        assertTrue(CodebookChanges.find(library.root(), "P9-D9").isEmpty());
    }

    @Test
    void useCountsSegmentsAndCases() throws Exception {
        Code trust = userCode(library.root(), "trust", "Confidence in others.");
        assertEquals(new CodebookChanges.Use(0, 0), CodebookChanges.use(library.root(), trust));
        code(library, alpha(library), "Trust grew", trust);
        code(library, alpha(library), "residents gave their labour", trust);
        code(library, beta(library), "Trust in the committee", trust);
        assertEquals(new CodebookChanges.Use(3, 2), CodebookChanges.use(library.root(), trust));
    }

    @Test
    void ensuringTheBuiltInCodesTwiceAddsNothingAndKeepsTheLibrarysOwnChanges() throws Exception {
        int codes = book.getCodes().size();
        Code p2d1 = BuiltInCodes.withKey(book, "cell:bovaird.P2-D1").orElseThrow();
        p2d1.setColour("#000000");
        p2d1.setName("Budget forums");
        assertEquals(List.of(), BuiltInCodes.ensure(library.root()));
        assertEquals(codes, book.getCodes().size());
        assertEquals("Budget forums", p2d1.getName());
        assertEquals("#000000", p2d1.getColour());
        book.getCodes().remove(p2d1);
        List<Code> added = BuiltInCodes.ensure(library.root());
        assertEquals(1, added.size(), "only the missing code comes back");
        assertEquals(p2d1.getId(), added.get(0).getId(), "under the same id");
        assertSame(BuiltInCodes.withKey(book, "typology:bovaird").orElseThrow(), added.get(0).getParent());
    }

    @Test
    void builtInCodesHaveTheSameIdsInEveryLibraryAndSayWhatTheyStandFor() throws Exception {
        Library other = Library.create(dir.resolve("other"), "Other");
        assertEquals(ids(book), ids(other.root().getCodebook()));
        assertEquals("code-cell-bovaird.p2-d1", BuiltInCodes.forCell(library.root(), library.findCell("bovaird", "P2-D1").orElseThrow())
                .orElseThrow().getId());
        assertEquals("code-driver-governance", BuiltInCodes.forValue(library.root(), Dimension.DRIVER,
                Driver.GOVERNANCE).orElseThrow().getId());
        assertEquals("code-drivers", BuiltInCodes.withKey(book, "drivers").orElseThrow().getId());
        Set<String> unique = book.getCodes().stream().map(Code::getId).collect(Collectors.toSet());
        assertEquals(book.getCodes().size(), unique.size(), "no two codes share an id");
        for (TypologyCell cell : library.findTypology("bovaird").orElseThrow().getCells()) {
            Code code = BuiltInCodes.forCell(library.root(), cell).orElseThrow();
            assertEquals(new CellMeaning(cell), BuiltInCodes.meaning(library.root(), code).orElseThrow());
            assertEquals(cell.isApplicable(), code.isCodable(), cell.getCode());
            assertTrue(code.getDefinition() != null && !code.getDefinition().isBlank(), cell.getCode());
        }
        for (Dimension d : Dimension.values()) {
            for (var literal : d.type().getELiterals()) {
                Enum<?> value = (Enum<?>) literal.getInstance();
                Code code = BuiltInCodes.forValue(library.root(), d, value).orElseThrow(() -> new AssertionError(d + " " + value));
                assertEquals(new ValueMeaning(d, value), BuiltInCodes.meaning(library.root(), code).orElseThrow());
                assertEquals(literal.getLiteral(), code.getName());
            }
        }
        Library reopened = Library.open(library.folder());
        assertEquals(ids(book), ids(reopened.root().getCodebook()), "saved and read back");
        assertEquals(List.of(), BuiltInCodes.ensure(reopened.root()));
        assertTrue(reopened.changes().isEmpty(), "a current library needs no more codes and has nothing to write");
    }

    @Test
    void cellsWhoseIdsDifferOnlyByCaseGetCodesOfTheirOwnThatKeepTheirPassagesThroughASave() throws Exception {
        Typology t = CoprodFactory.eINSTANCE.createTypology();
        t.setId("levels");
        t.setName("Levels");
        for (String id : List.of("levels.a", "levels.A", "levels:b", "levels-b")) {
            TypologyCell cell = CoprodFactory.eINSTANCE.createTypologyCell();
            cell.setId(id);
            cell.setCode(id.substring(7));
            cell.setName("Level " + id);
            cell.setApplicable(true);
            t.getCells().add(cell);
        }
        Map<String, String> before = ids(book);
        library.root().getTypologies().add(t);
        assertEquals(5, BuiltInCodes.ensure(library.root()).size(), "a group and a code per cell");
        Set<String> unique = book.getCodes().stream().map(Code::getId).collect(Collectors.toSet());
        assertEquals(book.getCodes().size(), unique.size(), "no two codes share an id");
        before.forEach((key, id) -> assertEquals(id, BuiltInCodes.withKey(book, key).orElseThrow().getId(), "unchanged: " + key));
        Code lower = BuiltInCodes.withKey(book, "cell:levels.a").orElseThrow();
        Code upper = BuiltInCodes.withKey(book, "cell:levels.A").orElseThrow();
        assertEquals("code-cell-levels.a", lower.getId(), "the first keeps the readable id");
        code(library, alpha(library), "Trust grew", lower);
        code(library, alpha(library), "residents gave their labour", upper);
        library.save();

        Library reopened = Library.open(library.folder());
        Map<String, String> quotes = new LinkedHashMap<>();
        for (var s : reopened.findCase("alpha").orElseThrow().getSegments()) {
            quotes.put(s.getQuote(), s.getCodes().get(0).getBuiltIn());
        }
        assertEquals(Map.of("Trust grew", "cell:levels.a", "residents gave their labour", "cell:levels.A"), quotes);
        Library other = Library.create(dir.resolve("other"), "Other");
        other.root().getTypologies().add(EcoreUtil.copy(t));
        BuiltInCodes.ensure(other.root());
        assertEquals(ids(reopened.root().getCodebook()), ids(other.root().getCodebook()), "the same ids in another library");
    }

    private static Map<String, String> ids(Codebook book) {
        Map<String, String> ids = new LinkedHashMap<>();
        book.getCodes().forEach(c -> ids.put(c.getBuiltIn(), c.getId()));
        return ids;
    }
}
