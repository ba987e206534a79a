package org.coprod.ui.documents;

import org.coprod.model.Case;
import org.coprod.model.Document;
import org.coprod.model.Segment;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opens a document of a case in the document editor: the navigator's double-click, the import's last step, and a
 * passage found elsewhere (the Retrieval view) shown in its document.
 */
public final class DocumentEditors {

    private DocumentEditors() {
    }

    /** Opens (or brings to the front) the editor of the document coded for the case. */
    public static DocumentEditor open(IWorkbenchPage page, WorkbenchSession session, Case c, Document d) {
        try {
            return (DocumentEditor) page.openEditor(new DocumentEditorInput(session, c.getId(), d.getId()), DocumentEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open Document", e.getMessage());
            return null;
        }
    }

    /** Opens the document of a segment, coded for the segment's case, with its passage selected; false for a note's segment. */
    public static boolean show(IWorkbenchPage page, WorkbenchSession session, Segment segment) {
        if (!(segment.getText() instanceof Document d) || !(segment.eContainer() instanceof Case c)) {
            return false;
        }
        return show(page, session, c, d, segment.getStart(), segment.getEnd());
    }

    /** Opens a document coded for a case with code points {@code start}–{@code end} selected. */
    public static boolean show(IWorkbenchPage page, WorkbenchSession session, Case c, Document d, int start, int end) {
        DocumentEditor editor = open(page, session, c, d);
        if (editor == null) {
            return false;
        }
        editor.pane().select(start, end);
        return true;
    }
}
