package org.coprod.ui.documents;

import java.util.List;

import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.Document;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;

/** A document as one case draws on it: the library navigator shows it under the case and opens it coded for that case. */
public record CaseDocument(String caseId, Document document) {

    /** The documents of a loaded case (none while the library loads). */
    public static List<CaseDocument> of(WorkbenchSession session, String caseId) {
        Case c = session == null ? null : session.findCase(caseId);
        return c == null ? List.of() : c.getDocuments().stream().map(d -> new CaseDocument(caseId, d)).toList();
    }

    public String title() {
        return Texts.title(document);
    }

    /** The document icon, made for a control and disposed with it. */
    public static Image icon(Control owner) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), owner);
        return ResourceLocator.imageDescriptorFromBundle(CaseDocument.class, "icons/document.png").map(resources::create).orElse(null);
    }

    /** Opens it in the document editor of the workbench page. */
    public void open(IWorkbenchPage page, WorkbenchSession session) {
        Case c = session.findCase(caseId);
        if (c != null) {
            DocumentEditors.open(page, session, c, document);
        }
    }
}
