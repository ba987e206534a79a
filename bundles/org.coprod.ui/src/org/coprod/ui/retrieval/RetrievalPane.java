package org.coprod.ui.retrieval;

import java.util.List;

import org.coprod.core.evidence.CodeQuery;
import org.coprod.core.evidence.Retrieval;
import org.coprod.core.evidence.Retrieval.Found;
import org.coprod.core.evidence.Retrieval.Scope;
import org.coprod.model.CaseLibrary;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.problems.ProblemReports;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * The Retrieval view's content, apart from the view so that it can be built and tested on a plain shell: the query
 * (codes, where they meet, which cases) on the left, every passage it finds on the right.
 */
public final class RetrievalPane {

    private final SashForm sash;
    private final QueryBuilder builder;
    private final CaseFilters filters;
    private final Label heading;
    private final PassageTable table;
    private WorkbenchSession session;
    private String title = "";
    private String description = "";

    public RetrievalPane(Composite parent) {
        sash = new SashForm(parent, SWT.HORIZONTAL);
        Group query = new Group(sash, SWT.NONE);
        query.setText(Messages.RetrievalPane_passagesCoded);
        query.setLayout(new GridLayout(2, false));
        builder = new QueryBuilder(query, this::run);
        filters = new CaseFilters(query, this::run);
        Composite results = new Composite(sash, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        results.setLayout(layout);
        heading = new Label(results, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new PassageTable(results, () -> session);
        table.viewer().getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(2, 5);
        SashOrientation.follow(sash, new int[] { 2, 5 });
        run();
    }

    /** Shows a library (null: none): its codes and case attributes to choose from. */
    public void show(WorkbenchSession s) {
        if (s != session) {
            builder.clear();
        }
        session = s;
        offer();
        run();
    }

    /** Offers the library's codes and attributes again and retrieves again (after any command, undo or redo). */
    public void refresh() {
        offer();
        run();
    }

    private void offer() {
        CaseLibrary library = library();
        builder.offer(library == null ? null : library.getCodebook());
        filters.fill(library);
    }

    private CaseLibrary library() {
        return session != null && session.isLoaded() ? session.library().root() : null;
    }

    /** Retrieves the passages of the query as it stands and shows them. */
    public void run() {
        if (sash.isDisposed()) {
            return;
        }
        CaseLibrary library = library();
        CodeQuery query = builder.query();
        if (library == null || query == null) {
            title = "";
            description = "";
            heading.setText(library == null ? Messages.RetrievalPane_noLibrary : Messages.RetrievalPane_chooseCodes);
            table.show(List.of());
            return;
        }
        Scope scope = builder.scope();
        List<Found> found = Retrieval.find(library.getCases(), query, scope, filters.predicate());
        String where = filters.describe();
        title = query.describe();
        description = (scope == Scope.CASE ? Messages.RetrievalPane_sameCase : Messages.RetrievalPane_samePassage)
                + (where.isEmpty() ? "" : "; " + where);
        heading.setText(title + ", " + description + ": " + (found.isEmpty() ? Messages.RetrievalPane_noPassages
                : NLS.bind(Messages.RetrievalPane_found, ProblemReports.count(found.size(), Messages.RetrievalPane_passage,
                        Messages.RetrievalPane_passages), ProblemReports.count(PassageTable.cases(found), Messages.RetrievalPane_case,
                        Messages.RetrievalPane_cases))));
        heading.getParent().layout();
        table.show(found);
    }

    /** The query of the passages shown, written out ("trust AND NOT clientelism"); empty when none. */
    public String title() {
        return title;
    }

    /** Where the query's codes met and which cases it kept ("within the same case; cases in Brazil"); empty when none. */
    public String description() {
        return description;
    }

    /** The passages shown, in order. */
    public List<Found> found() {
        return table.rows();
    }

    /** The library shown, or null. */
    public WorkbenchSession session() {
        return session;
    }

    public QueryBuilder builder() {
        return builder;
    }

    public CaseFilters filters() {
        return filters;
    }

    public PassageTable table() {
        return table;
    }

    public String heading() {
        return heading.getText();
    }

    public Composite control() {
        return sash;
    }
}
