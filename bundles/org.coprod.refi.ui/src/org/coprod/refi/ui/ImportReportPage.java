package org.coprod.refi.ui;

import java.util.ArrayList;
import java.util.List;

import org.coprod.refi.ImportReport;
import org.coprod.refi.RefiPlan;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The second page of the import: what it adds, and every element it cannot carry over or carries with a change, as
 * the standard asks an importer to say; an import with errors (such as a case the library has) cannot be finished.
 */
final class ImportReportPage extends WizardPage {

    private final RefiImportWizard wizard;
    private Label summary;
    private Table entries;

    ImportReportPage(RefiImportWizard wizard) {
        super("refi-import-report");
        this.wizard = wizard;
        setTitle(Messages.Report_title);
        setDescription(Messages.Report_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        setControl(area);
        summary = new Label(area, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 620;
        summary.setLayoutData(wide);
        entries = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        entries.setHeaderVisible(true);
        entries.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 260;
        entries.setLayoutData(data);
        for (String[] c : new String[][] { { Messages.Report_what, "130" }, { Messages.Report_element, "120" },
            { Messages.Report_name, "160" }, { Messages.Report_why, "420" } }) {
            TableColumn column = new TableColumn(entries, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            show(wizard.plan());
        }
    }

    private void show(RefiPlan plan) {
        if (plan == null) {
            return; // refused() has said why
        }
        ImportReport report = plan.report();
        entries.removeAll();
        for (String e : report.errors()) {
            row(Messages.Report_refuses, "", "", e);
        }
        for (ImportReport.Entry e : report.entries()) {
            row(switch (e.kind()) {
                case NOT_CARRIED -> Messages.Report_notCarried;
                case CHANGED -> Messages.Report_changed;
                case NOTE -> Messages.Report_note;
            }, e.element(), e.name(), e.detail());
        }
        int lost = report.entries(ImportReport.Kind.NOT_CARRIED).size();
        String adds = NLS.bind(plan.applicable() ? Messages.Report_adds : Messages.Report_wouldAdd, report.summary());
        String carried = lost == 0 ? Messages.Report_allCarried
                : NLS.bind(lost == 1 ? Messages.Report_oneLost : Messages.Report_lost, lost);
        summary.setText(adds + carried);
        summary.getParent().layout(true, true);
        setErrorMessage(plan.applicable() ? null : String.join("; ", report.errors()));
        setPageComplete(plan.applicable());
    }

    /** Says the file could not be read at all (refused as hostile, or no REFI-QDA file). */
    void refused(String why) {
        entries.removeAll();
        summary.setText(Messages.Report_nothing);
        setErrorMessage(why);
        setPageComplete(false);
    }

    private void row(String what, String element, String name, String why) {
        TableItem item = new TableItem(entries, SWT.NONE);
        item.setText(new String[] { what, element, name == null ? "" : name, why });
    }

    /** The rows as shown, for tests: "what | element | name | why". */
    List<String> rows() {
        List<String> out = new ArrayList<>();
        for (TableItem item : entries.getItems()) {
            out.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3));
        }
        return out;
    }

    /** The summary as shown, for tests. */
    String summary() {
        return summary.getText();
    }
}
