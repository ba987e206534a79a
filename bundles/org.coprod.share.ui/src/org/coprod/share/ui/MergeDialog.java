package org.coprod.share.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.coprod.share.Conflict;
import org.coprod.share.Side;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The conflicts of a pull, one row per case and field, with the common ancestor's value, this library's and the
 * remote's; the user takes one side for each row. Nothing is merged until every row has an answer (Merge is disabled
 * until then); Cancel cancels the pull, leaving the library exactly as it was.
 */
final class MergeDialog extends Dialog {

    static final int CASE = 0;
    static final int FIELD = 1;
    static final int BASE = 2;
    static final int MINE = 3;
    static final int THEIRS = 4;
    static final int TAKE = 5;

    private final List<Conflict> conflicts;
    private final Function<String, String> caseNames;
    private final Map<Conflict, Side> answers = new LinkedHashMap<>();
    private Table table;

    /** @param caseNames a case's name by its id (the library file and documents by their own label) */
    MergeDialog(Shell parent, List<Conflict> conflicts, Function<String, String> caseNames) {
        super(parent);
        this.conflicts = List.copyOf(conflicts);
        this.caseNames = caseNames;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Merge_title, conflicts.size()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(Messages.Merge_explanation);
        table = new Table(area, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(900, 260).applyTo(table);
        String[] titles = {Messages.Merge_case, Messages.Merge_field, Messages.Merge_base, Messages.Merge_mine,
            Messages.Merge_theirs, Messages.Merge_take};
        int[] widths = {160, 180, 150, 150, 150, 70};
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        for (Conflict c : conflicts) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {caseNames.apply(c.caseId()), c.feature(), shown(c.base()), shown(c.mine()), shown(c.theirs()), ""});
            item.setData(c);
        }
        Composite buttons = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        takeButton(buttons, Messages.Merge_takeMine, Side.MINE);
        takeButton(buttons, Messages.Merge_takeTheirs, Side.THEIRS);
        takeButton(buttons, Messages.Merge_takeBase, Side.BASE);
        return area;
    }

    private static String shown(String value) {
        return value == null ? Messages.Merge_empty : value;
    }

    /** The word the Take column shows for a side, in the workbench's language. */
    static String taken(Side side) {
        return switch (side) {
            case MINE -> Messages.Merge_tookMine;
            case THEIRS -> Messages.Merge_tookTheirs;
            case BASE -> Messages.Merge_tookBase;
        };
    }

    private void takeButton(Composite parent, String label, Side side) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> take(side));
    }

    /** Answers the selected rows with one side. */
    void take(Side side) {
        for (TableItem item : table.getSelection()) {
            answers.put((Conflict) item.getData(), side);
            item.setText(TAKE, taken(side));
        }
        getButton(IDialogConstants.OK_ID).setEnabled(answers.size() == conflicts.size());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Merge_button, true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Merge_cancelPull, false);
    }

    Table table() {
        return table;
    }

    Button mergeButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    /** The side taken for each conflict, in the order shown. */
    Map<Conflict, Side> answers() {
        return Map.copyOf(answers);
    }
}
