package org.coprod.ui.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.model.Case;
import org.coprod.model.Note;
import org.coprod.model.TypologyCell;
import org.coprod.ui.CodedNotes;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.editor.CaseForm;
import org.coprod.ui.editor.CodingPage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case editor's Coding page shows under each typology coding and driver the passages that are its evidence. */
class EvidencePassagesTests {

    @TempDir
    Path dir;
    private Shell shell;
    private FormToolkit toolkit;
    private WorkbenchSession session;

    @BeforeEach
    void open() throws Exception {
        session = CodedNotes.open(dir);
        shell = new Shell(Display.getDefault());
        toolkit = new FormToolkit(shell.getDisplay());
    }

    @AfterEach
    void close() {
        toolkit.dispose();
        shell.dispose();
    }

    private static Tree evidenceTree(Control c) {
        if (c instanceof Tree t && t.getColumnCount() > 0 && "Conclusion / passage".equals(t.getColumn(0).getText())) {
            return t;
        }
        if (c instanceof Composite parent) {
            for (Control child : parent.getChildren()) {
                Tree found = evidenceTree(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> rows(Tree tree) {
        List<String> out = new ArrayList<>();
        for (TreeItem conclusion : tree.getItems()) {
            out.add(conclusion.getText(0) + " | " + conclusion.getText(1));
            for (TreeItem passage : conclusion.getItems()) {
                out.add("  " + passage.getText(0) + " | " + passage.getText(1));
            }
        }
        return out;
    }

    @Test
    void eachConclusionListsItsPassagesAndAPassageCodedIntoACellJoinsItsCoding() throws Exception {
        Case alpha = session.findCase("alpha");
        Composite body = toolkit.createComposite(shell);
        CaseForm form = new CaseForm(session, alpha, toolkit);
        CodingPage.fill(body, form);
        WorkbenchSession.Observer follow = new WorkbenchSession.Observer() {
            @Override
            public void dirtyChanged(WorkbenchSession s) {
                form.refresh();
            }
        };
        WorkbenchSession.addObserver(follow);
        try {
            Tree tree = evidenceTree(body);
            assertNotNull(tree, "the Coding page has an evidence tree");
            assertEquals(List.of("Driver: governance | 1 passage", "  " + CodedNotes.A4 + " | Interview"), rows(tree));

            TypologyCell cell = session.library().root().getTypologies().get(0).getCells().stream().filter(TypologyCell::isApplicable)
                    .findFirst().orElseThrow();
            Note note = alpha.getNotes().get(0);
            int start = note.getText().indexOf(CodedNotes.A1);
            session.execute(PassageCoding.code(session.editingDomain(), session.library().root(), alpha, note, start, start
                    + CodedNotes.A1.length(), BuiltInCodes.forCell(session.library().root(), cell).orElseThrow(), Coders.create("T"),
                    new Date(), null).command());
            assertEquals(List.of("Cell " + cell.getCode() + " " + cell.getName() + " | 1 passage", "  " + CodedNotes.A1
                    + " | Interview", "Driver: governance | 1 passage", "  " + CodedNotes.A4 + " | Interview"), rows(tree));
            session.commandStack().undo();
            assertEquals(List.of("Driver: governance | 1 passage", "  " + CodedNotes.A4 + " | Interview"), rows(tree));
        } finally {
            WorkbenchSession.removeObserver(follow);
        }
    }
}
