package org.coprod.share.ui;

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
import org.eclipse.swt.widgets.Text;

/** Asks for the user name and access token of an https remote; the token field hides what is typed. */
final class LoginDialog extends Dialog {

    private final String host;
    private Text user;
    private Text token;
    private Button remember;
    private String userValue = "";
    private char[] tokenValue = new char[0];
    private boolean rememberValue;

    LoginDialog(Shell parent, String host) {
        super(parent);
        this.host = host;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Login_title, host));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Login_user);
        user = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(user);
        new Label(form, SWT.NONE).setText(Messages.Login_token);
        token = new Text(form, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(token);
        remember = new Button(form, SWT.CHECK);
        remember.setText(Messages.Login_remember);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(remember);
        return area;
    }

    @Override
    protected void okPressed() {
        userValue = user.getText().strip();
        tokenValue = token.getTextChars();
        rememberValue = remember.getSelection();
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Login_button, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    String user() {
        return userValue;
    }

    char[] token() {
        return tokenValue;
    }

    boolean remember() {
        return rememberValue;
    }
}
