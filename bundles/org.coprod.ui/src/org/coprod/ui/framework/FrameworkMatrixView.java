package org.coprod.ui.framework;

import java.util.Arrays;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.ui.LibraryView;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.codebook.CodeNames;
import org.coprod.ui.emf.AfterTyping;
import org.coprod.ui.navigator.LibraryNavigator;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * The framework matrix (as NVivo's and MAXQDA's summary grids): the library's cases, or those selected in the Library,
 * as rows; chosen codes as columns; in each cell the count of the case's passages with the code, which the cell's
 * details list, and the summary the researcher writes of them (undoable, saved with the case).
 */
public class FrameworkMatrixView extends LibraryView {

    public static final String ID = "org.coprod.ui.frameworkMatrixView";
    /** A burst of typing in a summary rebuilds the matrix once it pauses, not on every key. */
    private static final int REBUILD_DELAY_MS = 300;

    private FrameworkPane pane;
    private AfterTyping rebuildSoon;
    private IAction selectedOnly;
    private List<Case> navigatorCases = List.of();
    private final ISelectionListener navigatorSelection = (part, selection) -> {
        if (selection instanceof IStructuredSelection s) {
            navigatorCases = s.stream().filter(Case.class::isInstance).map(Case.class::cast).toList();
            if (selectedOnly.isChecked()) {
                pane.showCases(navigatorCases);
            }
        }
    };

    @Override
    protected void createContent(Composite parent) {
        pane = new FrameworkPane(parent);
        rebuildSoon = new AfterTyping(parent.getDisplay(), REBUILD_DELAY_MS, () -> pane.refresh());
        Action codes = new Action(Messages.FrameworkMatrixView_codes) {
            @Override
            public void run() {
                chooseCodes();
            }
        };
        codes.setToolTipText(Messages.FrameworkMatrixView_chooseTheCodesShown);
        selectedOnly = new Action(Messages.FrameworkMatrixView_selectedCasesOnly, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                pane.showCases(isChecked() ? navigatorCases : null);
            }
        };
        selectedOnly.setToolTipText(Messages.FrameworkMatrixView_rowsOnlyTheCases);
        Action codedOnly = new Action(Messages.FrameworkMatrixView_codedCasesOnly, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                pane.showCodedOnly(isChecked());
            }
        };
        codedOnly.setToolTipText(Messages.FrameworkMatrixView_rowsOnlyTheCases2);
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(codes);
        bar.add(selectedOnly);
        bar.add(codedOnly);
        getSite().getPage().addSelectionListener(LibraryNavigator.ID, navigatorSelection);
    }

    private void chooseCodes() {
        List<Code> codable = pane.codable();
        if (codable.isEmpty()) {
            return;
        }
        ListSelectionDialog d = ListSelectionDialog.of(CodeNames.ordered(codable)).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return CodeNames.choice((Code) element);
                    }
                }).title(Messages.FrameworkMatrixView_frameworkMatrix).message(Messages.FrameworkMatrixView_codesToShowAs)
                .preselect(pane.codes().toArray())
                .create(getSite().getShell());
        if (d.open() == Window.OK) {
            List<Object> chosen = Arrays.asList(d.getResult());
            // In the codebook's order, whatever order they were ticked in.
            pane.setCodes(codable.stream().filter(chosen::contains).toList());
        }
    }

    public FrameworkPane pane() {
        return pane;
    }

    @Override
    protected void activated(WorkbenchSession session) {
        pane.show(session);
    }

    @Override
    protected void loaded(WorkbenchSession session) {
        pane.show(session);
    }

    @Override
    protected void closed() {
        pane.show(null);
    }

    @Override
    protected void stackChanged(WorkbenchSession session) {
        rebuildSoon.restart();
    }

    @Override
    public void setFocus() {
        pane.grid().table().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(LibraryNavigator.ID, navigatorSelection);
        super.dispose();
    }
}
