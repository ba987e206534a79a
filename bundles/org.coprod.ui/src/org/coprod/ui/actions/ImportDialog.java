package org.coprod.ui.actions;

import java.io.IOException;
import java.nio.file.Path;

import org.coprod.core.importer.CaseImporter;
import org.coprod.core.importer.CaseTable;
import org.coprod.core.importer.ImportPlan;
import org.coprod.core.importer.ImportProblem;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.commands.ApplyImport;
import org.coprod.ui.problems.ProblemReports;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File > Import Cases: shows what importing a CSV or XLSX file would do (new and changed cases, every problem with its
 * row and column) before anything changes; Import applies it as one undoable edit, saved with the library.
 */
public final class ImportDialog extends TitleAreaDialog {

    private final WorkbenchSession session;
    private final Path file;
    private final CaseTable table;
    private Button skipBadRows;
    private Button merge;
    private Label summary;
    private Text problems;
    private ImportPlan plan;

    /** @throws IOException naming the file when it cannot be read as a table */
    public ImportDialog(Shell shell, WorkbenchSession session, Path file) throws IOException {
        super(shell);
        this.session = session;
        this.file = file;
        this.table = CaseTable.read(file);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(NLS.bind(Messages.ImportDialog_title, file.getFileName()));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        skipBadRows = new Button(body, SWT.CHECK);
        skipBadRows.setText(Messages.ImportDialog_skipRowsWithErrors);
        merge = new Button(body, SWT.CHECK);
        merge.setText(Messages.ImportDialog_merge);
        summary = new Label(body, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        problems = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 220;
        gd.widthHint = 640;
        problems.setLayoutData(gd);
        skipBadRows.addListener(SWT.Selection, e -> replan());
        merge.addListener(SWT.Selection, e -> replan());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ImportDialog_import, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        replan();
    }

    /** Plans again with the options as ticked; nothing in the library changes. */
    void replan() {
        plan = new CaseImporter(session.library()).plan(table, new CaseImporter.Options(skipBadRows.getSelection(), merge.getSelection()));
        long errors = plan.problems().stream().filter(ImportProblem::isError).count();
        long warnings = plan.problems().size() - errors;
        summary.setText(summaryOf(plan, table.lines().size(), errors, warnings));
        StringBuilder text = new StringBuilder();
        plan.problems().forEach(p -> text.append(p).append('\n'));
        problems.setText(text.toString());
        boolean can = ApplyImport.of(session.editingDomain(), session.library().root(), session.cases(), plan).canExecute();
        if (!plan.applicable()) {
            setErrorMessage(Messages.ImportDialog_nothingIsImportedWhile);
        } else {
            setErrorMessage(null);
            setMessage(can ? Messages.ImportDialog_canImport : Messages.ImportDialog_nothing);
        }
        getButton(IDialogConstants.OK_ID).setEnabled(plan.applicable() && can);
        summary.getParent().layout(true, true);
    }

    @Override
    protected void okPressed() {
        session.execute(ApplyImport.of(session.editingDomain(), session.library().root(), session.cases(), plan));
        super.okPressed();
    }

    /** The plan the dialog shows (for tests). */
    ImportPlan plan() {
        return plan;
    }

    /** What the import would do, counted from the plan; a refused plan is said to import nothing. */
    static String summaryOf(ImportPlan plan, int rows, long errors, long warnings) {
        String read = NLS.bind(Messages.ImportDialog_read, new Object[] {count(rows, Messages.ImportDialog_row, Messages.ImportDialog_rows),
            count(errors, Messages.ImportDialog_error, Messages.ImportDialog_errors),
            count(warnings, Messages.ImportDialog_warning, Messages.ImportDialog_warnings)});
        if (!plan.applicable()) {
            return NLS.bind(Messages.ImportDialog_nothingWouldBe, read);
        }
        String cases = count(plan.newCases().size(), Messages.ImportDialog_case, Messages.ImportDialog_cases);
        String actors = count(plan.newActors().size(), Messages.ImportDialog_actor, Messages.ImportDialog_actors);
        String changes = count(plan.merges().size(), Messages.ImportDialog_case, Messages.ImportDialog_cases);
        if (plan.skippedRows() == 0) {
            return NLS.bind(Messages.ImportDialog_adds, new Object[] {read, cases, actors, changes});
        }
        String skips = count(plan.skippedRows(), Messages.ImportDialog_row, Messages.ImportDialog_rows);
        return NLS.bind(Messages.ImportDialog_addsSkips, new Object[] {read, cases, actors, changes, skips});
    }

    private static String count(long n, String one, String many) {
        return ProblemReports.count(n, one, many);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
