package org.coprod.ui.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.codebook.CodeUses;
import org.coprod.ui.retrieval.SashOrientation;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The framework matrix's content, apart from the view so that it can be built and tested on a plain shell: the grid
 * of cases by codes, and the current cell's passages and summary beside it.
 */
public final class FrameworkPane {

    /** Codes shown at first, before the user chooses: the most used ones. */
    private static final int FIRST_CODES = 6;
    private final SashForm sash;
    private final Label heading;
    private final FrameworkGrid grid;
    private final CellDetails details;
    private WorkbenchSession session;
    private List<Code> codes = new ArrayList<>();
    /** The cases chosen as rows, or null for all the library's cases. */
    private List<Case> rows;
    /** Whether rows without a passage or summary of the chosen codes are left out. */
    private boolean codedOnly;

    public FrameworkPane(Composite parent) {
        sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        left.setLayout(layout);
        heading = new Label(left, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        grid = new FrameworkGrid(left);
        grid.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        details = new CellDetails(sash);
        sash.setWeights(3, 1);
        SashOrientation.follow(sash, new int[] { 3, 1 });
        grid.onSelect((r, c) -> details.show(session, grid.current()));
    }

    /** Shows a library (null: none), with its most used codes as columns until others are chosen. */
    public void show(WorkbenchSession s) {
        if (s != session) {
            codes = new ArrayList<>();
            rows = null;
        }
        session = s;
        CaseLibrary library = library();
        if (library != null && codes.isEmpty() && library.getCodebook() != null) {
            CodeUses uses = CodeUses.of(library);
            codes = new ArrayList<>(library.getCodebook().getCodes().stream().filter(c -> c.isCodable() && uses.of(c).segments() > 0)
                    .sorted(Comparator.comparingInt((Code c) -> -uses.of(c).segments())).limit(FIRST_CODES).toList());
        }
        refresh();
    }

    private CaseLibrary library() {
        return session != null && session.isLoaded() ? session.library().root() : null;
    }

    /** The codes shown as columns, in this order. */
    public void setCodes(List<Code> chosen) {
        codes = new ArrayList<>(chosen);
        refresh();
    }

    public List<Code> codes() {
        return List.copyOf(codes);
    }

    /** Shows these cases as rows (null: all the library's cases). */
    public void showCases(List<Case> cases) {
        rows = cases == null ? null : List.copyOf(cases);
        refresh();
    }

    /** Leaves out (or shows again) the cases with no passage and no summary of the chosen codes. */
    public void showCodedOnly(boolean only) {
        codedOnly = only;
        refresh();
    }

    /** Whether the rows are all the library's cases. */
    public boolean showsAllCases() {
        return rows == null;
    }

    /** Builds the matrix again from the model (after any command, undo or redo), keeping the current cell. */
    public void refresh() {
        if (sash.isDisposed()) {
            return;
        }
        CaseLibrary library = library();
        if (library == null) {
            grid.show(null);
            details.show(null, null);
            heading.setText(Messages.FrameworkPane_noLibraryOpen);
            return;
        }
        codes.removeIf(c -> c.eContainer() == null); // merged away or deleted
        List<Case> cases = rows == null ? library.getCases() : rows.stream().filter(c -> c.eContainer() == library).toList();
        if (codedOnly) {
            Set<Code> chosen = new HashSet<>(codes);
            cases = cases.stream().filter(c -> c.getSegments().stream().anyMatch(s -> s.getCodes().stream().anyMatch(chosen::contains))
                    || c.getCodeSummaries().stream().anyMatch(s -> chosen.contains(s.getCode()))).toList();
        }
        Case currentCase = grid.current() == null ? null : grid.current().c();
        Code currentCode = grid.current() == null ? null : grid.current().code();
        FrameworkMatrix matrix = FrameworkMatrix.of(cases, codes);
        grid.show(matrix);
        int r = currentCase == null ? -1 : matrix.cases().indexOf(currentCase);
        int c = currentCode == null ? -1 : matrix.codes().indexOf(currentCode);
        if (r >= 0 && c >= 0) {
            grid.select(r, c);
        } else {
            grid.clearCurrent();
            details.show(session, null);
        }
        String which = (rows == null ? "" : Messages.FrameworkPane_selected) + (codedOnly ? Messages.FrameworkPane_coded : "");
        heading.setText(codes.isEmpty() ? Messages.FrameworkPane_chooseCodes
                : NLS.bind(Messages.FrameworkPane_casesByCodes, new Object[] { matrix.cases().size(), which, codes.size() }));
        heading.getParent().layout();
    }

    /** The codable codes of the library's codebook, to choose columns from. */
    public List<Code> codable() {
        CaseLibrary library = library();
        return library == null || library.getCodebook() == null ? List.of()
                : library.getCodebook().getCodes().stream().filter(Code::isCodable).toList();
    }

    /** The library shown, or null. */
    public WorkbenchSession session() {
        return session;
    }

    public FrameworkGrid grid() {
        return grid;
    }

    public CellDetails details() {
        return details;
    }

    public Composite control() {
        return sash;
    }
}
