package org.coprod.ui.editor;

import org.coprod.ui.CaseOpening;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Opens cases in the workbench's case editor: the editor package's {@link CaseOpening}. */
public final class CaseEditors implements CaseOpening {

    @Override
    public void open(WorkbenchSession session, String caseId) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page != null) {
            try {
                page.openEditor(new CaseEditorInput(session, caseId), CaseEditor.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException("Cannot open case " + caseId + ": " + e.getMessage(), e);
            }
        }
    }
}
