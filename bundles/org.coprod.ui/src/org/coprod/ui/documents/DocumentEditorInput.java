package org.coprod.ui.documents;

import java.util.Objects;
import java.util.Optional;

import org.coprod.model.Case;
import org.coprod.model.Document;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A document of the open library coded for one of its cases: segments are kept with the case, so the same document
 * opened for two cases is two editors, each showing that case's codings.
 */
public final class DocumentEditorInput implements IEditorInput {

    private final WorkbenchSession session;
    private final String caseId;
    private final String documentId;

    public DocumentEditorInput(WorkbenchSession session, String caseId, String documentId) {
        this.session = session;
        this.caseId = caseId;
        this.documentId = documentId;
    }

    public WorkbenchSession session() {
        return session;
    }

    public String caseId() {
        return caseId;
    }

    public String documentId() {
        return documentId;
    }

    /** The case, while the session has it. */
    public Optional<Case> theCase() {
        return Optional.ofNullable(session.findCase(caseId));
    }

    /** The document, while the library has it and the case still draws on it. */
    public Optional<Document> document() {
        return theCase().flatMap(c -> c.getDocuments().stream().filter(d -> documentId.equals(d.getId())).findFirst());
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
        return document().map(d -> d.getTitle() == null || d.getTitle().isBlank() ? d.getId() : d.getTitle()).orElse(documentId);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return NLS.bind(Messages.DocumentEditorInput_tip, getName(), theCase().map(Case::getName).orElse(caseId));
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentEditorInput other && other.session == session && other.caseId.equals(caseId)
                && other.documentId.equals(documentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, documentId);
    }
}
