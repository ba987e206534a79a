package org.coprod.ui.actions;

import java.util.OptionalInt;
import org.coprod.core.format.FormatVersion;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.action.StatusLineContributionItem;

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
        String state = !s.isLoaded() ? ", loading…" : s.isDirty() ? ", unsaved changes" : "";
        OptionalInt old = s.isLoaded() ? s.library().upgradedFrom() : OptionalInt.empty();
        // Opening never rewrites a library; say that the next save will write it in the current format.
        String upgrade = old.isPresent() ? ", format " + old.getAsInt() + " (saved as format "
                + FormatVersion.CURRENT + " at the next save)" : "";
        return s.name() + " — " + s.folder() + " — " + n + (n == 1 ? " case" : " cases") + state + upgrade;
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
        setText("No library open");
    }

    @Override
    public void dispose() {
        WorkbenchSession.removeObserver(this);
        super.dispose();
    }
}
