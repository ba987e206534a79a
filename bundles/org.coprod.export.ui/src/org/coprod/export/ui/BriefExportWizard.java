package org.coprod.export.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.export.Brief;
import org.coprod.export.BriefAssembler;
import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;
import org.coprod.export.BriefRequest;
import org.coprod.model.Case;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * File &gt; Export &gt; Brief: chooses the cases (prefilled from the selection of the Comparison view or the navigator),
 * the kind of brief, the format, the reference document and the destination, then writes the brief in a Job.
 */
public class BriefExportWizard extends Wizard implements IExportWizard {

    static final String PLUGIN_ID = "org.coprod.export.ui";

    private final List<Case> selected = new ArrayList<>();
    private BriefWizardPage page;

    public BriefExportWizard() {
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(false);
        if (PlatformUI.isWorkbenchRunning()) {
            setDialogSettings(PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(BriefExportWizard.class))
                    .getDialogSettings());
        }
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        selected.clear();
        selected.addAll(casesIn(selection));
    }

    /** The cases in a selection: Case objects themselves, or anything that adapts to one. */
    static List<Case> casesIn(IStructuredSelection selection) {
        List<Case> cases = new ArrayList<>();
        if (selection == null) {
            return cases;
        }
        for (Object o : selection.toList()) {
            Case c = o instanceof Case k ? k : o instanceof IAdaptable a ? a.getAdapter(Case.class) : null;
            if (c != null && !cases.contains(c)) {
                cases.add(c);
            }
        }
        return cases;
    }

    @Override
    public void addPages() {
        WorkbenchSession session = WorkbenchSession.current();
        page = new BriefWizardPage(session == null ? null : session.library(), selected);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        BriefWizardPage.Choice choice = page.choice();
        BriefExport export = new BriefExport(choice.format(), choice.destination(), choice.reference(), choice.libraryFolder(), false);
        try {
            export.check();
        } catch (BriefExport.DestinationExistsException e) {
            if (!MessageDialog.openQuestion(getShell(), Messages.Replace_title, NLS.bind(Messages.Replace_question, e.file()))) {
                return false;
            }
            export = new BriefExport(choice.format(), choice.destination(), choice.reference(), choice.libraryFolder(), true);
        } catch (BriefException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        Brief brief;
        try {
            // The model is read here, on the UI thread where it is edited; the Job only writes the file.
            BriefRequest request = choice.request();
            request.check();
            brief = BriefAssembler.assemble(request);
        } catch (BriefException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        schedule(export, brief, choice.destination());
        page.remember();
        return true;
    }

    private static void schedule(BriefExport export, Brief brief, Path destination) {
        Job job = new Job(NLS.bind(Messages.Wizard_job, destination.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    export.write(brief, monitor);
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (BriefException e) {
                    return Status.error(e.getMessage(), e);
                }
            }
        };
        job.setUser(true);
        Display display = Display.getCurrent();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().isOK() && display != null && !display.isDisposed()) {
                    display.asyncExec(() -> offerToOpen(display, destination));
                }
            }
        });
        job.schedule();
    }

    /** Says that the brief is written, where, and offers to open it in the desktop's program for its kind of file. */
    private static void offerToOpen(Display display, Path destination) {
        Shell shell = display.getActiveShell();
        MessageDialog d = new MessageDialog(shell, Messages.Written_title, null,
                NLS.bind(Messages.Written_brief, destination), MessageDialog.INFORMATION, 0, Messages.Written_open, Messages.Written_close);
        if (d.open() == 0 && !Program.launch(destination.toString())) {
            MessageDialog.openInformation(shell, Messages.Written_title,
                    NLS.bind(Messages.Written_noProgram, destination.getFileName(), destination.getParent()));
        }
    }
}
