package org.coprod.ui.navigator;

import java.util.List;

import org.coprod.model.Case;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.compare.ComparisonView;
import org.coprod.ui.documents.CaseDocument;
import org.coprod.ui.editor.Names;
import org.coprod.ui.memos.MemoEditing;
import org.coprod.ui.memos.MemosDialog;
import org.coprod.ui.problems.ProblemsView;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;

/**
 * The navigator's actions on the selected cases (open, new, duplicate, delete, compare, validate all) and its context
 * menu. Each edit is one of the session's case commands, so it is undoable like any other.
 */
final class NavigatorMenu {

    private final LibraryNavigator navigator;
    final Action newCase;
    final Action duplicate;
    final Action delete;
    final Action compare;

    NavigatorMenu(LibraryNavigator navigator) {
        this.navigator = navigator;
        newCase = action("New Case...", this::newCase);
        newCase.setToolTipText("New case in the open library");
        duplicate = action("Duplicate", () -> {
            List<Case> cases = navigator.selectedCases();
            WorkbenchSession s = session();
            if (cases.size() == 1 && s != null) {
                s.execute(s.cases().duplicate(cases.get(0)));
            }
        });
        delete = action("Delete...", () -> deleteSelected(true));
        delete.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
        compare = action("Compare", () -> {
            try {
                ((ComparisonView) site().getPage().showView(ComparisonView.ID)).compare(navigator.selectedCases());
            } catch (PartInitException e) {
                ErrorDialog.openError(shell(), "Compare", e.getMessage(), e.getStatus());
            }
        });
        compare.setToolTipText("Compare the selected cases (2 to 5) side by side");
    }

    /** Fills the context menu for the current selection; actions the selection does not allow are greyed. */
    void fill(IMenuManager m) {
        WorkbenchSession s = session();
        boolean loaded = s != null && s.isLoaded();
        List<Case> cases = navigator.selectedCases();
        newCase.setEnabled(loaded);
        duplicate.setEnabled(loaded && cases.size() == 1);
        delete.setEnabled(loaded && !cases.isEmpty());
        compare.setEnabled(loaded && cases.size() >= 2 && cases.size() <= 5);
        Action open = action("&Open", () -> cases.forEach(c -> s.openCase(c)));
        open.setEnabled(loaded && !cases.isEmpty());
        m.add(open);
        m.add(new Separator());
        m.add(newCase);
        m.add(duplicate);
        m.add(delete);
        m.add(new Separator());
        m.add(compare);
        Action validate = action("&Validate All Cases", () -> {
            try {
                ((ProblemsView) site().getPage().showView(ProblemsView.ID)).validateAll();
            } catch (PartInitException e) {
                ErrorDialog.openError(shell(), "Validate", e.getMessage(), e.getStatus());
            }
        });
        validate.setEnabled(loaded);
        m.add(validate);
        if (loaded && navigator.viewer().getStructuredSelection().getFirstElement() instanceof CaseDocument d) {
            m.add(new Separator());
            m.add(action("Document &Memos...", () -> new MemosDialog(shell(), s, d.document(),
                    "the document \u201C" + d.title() + "\u201D", MemoEditing.DIALOG).open()));
        }
        // Export Brief (export.ui) and Find Similar Cases (search.ui) are contributed here by their bundles.
        m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Asks a name and adds a new case; opens it. */
    void newCase() {
        WorkbenchSession s = session();
        if (s == null || !s.isLoaded()) {
            MessageDialog.openInformation(shell(), "New Case", "The library is still loading; try again in a moment.");
            return;
        }
        InputDialog d = new InputDialog(shell(), "New Case", "Name of the new case:", "", v -> v.isBlank() ? "Enter a name" : null);
        if (d.open() == Window.OK) {
            Command c = s.cases().newCase(d.getValue().trim());
            if (s.execute(c)) {
                c.getResult().stream().filter(Case.class::isInstance).map(Case.class::cast).findFirst().ifPresent(s::openCase);
            }
        }
    }

    /** Deletes the selected cases, after asking when {@code confirm}; undoable until saved. */
    boolean deleteSelected(boolean confirm) {
        List<Case> cases = navigator.selectedCases();
        WorkbenchSession s = session();
        if (cases.isEmpty() || s == null) {
            return false;
        }
        String what = cases.size() == 1 ? "'" + Names.of(cases.get(0)) + "'" : cases.size() + " cases";
        if (confirm && !MessageDialog.openConfirm(shell(), "Delete",
                "Delete " + what + "? You can undo this until the library is saved; saving deletes the case files.")) {
            return false;
        }
        return s.execute(s.cases().delete(cases));
    }

    private WorkbenchSession session() {
        return navigator.library();
    }

    private IViewSite site() {
        return navigator.getViewSite();
    }

    private Shell shell() {
        return site().getShell();
    }

    private static Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
