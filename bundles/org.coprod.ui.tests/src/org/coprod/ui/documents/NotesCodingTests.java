package org.coprod.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coprod.core.evidence.Anchors;
import org.coprod.core.evidence.NoteIds;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage.Literals;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.ui.editor.CaseForm;
import org.coprod.ui.editor.NotesPage;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case editor's Notes page codes its notes in its Code tab, and typing in the note keeps the coded passages on
 * their words, in the same command as the typing (one undo takes back both).
 */
class NotesCodingTests {

    private static final String NOTE = "We met the 😀 committee. They trust the engineers now.";
    @TempDir
    Path dir;
    private Display display;
    private Shell shell;
    private FormToolkit toolkit;

    @BeforeEach
    void shell() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 900);
        toolkit = new FormToolkit(display);
        CodedLibrary.nameTheCoder("Test Coder");
    }

    @AfterEach
    void dispose() {
        toolkit.dispose();
        shell.dispose();
        CodedLibrary.forgetTheCoder();
    }

    @Test
    void aNoteIsCodedInItsCodeTabAndItsPassageFollowsTheTyping() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        Case c = lib.theCase();
        Note note = CoprodFactory.eINSTANCE.createNote();
        note.setId(NoteIds.next(c));
        note.setTitle("Visit");
        note.setText(NOTE);
        lib.session.execute(new AddCommand(lib.session.editingDomain(), c, Literals.CASE__NOTES, note, 0));
        CaseForm form = new CaseForm(lib.session, c, toolkit);
        Composite body = toolkit.createComposite(shell);
        NotesPage.fill(body, form);
        shell.layout(true, true);
        shell.open();
        pump();
        CodingPane pane = codeTab(body);

        int at = NOTE.indexOf("trust the engineers");
        pane.styledText().setSelection(at, at + "trust the engineers".length());
        pane.quickCodeBox().setText(CodedLibrary.TRUST);
        pane.quickCodeBox().notifyListeners(SWT.DefaultSelection, new Event());
        Segment s = lib.segmentsOf(note).get(0);
        int[] expected = CodedLibrary.range(NOTE, "trust the engineers");
        assertEquals(expected[0], s.getStart());
        assertEquals("trust the engineers", s.getQuote());
        assertTrue(c.getSegments().contains(s), "the note's segment is kept with its case");

        Text markdown = (Text) form.binder().find(note, Literals.NOTE__TEXT).control();
        markdown.setFocus();
        pump();
        for (char ch : "Sunday: ".toCharArray()) { // typed at the start, key by key
            markdown.setSelection(markdown.getText().indexOf("We met"));
            markdown.insert(String.valueOf(ch));
            pump();
        }
        assertEquals("Sunday: " + NOTE, note.getText());
        assertEquals(expected[0] + 8, s.getStart(), "the passage moved with its words");
        assertTrue(Anchors.fits(note.getText(), s));
        assertEquals(at + 8, pane.styledText().getStyleRanges()[0].start, "and its highlight with it");

        lib.session.commandStack().undo();
        assertEquals(NOTE, note.getText(), "one undo takes back the typing");
        assertEquals(expected[0], s.getStart(), "and puts the passage back where it was");
        lib.session.commandStack().redo();
        assertEquals(expected[0] + 8, s.getStart());
    }

    private static CodingPane codeTab(Control c) {
        if (c instanceof CTabFolder tabs) {
            for (CTabItem item : tabs.getItems()) {
                if (item.getText().equals("Code")) {
                    return CodingPane.of(item.getControl()).orElseThrow();
                }
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                CodingPane p = codeTabOrNull(child);
                if (p != null) {
                    return p;
                }
            }
        }
        throw new AssertionError("no Code tab");
    }

    private static CodingPane codeTabOrNull(Control c) {
        try {
            return codeTab(c);
        } catch (AssertionError e) {
            return null;
        }
    }

    private void pump() {
        while (display.readAndDispatch()) {
            // the widgets' listeners run as between keystrokes
        }
    }
}
