package org.coprod.ui.retrieval;

import org.coprod.core.evidence.CodePoints;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.CoprodPackage.Literals;
import org.coprod.model.Document;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.documents.DocumentEditors;
import org.coprod.ui.editor.CaseEditor;
import org.coprod.ui.editor.CaseEditorInput;
import org.coprod.ui.editor.FieldBinder;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Opens the text of a coded passage at the passage, from the retrieval view, the framework matrix and the case
 * editor's evidence: a note in its case's editor, on the Notes page with the passage selected; a document in the
 * document editor ({@link DocumentEditors}).
 */
public final class Passages {

    private Passages() {
    }

    /** Opens the text of a segment of the session's library at the segment in the active page (nothing without a workbench). */
    public static void open(WorkbenchSession session, Segment segment) {
        if (segment == null || session == null || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            open(window.getActivePage(), session, segment);
        }
    }

    /** Opens the segment's text at the segment on a page; false when it could not (the user was told why). */
    public static boolean open(IWorkbenchPage page, WorkbenchSession session, Segment segment) {
        CodableText text = segment.getText();
        if ((text instanceof Note || text instanceof Document) && segment.eContainer() instanceof Case c) {
            return open(page, session, c, text, segment.getStart(), segment.getEnd());
        }
        MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), Messages.Passages_openPassage,
                NLS.bind(Messages.Passages_gone, segment.getQuote()));
        return false;
    }

    /**
     * Opens a text of a case with the code points {@code start}–{@code end} selected (a passage that need not be one
     * segment, such as where two coders disagree): a note in the case's editor, a document in the document editor.
     */
    public static boolean open(IWorkbenchPage page, WorkbenchSession session, Case c, CodableText text, int start, int end) {
        if (text instanceof Note note && note.eContainer() == c) {
            return openNote(page, session, c, note, start, end);
        }
        if (text instanceof Document d) {
            return DocumentEditors.show(page, session, c, d, start, end);
        }
        MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), Messages.Passages_openPassage,
                NLS.bind(Messages.Passages_textGone, c.getId()));
        return false;
    }

    private static boolean openNote(IWorkbenchPage page, WorkbenchSession session, Case c, Note note, int start, int end) {
        IEditorPart part;
        try {
            part = page.openEditor(new CaseEditorInput(session, c.getId()), CaseEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Passages_openPassage, e.getMessage());
            return false;
        }
        if (!(part instanceof CaseEditor editor)) {
            return false;
        }
        editor.showField(note, Literals.NOTE__TEXT);
        FieldBinder.Binding b = editor.form().binder().find(note, Literals.NOTE__TEXT);
        return b != null && select(b.control(), note.getText() == null ? "" : note.getText(), start, end);
    }

    /** Selects the passage (code points) in a text control that shows the whole text, and scrolls it into view. */
    static boolean select(Control control, String text, Segment segment) {
        return select(control, text, segment.getStart(), segment.getEnd());
    }

    /** Selects code points {@code start}–{@code end} in a text control that shows the whole text, scrolled into view. */
    static boolean select(Control control, String text, int start, int end) {
        int from = CodePoints.index(text, start);
        int to = CodePoints.index(text, end);
        if (control instanceof Text t && t.getText().equals(text)) {
            t.setFocus();
            t.setSelection(from, to);
            return true;
        }
        if (control instanceof StyledText t && t.getText().equals(text)) {
            t.setFocus();
            t.setSelection(from, to);
            t.showSelection();
            return true;
        }
        return false;
    }
}
