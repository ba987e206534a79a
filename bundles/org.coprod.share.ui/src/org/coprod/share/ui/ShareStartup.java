package org.coprod.share.ui;

import org.coprod.ui.WorkbenchSession;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;

/** Follows the open library so that the navigator's marks and the status line stay true after loads and saves. */
public final class ShareStartup implements IStartup {

    @Override
    public void earlyStartup() {
        WorkbenchSession.Observer observer = new WorkbenchSession.Observer() {
            @Override
            public void sessionLoaded(WorkbenchSession session) {
                ShareMarks.refresh(session.folder());
            }

            @Override
            public void dirtyChanged(WorkbenchSession session) {
                if (!session.isDirty()) {
                    ShareMarks.refresh(session.folder()); // just saved (or undone to the saved state)
                }
            }

            @Override
            public void sessionClosed() {
                ShareMarks.refresh(null);
            }
        };
        // Early start-up runs off the UI thread; sessions are observed on it, and follow() catches up on an open library.
        Display.getDefault().asyncExec(() -> WorkbenchSession.follow(observer));
    }
}
