package org.coprod.share.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.coprod.share.CaseVersion;
import org.coprod.share.FieldChange;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/** Share &gt; History of Case: each commit (who, when, why) with what it changed in the case, field by field. */
final class HistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final String caseName;
    private final List<CaseVersion> versions;
    private Tree tree;

    HistoryDialog(Shell parent, String caseName, List<CaseVersion> versions) {
        super(parent);
        this.caseName = caseName;
        this.versions = versions;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Step_historyOf, caseName));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        tree = new Tree(area, SWT.BORDER | SWT.FULL_SELECTION);
        tree.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(900, 360).applyTo(tree);
        String[] titles = {Messages.History_commitOrField, Messages.History_before, Messages.History_after};
        int[] widths = {360, 260, 260};
        for (int i = 0; i < titles.length; i++) {
            TreeColumn column = new TreeColumn(tree, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        for (CaseVersion v : versions) {
            TreeItem commit = new TreeItem(tree, SWT.NONE);
            commit.setText(0, NLS.bind(Messages.History_commit, new Object[] {WHEN.format(v.when()), v.author(), v.message()}));
            for (FieldChange c : v.changes()) {
                TreeItem change = new TreeItem(commit, SWT.NONE);
                change.setText(new String[] {c.feature(), shown(c.before()), shown(c.after())});
            }
            commit.setExpanded(true);
        }
        if (versions.isEmpty()) {
            new TreeItem(tree, SWT.NONE).setText(0, Messages.History_noCommit);
        }
        return area;
    }

    private static String shown(String value) {
        return value == null ? Messages.History_noValue : value;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    Tree tree() {
        return tree;
    }
}
