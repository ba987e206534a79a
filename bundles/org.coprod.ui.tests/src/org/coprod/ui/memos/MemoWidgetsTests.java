package org.coprod.ui.memos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Document;
import org.coprod.model.Memo;
import org.coprod.testing.ExchangeLibraries;
import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.CurrentCoder;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.coder.CoderPrompt;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memo list of a case and of a document, and the memo dialog, on real widgets over a real library: Add, Edit and
 * Remove are undoable edits in the current coder's name, saved with the library.
 */
class MemoWidgetsTests {

    @TempDir
    Path dir;
    private Shell shell;
    private WorkbenchSession session;
    /** What the "dialog" answers next: the text the user would type and confirm, or empty for Cancel. */
    private final Deque<Optional<String>> answers = new ArrayDeque<>();
    private final MemoEditing editing = new MemoEditing((s, about, memo) -> answers.isEmpty() ? Optional.empty() : answers.pop(),
            new CoderPrompt(s -> Optional.empty()));

    @BeforeEach
    void open() throws Exception {
        CurrentCoder.set("Carla Mendes");
        session = WorkbenchSession.open(ExchangeLibraries.coded(dir.resolve("lib")).folder(), new NullProgressMonitor());
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(800, 300);
    }

    @AfterEach
    void close() {
        shell.dispose();
        CoprodPreferences.node().remove(CurrentCoder.NAME);
        CoprodPreferences.node().remove(CurrentCoder.ID);
        CoprodPreferences.flush();
    }

    private static void pump() {
        while (Display.getDefault().readAndDispatch()) {
            // the list follows the command stack a moment later
        }
    }

    private static Button button(Control root, String text) {
        if (root instanceof Button b && b.getText().equals(text)) {
            return b;
        }
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                Button found = button(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void press(Button b) {
        assertTrue(b.isEnabled(), b.getText() + " is enabled");
        b.notifyListeners(SWT.Selection, new Event());
        pump();
    }

    @Test
    void aCasesMemosAreAddedEditedAndRemovedThroughTheListAsUndoableEditsThatAreSaved() throws Exception {
        Case alpha = session.findCase("alpha");
        MemoList list = new MemoList(shell, session, () -> alpha, "the case", editing);
        shell.open();
        assertEquals(1, list.table().getTable().getItemCount(), "the fixture's memo");
        assertFalse(button(list.control(), "Edit Memo...").isEnabled(), "nothing selected, nothing to edit");

        answers.push(Optional.of("Ask for the **council minutes**.\nThen compare."));
        press(button(list.control(), "Add Memo..."));
        assertEquals(2, alpha.getMemos().size());
        Memo added = alpha.getMemos().get(1);
        assertEquals("Carla Mendes", added.getAuthor().getName(), "in the current coder's name");
        assertTrue(session.library().root().getCoders().contains(added.getAuthor()));
        assertTrue(added.getDate() != null && System.currentTimeMillis() - added.getDate().getTime() < 60_000, "dated now");
        assertEquals("Ask for the **council minutes**.", list.table().getTable().getItem(1).getText(2), "the first line shows");
        assertEquals("Memo added.", list.status().getText());

        list.table().getTable().setSelection(1);
        list.table().getTable().notifyListeners(SWT.Selection, new Event());
        answers.push(Optional.of("Asked; minutes promised for June."));
        press(button(list.control(), "Edit Memo..."));
        assertEquals("Asked; minutes promised for June.", added.getText());
        answers.push(Optional.empty());
        press(button(list.control(), "Edit Memo..."));
        assertEquals("No memo was written.", list.status().getText(), "Cancel changes nothing");

        session.commandStack().undo();
        pump();
        assertEquals("Ask for the **council minutes**.\nThen compare.", added.getText(), "undo takes the edit back");
        list.table().getTable().setSelection(1);
        list.table().getTable().notifyListeners(SWT.Selection, new Event());
        press(button(list.control(), "Remove"));
        assertEquals(1, alpha.getMemos().size());
        assertEquals(1, list.table().getTable().getItemCount());
        session.commandStack().undo();
        pump();
        assertEquals(2, list.table().getTable().getItemCount(), "undo brings it back, and the list shows it");
        session.save();

        Case reread = Library.open(session.folder()).findCase("alpha").orElseThrow();
        assertEquals("Ask for the **council minutes**.\nThen compare.", reread.getMemos().get(1).getText());
        assertEquals("Carla Mendes", reread.getMemos().get(1).getAuthor().getName());
    }

    @Test
    void aDocumentsMemosWindowListsThemAndAddsOne() throws Exception {
        Document doc = session.library().root().getDocuments().get(0);
        MemosDialog dialog = new MemosDialog(shell, session, doc, "the document", editing);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals(1, dialog.list().table().getTable().getItemCount());
            assertEquals("Transcribed by the federation's secretary.", dialog.list().table().getTable().getItem(0).getText(2));
            answers.push(Optional.of("Second transcription checked against the tape."));
            press(button(dialog.list().control(), "Add Memo..."));
            assertEquals(2, doc.getMemos().size());
            assertEquals("Carla Mendes", doc.getMemos().get(1).getAuthor().getName());
        } finally {
            dialog.close();
        }
        session.commandStack().undo();
        assertEquals(1, doc.getMemos().size(), "one undo");
    }

    @Test
    void theMemoDialogShowsWhoWroteTheMemoAndGivesBackWhatWasTyped() {
        Memo memo = session.library().root().getDocuments().get(0).getMemos().get(0);
        MemoDialog dialog = new MemoDialog(shell, "the document", memo);
        dialog.setBlockOnOpen(false);
        dialog.open();
        assertEquals(memo.getText(), dialog.text().getText());
        assertTrue(MemoList.byline(memo).startsWith("Written by Ben Okafor on "), MemoList.byline(memo));
        dialog.text().setText("Checked *twice*.");
        dialog.ok();
        assertEquals("Checked *twice*.", dialog.written());
        assertNull(dialog.getShell(), "closed by OK");
    }
}
