package org.coprod.ui.memos;

import java.text.SimpleDateFormat;
import java.util.Optional;

import org.coprod.model.Memo;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a memo's Markdown text: a new one, or an existing one shown with who wrote it and when. */
public final class MemoDialog extends Dialog {

    private final String about;
    private final Memo memo;
    private Text text;
    private String written;

    /** @param about what the memo is on, in words ("the passage “Trust grew”") */
    public MemoDialog(Shell parent, String about, Memo memo) {
        super(parent);
        this.about = about;
        this.memo = memo;
    }

    /** The text given, or empty when the user cancelled. */
    public static Optional<String> ask(Shell shell, String about, Memo memo) {
        MemoDialog d = new MemoDialog(shell, about, memo);
        return d.open() == OK ? Optional.of(d.written()) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(memo == null ? "New Memo" : "Edit Memo");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label heading = new Label(area, SWT.WRAP);
        heading.setText("Memo on " + about + " (Markdown). Saved in your name, dated now; empty it to remove the memo.");
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT).applyTo(heading);
        if (memo != null) {
            Label by = new Label(area, SWT.NONE);
            by.setText(MemoList.byline(memo));
        }
        text = new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setFont(JFaceResources.getTextFont());
        text.setText(memo == null || memo.getText() == null ? "" : memo.getText());
        GridDataFactory.fillDefaults().grab(true, true).hint(convertWidthInCharsToPixels(70), convertHeightInCharsToPixels(10))
                .applyTo(text);
        return area;
    }

    @Override
    protected void okPressed() {
        written = text.getText();
        super.okPressed();
    }

    /** The text box (tests type into it). */
    Text text() {
        return text;
    }

    /** The text given when OK was pressed. */
    String written() {
        return written;
    }

    /** Presses OK (tests). */
    void ok() {
        buttonPressed(IDialogConstants.OK_ID);
    }

    static String day(Memo m) {
        return m.getDate() == null ? "" : new SimpleDateFormat("yyyy-MM-dd").format(m.getDate());
    }
}
