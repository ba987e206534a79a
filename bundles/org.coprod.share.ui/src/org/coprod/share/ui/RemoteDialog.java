package org.coprod.share.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the remote of a shared library, the one it has (without secrets) filled in; an empty address is no answer. */
final class RemoteDialog extends InputDialog {

    RemoteDialog(Shell shell, String current) {
        super(shell, Messages.Step_remote, Messages.Remote_prompt, current, typed -> typed.isBlank() ? "" : null);
    }

    /** The address typed, without the spaces around it. */
    String address() {
        return getValue().strip();
    }

    Text field() {
        return getText();
    }

    Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}
