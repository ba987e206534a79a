package org.coprod.ui.actions;

import java.util.OptionalInt;
import org.coprod.core.format.FormatVersion;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.osgi.util.NLS;

/**
 * The status line's account of the open library: its name and folder, how many cases it has, whether it is still
 * loading and whether it has unsaved changes; follows the library as it changes.
 */
public final class LibraryStatus extends StatusLineContributionItem implements WorkbenchSession.Observer {

    public LibraryStatus() {
        super("org.coprod.ui.libraryStatus", 90);
        WorkbenchSession.follow(this);
    }

    /** The text for a session (for tests): "Sample library — /home/me/lib — 103 cases, unsaved changes". */
    public static String text(WorkbenchSession s) {
        int n = s.summaries().size();
        String state = !s.isLoaded() ? Messages.LibraryStatus_loading : s.isDirty() ? Messages.LibraryStatus_unsavedChanges : "";
        OptionalInt old = s.isLoaded() ? s.library().upgradedFrom() : OptionalInt.empty();
        // Opening never rewrites a library; say that the next save will write it in the current format.
        String upgrade = old.isPresent() ? NLS.bind(Messages.LibraryStatus_upgrade, old.getAsInt(), FormatVersion.CURRENT) : "";
        return s.name() + " — " + s.folder() + " — " + n + (n == 1 ? Messages.LibraryStatus_case : Messages.LibraryStatus_cases) + state
                + upgrade;
    }

    private void show(WorkbenchSession s) {
        setText(text(s));
    }

    @Override
    public void sessionActivated(WorkbenchSession session) {
        show(session);
    }

    @Override
    public void sessionLoaded(WorkbenchSession session) {
        show(session);
    }

    @Override
    public void summariesChanged(WorkbenchSession session) {
        show(session);
    }

    @Override
    public void dirtyChanged(WorkbenchSession session) {
        show(session);
    }

    @Override
    public void sessionClosed() {
        setText(Messages.LibraryStatus_noLibraryOpen);
    }

    @Override
    public void dispose() {
        WorkbenchSession.removeObserver(this);
        super.dispose();
    }
}
