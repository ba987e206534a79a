package org.coprod.ui.documents;

import java.io.IOException;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.Document;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.documents.ImportDocumentDialog.Request;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * The import of one document: the text is extracted in the background (progress and Cancel in the Progress view),
 * then, on the UI thread, the document joins the library and its cases as one undoable command. Nothing enters the
 * library if the extraction fails or is cancelled, and the files of a document that cannot join it are deleted.
 */
final class ImportJob extends Job {

    /** What became of the import, told on the UI thread. */
    interface Outcome {
        void imported(Document document, Case first);

        void failed(String message);
    }

    private final WorkbenchSession session;
    private final Request request;
    private final DocumentImport extraction;
    private final Display display;
    private final Outcome outcome;

    ImportJob(WorkbenchSession session, Request request, DocumentImport extraction, Display display, Outcome outcome) {
        super("Importing " + request.file().getFileName());
        this.session = session;
        this.request = request;
        this.extraction = extraction;
        this.display = display;
        this.outcome = outcome;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Document document;
        try {
            document = extraction.add(session.folder(), request.file(), request.title(), request.language(), monitor);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            display.asyncExec(() -> outcome.failed("The document was not imported: " + e.getMessage()));
            return Status.OK_STATUS; // the user is told in words; no second report from the platform
        }
        if (monitor.isCanceled()) {
            discard(document);
            return Status.CANCEL_STATUS;
        }
        display.asyncExec(() -> attach(document));
        return Status.OK_STATUS;
    }

    /** Adds the extracted document to the library, unless the library or the cases went meanwhile (then its files go). */
    private void attach(Document document) {
        List<Case> cases = request.cases().stream().filter(c -> session.findCase(c.getId()) == c).toList();
        boolean open = session.isActive() && session.isLoaded();
        // A source removed while the text was extracted is not pointed at.
        boolean sourceKept = request.source() != null && open && session.library().root().getSources().contains(request.source());
        document.setSource(sourceKept ? request.source() : null);
        if (!open || cases.isEmpty()
                || !session.execute(ImportedDocument.add(session.editingDomain(), session.library().root(), document, cases,
                        session.withdrawnFiles(), session.folder()))) {
            discard(document);
            outcome.failed("The document was not imported: " + (open ? "its cases are no longer in the library."
                    : "the library was closed while its text was extracted."));
            return;
        }
        outcome.imported(document, cases.get(0));
    }

    private void discard(Document document) {
        try {
            extraction.discard(session.folder(), document);
        } catch (IOException e) {
            ILog.of(ImportJob.class).log(Status.warning("Files of a document that was not imported were"
                    + " left in " + session.folder() + ": " + e.getMessage(), e));
        }
    }
}
