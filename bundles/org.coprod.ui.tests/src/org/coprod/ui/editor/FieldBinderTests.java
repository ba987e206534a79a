package org.coprod.ui.editor;

import java.util.function.BiConsumer;
import static org.coprod.model.CoprodPackage.Literals.CASE__NAME;
import static org.coprod.model.CoprodPackage.Literals.CASE__NOTES;
import static org.coprod.model.CoprodPackage.Literals.NOTE__TEXT;
import static org.coprod.model.CoprodPackage.Literals.NOTE__TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Note;
import org.coprod.testing.SampleLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text typed into the case editor's real fields, on a real shell, without ever leaving the field: it must reach the
 * model and the disk, and never land on a case whose creation was undone (issue 8, items 1 and 2).
 */
class FieldBinderTests {

    @TempDir
    Path dir;
    private Display display;
    private Shell shell;
    private FormToolkit toolkit;
    private final List<WorkbenchSession.Observer> observers = new ArrayList<>();

    @BeforeEach
    void shell() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 900);
        toolkit = new FormToolkit(display);
    }

    @AfterEach
    void dispose() {
        observers.forEach(WorkbenchSession::removeObserver);
        toolkit.dispose();
        shell.dispose();
    }

    @Test
    void markdownTypedInANoteIsSavedWithoutLeavingTheField() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        Case c = session.library().root().getCases().stream().filter(x -> !x.getNotes().isEmpty()).findFirst().orElseThrow();
        Note note = c.getNotes().get(0);
        CaseForm form = form(session, c, NotesPage::fill);
        Text markdown = focus(form.binder().find(note, NOTE__TEXT).control());

        type(markdown, "\nA sentence typed by the researcher.");
        assertTrue(session.isDirty(), "the library is dirty as soon as the text differs");
        assertTrue(session.hasUnsavedChanges(c), "the case's editor shows its star");
        assertTrue(note.getText().endsWith("A sentence typed by the researcher."), note.getText());

        session.save(); // what Ctrl+S does, with the cursor still in the field
        String file = Files.readString(session.library().caseFile(c));
        assertTrue(file.contains("A sentence typed by the researcher."), "the case file has the typed text");
        Note reread = Library.open(folder).findCase(c.getId()).orElseThrow().getNotes().get(0);
        assertTrue(reread.getText().endsWith("A sentence typed by the researcher."), reread.getText());
    }

    @Test
    void aBurstOfTypingIsOneCommandAndUndoTakesItAllBack() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Case c = session.library().root().getCases().get(2);
        String original = c.getName();
        CaseForm form = form(session, c, OverviewPage::fill);
        Text name = focus(form.binder().find(c, CASE__NAME).control());

        type(name, " (pilot)");
        assertEquals(original + " (pilot)", c.getName());
        assertEquals(original + " (pilot)", name.getText(), "the field keeps what was typed");
        session.commandStack().undo();
        assertEquals(original, c.getName(), "one undo takes back the whole burst");
        assertEquals(original, name.getText());
        assertFalse(session.isDirty());
        session.commandStack().redo();
        assertEquals(original + " (pilot)", c.getName());
    }

    @Test
    void typingAfterASaveStartsANewCommandSoTheSavedStateStaysCorrect() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Case c = session.library().root().getCases().get(2);
        CaseForm form = form(session, c, OverviewPage::fill);
        Text name = focus(form.binder().find(c, CASE__NAME).control());
        type(name, "A");
        session.save();
        assertFalse(session.isDirty());
        type(name, "B");
        assertTrue(session.isDirty(), "text typed after the save is unsaved");
        session.commandStack().undo();
        assertTrue(c.getName().endsWith("A"), "undo goes back to the saved text, not before it: " + c.getName());
        assertFalse(session.isDirty());
    }

    @Test
    void anUndoneNewCaseNeverComesBack() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        int before = session.library().root().getCases().size();
        Command create = session.cases().newCase("New case");
        assertTrue(session.execute(create));
        Case created = (Case) create.getResult().iterator().next();
        CaseForm form = form(session, created, OverviewPage::fill);
        Text name = focus(form.binder().find(created, CASE__NAME).control());
        type(name, " in Recife");

        session.commandStack().undo(); // the typing, committed as its own command
        assertEquals("New case", created.getName());
        session.commandStack().undo(); // New Case
        assertNull(session.findCase(created.getId()));
        assertEquals(before, session.library().root().getCases().size());

        type(name, " typed after the undo");
        assertTrue(session.commandStack().canRedo(), "nothing was executed onto the removed case, so Redo is still there");
        assertEquals("New case", created.getName(), "the removed case was not edited");
        session.save();
        assertEquals(before, Library.open(folder).root().getCases().size(), "the library reopens without the undone case");
        assertFalse(Files.exists(folder.resolve("cases").resolve(created.getId() + ".xmi")));
    }

    @Test
    void aCellBeingEditedIsCommittedBeforeSaveAsItsOwnCommand() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        Case c = session.library().root().getCases().stream().filter(x -> !x.getNotes().isEmpty()).findFirst().orElseThrow();
        Note note = c.getNotes().get(0);
        CaseForm form = new CaseForm(session, c, toolkit);
        Composite body = toolkit.createComposite(shell);
        ContainmentTable notes = form.table(body, "Notes", null, () -> c, CASE__NOTES, "title", "author");
        shell.open();
        notes.viewer().editElement(note, 0);
        assertTrue(notes.viewer().isCellEditorActive());
        Text cell = findText(notes.viewer().getTable());
        cell.setText("Title typed in the cell");

        session.save(); // Ctrl+S while the cell editor is still open
        assertEquals("Title typed in the cell", note.getTitle());
        assertEquals("Title typed in the cell", Library.open(folder).findCase(c.getId()).orElseThrow().getNotes().get(0).getTitle());
        session.commandStack().undo();
        assertFalse("Title typed in the cell".equals(note.getTitle()), "the cell edit is its own undoable command");
        assertTrue(NOTE__TITLE.isChangeable());
    }

    private CaseForm form(WorkbenchSession session, Case c, BiConsumer<Composite, CaseForm> page) {
        CaseForm form = new CaseForm(session, c, toolkit);
        Composite body = toolkit.createComposite(shell);
        page.accept(body, form);
        WorkbenchSession.Observer o = new WorkbenchSession.Observer() {
            @Override
            public void dirtyChanged(WorkbenchSession s) {
                form.refresh();
            }
        };
        observers.add(o);
        WorkbenchSession.addObserver(o);
        shell.open();
        return form;
    }

    private Text focus(Control control) {
        Text text = (Text) control;
        text.setFocus();
        while (display.readAndDispatch()) {
            // the focus events of opening the shell, before the first keystroke
        }
        text.setSelection(text.getCharCount());
        return text;
    }

    /** Types character by character, as the keyboard does: each insertion is one modification of the widget. */
    private void type(Text text, String s) {
        text.setSelection(text.getCharCount());
        for (char ch : s.toCharArray()) {
            text.insert(String.valueOf(ch));
            while (display.readAndDispatch()) {
                // let the widget's listeners run as they would between keystrokes
            }
        }
    }

    private static Text findText(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text t && (t.getStyle() & SWT.READ_ONLY) == 0) {
                return t;
            }
            if (child instanceof Composite comp) {
                Text t = findText(comp);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
