package org.coprod.refi.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.refi.CodebookExport;
import org.coprod.refi.ProjectExport;
import org.coprod.refi.RefiException;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File &gt; Export &gt; REFI-QDA project or codebook: the cases to export (those selected in the navigator, or all) and
 * the file, then the export runs in the wizard with its progress and a Cancel button; a cancelled or failed export
 * leaves no file behind.
 */
public class RefiExportWizard extends Wizard implements IExportWizard {

    /** What the wizard writes. */
    public enum Kind {
        PROJECT, CODEBOOK
    }

    private final Kind kind;
    private final List<Case> selected = new ArrayList<>();
    private WorkbenchSession session;
    private RefiExportPage page;
    /** What the last export wrote, for its message (and for tests). */
    String written;

    public RefiExportWizard(Kind kind) {
        this.kind = kind;
        setWindowTitle(kind == Kind.PROJECT ? Messages.Export_projectWindow : Messages.Export_codebookWindow);
        setNeedsProgressMonitor(true);
    }

    /** The wizard on a given session rather than the workbench's (for tests). */
    RefiExportWizard(Kind kind, WorkbenchSession session, List<Case> selected) {
        this(kind);
        this.session = session;
        this.selected.addAll(selected);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        selected.clear();
        if (selection != null) {
            for (Object o : selection.toList()) {
                Case c = o instanceof Case k ? k : o instanceof IAdaptable a ? a.getAdapter(Case.class) : null;
                if (c != null && !selected.contains(c)) {
                    selected.add(c);
                }
            }
        }
    }

    @Override
    public void addPages() {
        if (session == null) {
            session = WorkbenchSession.current();
        }
        page = new RefiExportPage(kind, session == null ? null : session.library(), selected);
        addPage(page);
    }

    RefiExportPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        Path file = page.destination();
        boolean replace = false;
        if (Files.exists(file)) {
            if (!confirmReplace(file)) {
                return false;
            }
            replace = true;
        }
        session.commitPendingEdits();
        Library library = session.library();
        List<Case> cases = page.cases();
        boolean overwrite = replace;
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    if (kind == Kind.CODEBOOK) {
                        CodebookExport.Result r = new CodebookExport(library).write(file, overwrite, monitor);
                        written = NLS.bind(Messages.Export_codebookWritten, r.codes(), r.file());
                    } else {
                        ProjectExport.Result r = new ProjectExport(library, cases).write(file, overwrite, monitor);
                        Object[] counts = { r.cases(), r.documents(), r.selections(), r.file() };
                        written = NLS.bind(Messages.Export_projectWritten, counts)
                                + (r.warnings().isEmpty() ? "" : NLS.bind(Messages.Export_leftOut, String.join("\n", r.warnings())));
                    }
                } catch (RefiException e) {
                    throw new InvocationTargetException(e);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                }
            });
        } catch (InvocationTargetException e) {
            page.setErrorMessage(e.getCause() == null ? String.valueOf(e.getMessage()) : e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            page.setMessage(Messages.Export_cancelled);
            return false;
        }
        inform(written);
        return true;
    }

    /** Asks before an existing file is replaced (overridden in tests, which answer for the user). */
    boolean confirmReplace(Path file) {
        return MessageDialog.openQuestion(getShell(), Messages.Export_replaceTitle, NLS.bind(Messages.Export_replaceQuestion, file));
    }

    /** Says what was written (overridden in tests). */
    void inform(String message) {
        MessageDialog.openInformation(getShell(), getWindowTitle(), message);
    }
}
