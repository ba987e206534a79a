package org.coprod.ui.editor;

import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A case of a library session, by id: the editor finds the case in the session it is handed. Two inputs are equal when
 * they name the same case of the same session, so a case of a library that replaced another never reuses the editor
 * of the replaced one (which is closing).
 */
public final class CaseEditorInput implements IEditorInput {

    private final WorkbenchSession session;
    private final String caseId;

    public CaseEditorInput(WorkbenchSession session, String caseId) {
        this.session = session;
        this.caseId = caseId;
    }

    public WorkbenchSession session() {
        return session;
    }

    public String caseId() {
        return caseId;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return caseId;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return NLS.bind(Messages.CaseEditorInput_case, caseId);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseEditorInput other && other.session == session && other.caseId.equals(caseId);
    }

    @Override
    public int hashCode() {
        return caseId.hashCode();
    }
}
