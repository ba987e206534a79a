package org.coprod.ui.matrix;

import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.LibraryView;
import org.coprod.ui.navigator.LibraryNavigator;
import org.eclipse.swt.widgets.Composite;

/** The typology matrix as a view: follows the open library, filters the navigator on a click, codes cases on a drop. */
public class TypologyMatrixView extends LibraryView {

    public static final String ID = "org.coprod.ui.matrixView";

    private TypologyMatrix matrix;

    @Override
    protected void createContent(Composite parent) {
        matrix = new TypologyMatrix(parent);
        matrix.onCellClicked(cell -> {
            LibraryNavigator navigator = (LibraryNavigator) getSite().getPage().findView(LibraryNavigator.ID);
            if (navigator != null) {
                navigator.filterByCell(cell == null ? null : matrix.typology().getId(), cell == null ? null : cell.getCode());
            }
        });
    }

    public TypologyMatrix matrix() {
        return matrix;
    }

    @Override
    protected void activated(WorkbenchSession session) {
        setContentDescription(session.name());
        matrix.refresh(session, CoprodPreferences.typology());
    }

    @Override
    protected void closed() {
        setContentDescription(Messages.TypologyMatrixView_noLibraryOpen);
        matrix.refresh(null, CoprodPreferences.typology());
    }

    @Override
    protected void loaded(WorkbenchSession session) {
        matrix.refresh(session, CoprodPreferences.typology());
    }

    @Override
    protected void casesChanged(WorkbenchSession session) {
        if (!matrix.isDisposed()) {
            matrix.recount();
        }
    }

    @Override
    public void setFocus() {
        matrix.setFocus();
    }

}
