package org.coprod.ui;

import java.io.IOException;
import org.junit.jupiter.api.Assertions;
import static org.coprod.model.CoprodPackage.Literals.CASE__SUMMARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.testing.SampleLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal of unsaved edits: a workbench that dies without saving leaves the library's files as last saved, and the
 * next session on the library gets the edits back (issue 8, item 3).
 */
class EditJournalTests {

    @TempDir
    Path dir;

    @Test
    void editsOfADeadSessionAreRecoveredByTheNextOne() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        WorkbenchSession dying = WorkbenchSession.open(folder, new NullProgressMonitor());
        Case edited = dying.library().root().getCases().get(4);
        Case deleted = dying.library().root().getCases().get(7);
        String editedFile = Files.readString(dying.library().caseFile(edited));
        dying.execute(SetCommand.create(dying.editingDomain(), edited, CASE__SUMMARY, "Typed just before the crash"));
        var create = dying.cases().newCase("Case added just before the crash");
        dying.execute(create);
        String newId = ((Case) create.getResult().iterator().next()).getId();
        dying.execute(dying.cases().delete(List.of(deleted)));
        dying.journal().write(dying);
        // The session dies here: no save, no clean exit.

        assertEquals(editedFile, Files.readString(folder.resolve("cases").resolve(edited.getId() + ".xmi")),
                "the case file is as last saved");
        assertTrue(Files.exists(folder.resolve("cases").resolve(deleted.getId() + ".xmi")), "nothing was deleted on disk");

        WorkbenchSession next = WorkbenchSession.open(folder, new NullProgressMonitor());
        EditJournal.Pending pending = next.journal().read();
        assertEquals(2, pending.cases().size(), pending.toString());
        assertEquals(List.of(deleted.getId()), pending.deleted());
        assertFalse(next.isDirty());
        next.execute(next.journal().recoverCommand(next, pending));
        assertEquals("Typed just before the crash", next.findCase(edited.getId()).getSummary());
        assertEquals("Case added just before the crash", next.findCase(newId).getName());
        assertNull(next.findCase(deleted.getId()));
        assertTrue(next.isDirty(), "recovered edits are unsaved until the user saves");

        next.save();
        assertTrue(next.journal().read().isEmpty(), "saving empties the journal");
        Library reopened = Library.open(folder);
        assertEquals("Typed just before the crash", reopened.findCase(edited.getId()).orElseThrow().getSummary());
        assertTrue(reopened.findCase(newId).isPresent());
        assertTrue(reopened.findCase(deleted.getId()).isEmpty());
        assertEquals(dying.library().root().getCases().size(), reopened.root().getCases().size());
    }

    @Test
    void recoveringIsOneEditThatCanBeUndone() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        WorkbenchSession dying = WorkbenchSession.open(folder, new NullProgressMonitor());
        Case edited = dying.library().root().getCases().get(2);
        String before = edited.getSummary();
        dying.execute(SetCommand.create(dying.editingDomain(), edited, CASE__SUMMARY, "journaled"));
        dying.journal().write(dying);

        WorkbenchSession next = WorkbenchSession.open(folder, new NullProgressMonitor());
        next.execute(next.journal().recoverCommand(next, next.journal().read()));
        assertEquals("journaled", next.findCase(edited.getId()).getSummary());
        next.commandStack().undo();
        assertEquals(before, next.findCase(edited.getId()).getSummary());
        assertFalse(next.isDirty());
    }

    @Test
    void aSessionWithNothingUnsavedLeavesNoJournalAndSavingEmptiesIt() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        Case c = session.library().root().getCases().get(1);
        session.execute(SetCommand.create(session.editingDomain(), c, CASE__SUMMARY, "edited"));
        session.journal().write(session);
        assertFalse(session.journal().read().isEmpty());
        session.save();
        assertTrue(session.journal().read().isEmpty());
        assertFalse(Files.exists(folder.resolve(EditJournal.FOLDER)), "no folder is left behind");
        session.execute(SetCommand.create(session.editingDomain(), c, CASE__SUMMARY, "again"));
        session.commandStack().undo();
        session.journal().write(session);
        assertTrue(session.journal().read().isEmpty(), "an edit undone back to the saved state is nothing to recover");
    }

    @Test
    void theJournalNeverFollowsALinkOrDeletesFilesNotItsOwn() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path precious = Files.writeString(elsewhere.resolve("precious.xmi"), "not ours");
        Files.createSymbolicLink(folder.resolve(EditJournal.FOLDER), elsewhere);
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        session.journal().clear();
        assertTrue(Files.exists(precious), "clearing never reaches through a link");
        Case c = session.library().root().getCases().get(1);
        session.execute(SetCommand.create(session.editingDomain(), c, CASE__SUMMARY, "edited"));
        Assertions.assertThrows(IOException.class, () -> session.journal().write(session));
        assertEquals("not ours", Files.readString(precious));
    }
}
