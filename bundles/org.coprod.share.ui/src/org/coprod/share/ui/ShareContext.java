package org.coprod.share.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.coprod.share.Credentials;
import org.coprod.share.SharedLibrary;
import org.coprod.ui.CurrentCoder;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Shell;

/** What every Share command needs from the workbench: the open library, saved, its login, and who the user is. */
final class ShareContext {

    private ShareContext() {
    }

    /** The open library's folder once its edits are saved, or empty (the user was told why) when there is none. */
    static Optional<Path> savedLibrary(Shell shell) {
        if (openLibrary(shell).isEmpty()) {
            return Optional.empty();
        }
        WorkbenchSession session = WorkbenchSession.active();
        if (session.isDirty() && !MessageDialog.openQuestion(shell, Messages.Step_share, Messages.Context_unsaved)) {
            return Optional.empty();
        }
        if (session.isDirty() && !session.saveOrReport(shell)) {
            return Optional.empty();
        }
        return Optional.of(session.folder());
    }

    /** The open library's folder, saved or not, or empty (the user was told why) when there is none. */
    static Optional<Path> openLibrary(Shell shell) {
        WorkbenchSession session = WorkbenchSession.active();
        if (session == null || !session.isLoaded()) {
            MessageDialog.openInformation(shell, Messages.Step_share, Messages.Context_noLibrary);
            return Optional.empty();
        }
        return Optional.of(session.folder());
    }

    /** The user's name as the coder identity, for commits and merges. */
    static PersonIdent who() {
        return new PersonIdent(CurrentCoder.name().orElse("Co-production Workbench user"), "");
    }

    /**
     * The login for the library's remote: none for file:// remotes; for ssh:// the user's ~/.ssh, with questions asked
     * in dialogs; for https known, or asked for (null if cancelled).
     */
    static Credentials login(Shell shell, SharedLibrary library) throws IOException {
        String remote = library.remote().orElse(null);
        if (SshQuestions.isSsh(remote)) {
            return Credentials.asking(new SshQuestions(shell));
        }
        if (!Logins.needed(remote)) {
            return Credentials.NONE;
        }
        Optional<Credentials> known = Logins.known(remote);
        if (known.isPresent()) {
            return known.get();
        }
        LoginDialog dialog = new LoginDialog(shell, Logins.host(remote));
        if (dialog.open() != Window.OK) {
            return null;
        }
        Logins.keep(remote, dialog.user(), dialog.token(), dialog.remember());
        return Logins.known(remote).orElse(Credentials.NONE);
    }
}
