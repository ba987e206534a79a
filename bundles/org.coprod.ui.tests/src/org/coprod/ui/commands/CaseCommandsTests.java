package org.coprod.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coprod.core.BovairdTypology;
import org.coprod.core.Library;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.Confidence;
import org.coprod.model.TypologyCell;
import org.coprod.testing.SampleLibraries;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The named case edits, on the real sample library and a plain command stack: no widget, no workbench. */
class CaseCommandsTests {

    @TempDir
    Path dir;
    private Library library;
    private BasicCommandStack stack;
    private AdapterFactoryEditingDomain domain;
    private CaseCommands commands;

    @BeforeEach
    void open() throws Exception {
        library = Library.open(SampleLibraries.copy(dir));
        stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack, library.resourceSet());
        commands = new CaseCommands(library, domain, id -> library.findCase(id).isPresent());
    }

    @Test
    void aNewCaseGetsAFreshIdFromItsNameAndGoesOnUndo() {
        int before = library.root().getCases().size();
        Command first = commands.newCase("Água para Todos");
        stack.execute(first);
        Command second = commands.newCase("Água para Todos");
        stack.execute(second);
        assertEquals("agua-para-todos", ((Case) first.getResult().iterator().next()).getId());
        assertEquals("agua-para-todos-2", ((Case) second.getResult().iterator().next()).getId(), "the same name gets another id");
        assertEquals(before + 2, library.root().getCases().size());
        assertEquals("Undo New Case", "Undo " + stack.getUndoCommand().getLabel());
        stack.undo();
        stack.undo();
        assertEquals(before, library.root().getCases().size());
    }

    @Test
    void aDuplicateCopiesTheCodingsUnderANewName() {
        Case original = library.root().getCases().stream().filter(c -> !c.getCodings().isEmpty()).findFirst().orElseThrow();
        Command dup = commands.duplicate(original);
        stack.execute(dup);
        Case copy = (Case) dup.getResult().iterator().next();
        assertEquals("Copy of " + original.getName(), copy.getName());
        assertEquals(original.getCodings().size(), copy.getCodings().size());
        assertEquals(original.getCodings().get(0).getCell(), copy.getCodings().get(0).getCell(), "the copy points at the same library cell");
    }

    @Test
    void deletingSeveralCasesIsOneUndoableEdit() {
        List<Case> two = List.copyOf(library.root().getCases().subList(0, 2));
        stack.execute(commands.delete(two));
        assertEquals("Delete 2 Cases", stack.getUndoCommand().getLabel());
        assertFalse(library.root().getCases().contains(two.get(0)));
        stack.undo();
        assertTrue(library.root().getCases().containsAll(two));
    }

    @Test
    void codingIntoACellAddsACoderPlacementToEachCaseAndANonApplicableCellTakesNone() {
        var bovaird = library.findTypology(BovairdTypology.ID).orElseThrow();
        TypologyCell p2d2 = bovaird.getCells().stream().filter(c -> "P2-D2".equals(c.getCode())).findFirst().orElseThrow();
        TypologyCell p3d1 = bovaird.getCells().stream().filter(c -> "P3-D1".equals(c.getCode())).findFirst().orElseThrow();
        List<Case> two = List.copyOf(library.root().getCases().subList(0, 2));
        int a = two.get(0).getCodings().size();
        int b = two.get(1).getCodings().size();
        assertFalse(CodeIntoCell.of(domain, two, p3d1, null, null, Confidence.LOW, null).canExecute());
        stack.execute(CodeIntoCell.of(domain, two, p2d2, null, "lane sewers", Confidence.MEDIUM, "why"));
        assertEquals(a + 1, two.get(0).getCodings().size());
        assertEquals(b + 1, two.get(1).getCodings().size());
        var added = two.get(1).getCodings().get(b);
        assertEquals(p2d2, added.getCell());
        assertEquals(AssignedBy.CODER, added.getAssignedBy());
        assertEquals("lane sewers", added.getComponent());
        stack.undo();
        assertEquals(a, two.get(0).getCodings().size());
    }
}
