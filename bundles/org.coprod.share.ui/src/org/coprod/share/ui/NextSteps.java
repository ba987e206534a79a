package org.coprod.share.ui;

import java.util.ResourceBundle;

import org.coprod.share.NextStep;
import org.coprod.share.ShareException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;

/**
 * The workbench's name for a step a sharing refusal advises: the Share menu's own entry, read from this bundle's
 * plugin.properties in the workbench's language so that the message names the entry exactly as the menu shows it, where
 * the command line's message names its command.
 */
final class NextSteps {

    private NextSteps() {
    }

    /** What to show for a failed step: a refusal with its next steps named as the menu names them. */
    static String message(Throwable e) {
        if (e instanceof ShareException refusal) {
            return refusal.shown(NextSteps::named);
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static String named(NextStep step) {
        return switch (step) {
            case COMMIT -> menu("commit_label");
            case PULL -> menu("pull_label");
            case RESOLVE -> NLS.bind(Messages.Next_resolve, menu("pull_label"));
            case CANCEL_PULL -> NLS.bind(Messages.Next_cancelPull, Messages.Merge_cancelPull, menu("pull_label"));
            case LIST_BACKUPS -> menu("backup_label");
            case ADD_REMOTE -> menu("remote_label");
            case SHARE -> menu("share_label");
        };
    }

    /** "Share > Commit...": the menu's label and the entry's, without their mnemonics. */
    static String menu(String entry) {
        ResourceBundle labels = Platform.getResourceBundle(FrameworkUtil.getBundle(NextSteps.class));
        return NLS.bind(Messages.Next_menu, plain(labels.getString("menu_label")), plain(labels.getString(entry)));
    }

    private static String plain(String label) {
        return label.replace("&", "");
    }
}
