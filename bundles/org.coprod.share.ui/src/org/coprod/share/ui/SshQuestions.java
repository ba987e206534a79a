package org.coprod.share.ui;

import java.util.Locale;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * What an ssh:// remote asks while a Share job runs, asked in a dialog on the UI thread: whether to trust a host that
 * {@code ~/.ssh/known_hosts} does not know (or whose key changed), with the fingerprints the transport shows, and a
 * key's passphrase (typed hidden, never kept). No answer is given for the user: Cancel or No refuses.
 */
final class SshQuestions extends CredentialsProvider {

    private final Shell shell;

    SshQuestions(Shell shell) {
        this.shell = shell;
    }

    /** Whether a remote is reached over ssh (an ssh:// address, or git's scp-like {@code user@host:path}). */
    static boolean isSsh(String remote) {
        if (remote == null) {
            return false;
        }
        String r = remote.toLowerCase(Locale.ROOT);
        return r.startsWith("ssh://") || r.startsWith("git+ssh://") || (!r.contains("://") && r.matches("^[^/]+@[^/]+:.*"));
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.InformationalMessage || item instanceof CredentialItem.YesNoType
                    || item instanceof CredentialItem.CharArrayType || item instanceof CredentialItem.StringType)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        boolean[] answered = {true};
        Display.getDefault().syncExec(() -> answered[0] = ask(uri, items));
        return answered[0];
    }

    private boolean ask(URIish uri, CredentialItem... items) {
        Shell parent = shell.isDisposed() ? null : shell;
        String title = "ssh " + uri.getHost();
        StringBuilder said = new StringBuilder();
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.InformationalMessage) {
                said.append(item.getPromptText()).append('\n');
            } else if (item instanceof CredentialItem.YesNoType question) {
                question.setValue(MessageDialog.openQuestion(parent, title, said + question.getPromptText()));
                said.setLength(0);
            } else if (item instanceof CredentialItem.CharArrayType secret) {
                String typed = typed(parent, title, said + secret.getPromptText(), true);
                if (typed == null) {
                    return false;
                }
                secret.setValueNoCopy(typed.toCharArray());
                said.setLength(0);
            } else if (item instanceof CredentialItem.StringType text) {
                String typed = typed(parent, title, said + text.getPromptText(), false);
                if (typed == null) {
                    return false;
                }
                text.setValue(typed);
                said.setLength(0);
            } else {
                throw new UnsupportedCredentialItem(uri, item.getPromptText());
            }
        }
        if (!said.isEmpty()) {
            MessageDialog.openInformation(parent, title, said.toString().strip());
        }
        return true;
    }

    private static String typed(Shell parent, String title, String prompt, boolean hidden) {
        InputDialog dialog = new InputDialog(parent, title, prompt, "", null) {
            @Override
            protected int getInputTextStyle() {
                return hidden ? super.getInputTextStyle() | SWT.PASSWORD : super.getInputTextStyle();
            }
        };
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }
}
