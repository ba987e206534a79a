package org.coprod.ui.retrieval;

import org.coprod.model.Segment;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Shows a coded passage in its text, selected. The case editor shows passages of notes; an editor of documents
 * provides one for documents as an adapter of {@link org.coprod.model.Document} (the platform's
 * {@code org.eclipse.core.runtime.adapters} extension), so that this package needs no dependency on it.
 */
@FunctionalInterface
public interface PassageOpening {

    /** Shows the segment, a passage of the session's library, in its text on the page; false when it could not. */
    boolean open(IWorkbenchPage page, WorkbenchSession session, Segment segment);
}
