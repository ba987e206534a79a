package org.coprod.ui.problems;

import java.time.LocalTime;
import java.util.function.Function;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import java.util.ArrayList;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.ui.LibraryView;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.codebook.CodebookView;
import org.coprod.ui.editor.CaseEditor;
import org.coprod.ui.editor.CaseEditorInput;
import org.coprod.ui.editor.Names;
import org.coprod.ui.problems.CaseReport.Issue;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;

/**
 * Every case's validation problems and completeness score, least complete first, below the codebook's problems if it
 * has any. Validating the whole library runs as a cancellable job; saved cases are checked again. Double-click a problem
 * to go to its field (a codebook problem: to its code in the Codebook view).
 */
public class ProblemsView extends LibraryView {

    public static final String ID = "org.coprod.ui.problemsView";

    private TreeViewer viewer;
    private List<CaseReport> reports = new ArrayList<>();
    /** The codebook's problems, listed above the cases when there are any; null before a library has loaded. */
    private CodebookReport codebook;
    private Job running;
    private static final int BATCH = 50;

    @Override
    protected void createContent(Composite parent) {
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object o) {
                return o instanceof CaseReport r ? r.issues().toArray() : o instanceof CodebookReport b ? b.issues().toArray()
                        : new Object[0];
            }

            @Override
            public Object getParent(Object o) {
                return null;
            }

            @Override
            public boolean hasChildren(Object o) {
                return o instanceof CaseReport r && !r.issues().isEmpty() || o instanceof CodebookReport b && !b.issues().isEmpty();
            }
        });
        column(Messages.ProblemsView_caseProblem, 380,
                o -> o instanceof CaseReport r ? Names.of(r.theCase()) : o instanceof CodebookReport ? Messages.ProblemsView_codebook
                : ((Issue) o).message());
        column(Messages.ProblemsView_completeness, 100, o -> o instanceof CaseReport r ? r.completeness() + " %" : "");
        column(Messages.ProblemsView_problems, 160, o -> o instanceof CaseReport r ? counts(r.errors(), r.warnings())
                : o instanceof CodebookReport b ? counts(b.errors(), b.warnings()) : ((Issue) o).severityLabel());
        viewer.addDoubleClickListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof Issue i && i.theCase() == null) {
                goToCode(i);
            } else if (o instanceof Issue i) {
                goTo(i);
            } else if (o instanceof CaseReport r) {
                session().openCase(r.theCase());
            }
        });
        Action validate = new Action(Messages.ProblemsView_validateAll) {
            @Override
            public void run() {
                validateAll();
            }
        };
        validate.setToolTipText(Messages.ProblemsView_checkEveryCaseOf);
        getViewSite().getActionBars().getToolBarManager().add(validate);
        viewer.setInput(reports);
    }

    private void column(String title, int width, Function<Object, String> text) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    /** Validates every case of the open library in a background job with progress, cancellable. */
    public Job validateAll() {
        WorkbenchSession session = session();
        if (session == null || !session.isLoaded()) {
            return null;
        }
        if (running != null) {
            running.cancel();
        }
        List<Case> cases = new ArrayList<>(session.library().root().getCases());
        Display display = viewer.getControl().getDisplay();
        setContentDescription(NLS.bind(Messages.ProblemsView_validating, cases.size()));
        Job job = new Job(NLS.bind(Messages.ProblemsView_validating, cases.size())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, getName(), cases.size());
                List<CaseReport> out = new ArrayList<>(cases.size());
                // The live model belongs to the UI thread: the job reads it there, in small batches, so that the
                // window stays responsive and the job can be cancelled between batches.
                for (int from = 0; from < cases.size(); from += BATCH) {
                    if (progress.isCanceled()) {
                        display.asyncExec(() -> showCancelled());
                        return Status.CANCEL_STATUS;
                    }
                    List<Case> batch = cases.subList(from, Math.min(cases.size(), from + BATCH));
                    display.syncExec(() -> batch.stream().filter(c -> c.eContainer() != null).forEach(c -> out.add(CaseReport.of(c))));
                    progress.worked(batch.size());
                }
                List<CaseReport> sorted = ProblemReports.sorted(out);
                String time = LocalTime.now().withNano(0).toString();
                display.asyncExec(() -> {
                    show(sorted);
                    if (!viewer.getControl().isDisposed()) {
                        setContentDescription(NLS.bind(Messages.ProblemsView_validatedAt, time, ProblemReports.heading(sorted)));
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setUser(false);
        job.schedule();
        running = job;
        return job;
    }

    private void show(List<CaseReport> fresh) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        reports = fresh;
        WorkbenchSession s = session();
        codebook = s != null && s.isLoaded() ? CodebookReport.of(s.library().root()) : null;
        List<Object> rows = new ArrayList<>();
        if (codebook != null && !codebook.issues().isEmpty()) {
            rows.add(codebook);
        }
        rows.addAll(reports);
        viewer.setInput(rows);
        setContentDescription(ProblemReports.heading(reports));
    }

    /** The codebook's problems as listed (null before a library has loaded). */
    public CodebookReport codebook() {
        return codebook;
    }

    /** Shows the code a codebook problem is about in the Codebook view. */
    private void goToCode(Issue i) {
        try {
            CodebookView view = (CodebookView) getSite().getPage().showView(CodebookView.ID);
            if (i.owner() instanceof Code code) {
                view.pane().tree().select(code);
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.ProblemsView_codebook, e.getMessage(), e.getStatus());
        }
    }

    private void showCancelled() {
        if (!viewer.getControl().isDisposed()) {
            setContentDescription(NLS.bind(Messages.ProblemsView_cancelled, ProblemReports.heading(reports)));
        }
    }

    private void goTo(Issue i) {
        Case c = i.theCase();
        session().openCase(c);
        IEditorPart editor = getSite().getPage().findEditor(new CaseEditorInput(session(), c.getId()));
        if (editor instanceof CaseEditor ce) {
            ce.showField(i.owner(), i.feature());
        }
    }

    @Override
    protected void loaded(WorkbenchSession session) {
        validateAll();
    }

    @Override
    protected void closed() {
        if (running != null) {
            running.cancel();
        }
        show(new ArrayList<>());
        setContentDescription(Messages.ProblemsView_noLibraryOpen);
    }

    @Override
    protected void activated(WorkbenchSession session) {
        show(new ArrayList<>());
    }

    @Override
    public void casesSaved(WorkbenchSession session, List<Case> saved) {
        if (saved.isEmpty() || viewer.getControl().isDisposed()) {
            return;
        }
        WorkbenchSession s = session();
        if (s != null && s.isLoaded()) {
            show(ProblemReports.follow(reports, s.library().root(), saved));
        }
    }

    @Override
    protected void casesChanged(WorkbenchSession session) {
        // New, duplicated, deleted or edited cases: follow them at once (a burst of typing is checked once it pauses).
        if (!viewer.getControl().isDisposed() && session.isLoaded()) {
            viewer.getControl().getDisplay().timerExec(300, follow);
        }
    }

    private final Runnable follow = () -> {
        WorkbenchSession s = session();
        if (s != null && s.isLoaded() && !viewer.getControl().isDisposed()) {
            List<Case> changed = s.library().root().getCases().stream().filter(s::hasUnsavedChanges).toList();
            show(ProblemReports.follow(reports, s.library().root(), changed));
        }
    };

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }

    /** "1 error, no warnings", in the workbench's language. */
    private static String counts(long errors, long warnings) {
        return ProblemReports.count(errors, Messages.ProblemReports_error, Messages.ProblemReports_errors) + ", "
                + ProblemReports.count(warnings, Messages.ProblemReports_warning, Messages.ProblemReports_warnings);
    }
}
