package org.coprod.ui.matrix;

import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.emf.UndoRedoActions;
import org.coprod.ui.navigator.LibraryNavigator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The typology matrix as a view: follows the open library, filters the navigator on a click, codes cases on a drop. */
public class TypologyMatrixView extends ViewPart implements WorkbenchSession.Observer {

    public static final String ID = "org.coprod.ui.matrixView";

    private TypologyMatrix matrix;
    private UndoRedoActions undoRedo;

    @Override
    public void createPartControl(Composite parent) {
        matrix = new TypologyMatrix(parent);
        matrix.onCellClicked(cell -> {
            LibraryNavigator navigator = (LibraryNavigator) getSite().getPage().findView(LibraryNavigator.ID);
            if (navigator != null) {
                navigator.filterByCell(cell == null ? null : matrix.typology().getId(), cell == null ? null : cell.getCode());
            }
        });
        WorkbenchSession.addObserver(this);
        if (WorkbenchSession.active() != null) {
            sessionActivated(WorkbenchSession.active());
        }
    }

    public TypologyMatrix matrix() {
        return matrix;
    }

    @Override
    public void sessionActivated(WorkbenchSession session) {
        undoRedo = new UndoRedoActions(session.commandStack());
        undoRedo.install(getViewSite().getActionBars());
        setContentDescription(session.name());
        matrix.refresh(CoprodPreferences.typology());
    }

    @Override
    public void sessionLoaded(WorkbenchSession session) {
        matrix.refresh(CoprodPreferences.typology());
    }

    @Override
    public void summariesChanged(WorkbenchSession session) {
        if (!matrix.isDisposed()) {
            matrix.recount();
        }
    }

    @Override
    public void dirtyChanged(WorkbenchSession session) {
        if (undoRedo != null) {
            undoRedo.update();
        }
    }

    @Override
    public void setFocus() {
        matrix.setFocus();
    }

    @Override
    public void dispose() {
        WorkbenchSession.removeObserver(this);
        super.dispose();
    }
}
