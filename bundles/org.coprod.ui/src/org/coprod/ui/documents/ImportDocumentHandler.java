package org.coprod.ui.documents;

import java.util.ArrayList;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.Document;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.documents.ImportDocumentDialog.Request;
import org.coprod.ui.editor.CaseEditor;
import org.coprod.ui.navigator.LibraryNavigator;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Import Document: asks what to import, extracts the text in a job (with progress and Cancel), then adds the
 * document to the library and the chosen cases as one undoable edit and opens it. A file that cannot be read is
 * reported by name, and leaves nothing behind.
 */
public final class ImportDocumentHandler extends AbstractHandler {

    private final DocumentImport extraction;

    public ImportDocumentHandler() {
        this(DocumentImport.EXTRACTION);
    }

    ImportDocumentHandler(DocumentImport extraction) {
        this.extraction = extraction;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        WorkbenchSession session = sessionOf(part);
        Shell shell = window.getShell();
        if (session == null || !session.isLoaded()) {
            MessageDialog.openInformation(shell, Messages.ImportDocumentDialog_importDocument,
                    Messages.ImportDocumentHandler_openALibraryFirst);
            return null;
        }
        ImportDocumentDialog dialog = new ImportDocumentDialog(shell, session.library().root(), currentCases(part));
        if (dialog.open() == Window.OK) {
            start(session, dialog.request(), window);
        }
        return null;
    }

    /** The library of the part the user is in: its own session, handed to it, rather than a global look-up. */
    private static WorkbenchSession sessionOf(IWorkbenchPart part) {
        if (part instanceof DocumentEditor d) {
            return ((DocumentEditorInput) d.getEditorInput()).session();
        }
        if (part instanceof CaseEditor c && c.form() != null) {
            return c.form().session();
        }
        return WorkbenchSession.current();
    }

    private static List<Case> currentCases(IWorkbenchPart part) {
        List<Case> out = new ArrayList<>();
        if (part instanceof DocumentEditor d && d.theCase() != null) {
            out.add(d.theCase());
        } else if (part instanceof CaseEditor c) {
            out.add(c.theCase());
        } else if (part instanceof LibraryNavigator n) {
            out.addAll(n.selectedCases());
        }
        return out;
    }

    /** Runs the extraction as a user job; the document opens once it has joined the library. */
    Job start(WorkbenchSession session, Request request, IWorkbenchWindow window) {
        Job job = new ImportJob(session, request, extraction, window.getShell().getDisplay(), new ImportJob.Outcome() {
            @Override
            public void imported(Document document, Case first) {
                if (window.getActivePage() != null) {
                    DocumentEditors.open(window.getActivePage(), session, first, document);
                }
            }

            @Override
            public void failed(String message) {
                MessageDialog.openError(window.getShell(), Messages.ImportDocumentDialog_importDocument, message);
            }
        });
        job.schedule();
        return job;
    }
}
