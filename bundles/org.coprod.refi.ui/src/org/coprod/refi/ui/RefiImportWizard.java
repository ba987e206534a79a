package org.coprod.refi.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.coprod.refi.Limits;
import org.coprod.refi.RefiException;
import org.coprod.refi.RefiImport;
import org.coprod.refi.RefiPlan;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File &gt; Import REFI-QDA Project or Codebook: the file and what to do with cases the library has, then the whole
 * file is read (with progress and Cancel) and the next page lists what the import adds and, element by element, what
 * it cannot carry over, before anything changes. Finish makes the import one undoable edit of the open library.
 */
public class RefiImportWizard extends Wizard implements IImportWizard {

    private WorkbenchSession session;
    private ImportFilePage filePage;
    private ImportReportPage reportPage;
    private RefiPlan plan;
    /** The file and options the plan was made from, so that going back and changing them plans again. */
    private String planned;

    public RefiImportWizard() {
        setWindowTitle("Import REFI-QDA Project or Codebook");
        setNeedsProgressMonitor(true);
    }

    /** The wizard on a given session rather than the workbench's (for tests). */
    RefiImportWizard(WorkbenchSession session) {
        this();
        this.session = session;
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // nothing to take from a selection: the import goes into the open library
    }

    @Override
    public void addPages() {
        if (session == null) {
            session = WorkbenchSession.current();
        }
        filePage = new ImportFilePage(session);
        reportPage = new ImportReportPage(this);
        addPage(filePage);
        addPage(reportPage);
    }

    ImportFilePage filePage() {
        return filePage;
    }

    ImportReportPage reportPage() {
        return reportPage;
    }

    /** Reads the chosen file into a plan (once per file and options), in the wizard with progress; null when it failed. */
    RefiPlan plan() {
        Path file = filePage.file();
        RefiImport.Existing existing = filePage.existing();
        String key = file + "|" + existing;
        if (key.equals(planned)) {
            return plan;
        }
        plan = null;
        planned = key;
        RefiPlan[] made = new RefiPlan[1];
        try {
            session.commitPendingEdits();
            RefiImport importer = new RefiImport(session.library(), new RefiImport.Options(existing, Limits.DEFAULT));
            getContainer().run(true, true, monitor -> {
                try {
                    made[0] = importer.plan(file, monitor);
                } catch (RefiException e) {
                    throw new InvocationTargetException(e);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                }
            });
            plan = made[0];
        } catch (InvocationTargetException e) {
            planned = null;
            reportPage.refused(e.getCause() == null ? String.valueOf(e.getMessage()) : e.getCause().getMessage());
        } catch (InterruptedException e) {
            planned = null;
            reportPage.refused("Reading " + file.getFileName() + " was cancelled; nothing was imported.");
        }
        return plan;
    }

    @Override
    public boolean canFinish() {
        return getContainer() != null && getContainer().getCurrentPage() == reportPage && plan != null && plan.applicable();
    }

    @Override
    public boolean performFinish() {
        if (plan == null || !plan.applicable()) {
            return false;
        }
        List<Path> written;
        try {
            written = plan.writeDocuments(session.folder());
        } catch (RefiException e) {
            reportPage.setErrorMessage(e.getMessage());
            return false;
        }
        Command command = session.withdrawnFiles().follow(ApplyRefiImport.of(session.library(), plan), written);
        boolean done;
        try {
            done = session.execute(command);
        } catch (RuntimeException e) {
            done = false;
        }
        if (!done) {
            RefiPlan.discard(written);
            reportPage.setErrorMessage("The import could not be applied; nothing was imported.");
            return false;
        }
        inform("Imported " + plan.report().summary() + ".\n\nSave the library to keep it; Edit > Undo takes the whole import back.");
        return true;
    }

    /** Says what was imported (overridden in tests). */
    void inform(String message) {
        MessageDialog.openInformation(getShell(), getWindowTitle(), message);
    }
}
