package org.coprod.ui.coder;

import java.util.Optional;

import org.coprod.core.evidence.Coders;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the name the user codes under, showing the initials that will mark their codings. */
public final class CoderDialog extends Dialog {

    private Text name;
    private Label initials;
    private String value = "";

    public CoderDialog(Shell parent) {
        super(parent);
    }

    /** The name given, or empty when the user cancelled. */
    public static Optional<String> ask(Shell parent) {
        CoderDialog d = new CoderDialog(parent);
        return d.open() == OK && !d.value.isBlank() ? Optional.of(d.value.strip()) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.CoderDialog_yourNameAsA);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.CoderDialog_intro);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        gd.widthHint = 420;
        intro.setLayoutData(gd);
        new Label(area, SWT.NONE).setText(Messages.CoderDialog_name);
        name = new Text(area, SWT.BORDER | SWT.SINGLE);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText(Messages.CoderDialog_initials);
        initials = new Label(area, SWT.NONE);
        initials.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name.addListener(SWT.Modify, e -> changed());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        changed();
    }

    private void changed() {
        value = name.getText();
        initials.setText(value.isBlank() ? Messages.CoderDialog_noneYet : Coders.initials(value));
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!value.isBlank());
        }
    }
}
