package org.coprod.app;

import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.actions.LibraryOpening;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: its size, and a title naming the open library, starred while it has unsaved changes. */
final class CoprodWindowAdvisor extends WorkbenchWindowAdvisor implements WorkbenchSession.Observer {

    static final String PRODUCT = "Co-production Workbench";

    CoprodWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new CoprodActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1280, 800));
        c.setShowCoolBar(false);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setTitle(PRODUCT);
        WorkbenchSession.addObserver(this);
    }

    @Override
    public void postWindowOpen() {
        if (Boolean.getBoolean("coprod.timing")) {
            System.out.println("COPROD-TIMING window uptime_ms=" + LibraryOpening.uptime());
            System.out.flush();
        }
    }

    @Override
    public void postWindowClose() {
        WorkbenchSession.removeObserver(this);
    }

    private void updateTitle(WorkbenchSession s) {
        if (getWindowConfigurer().getWindow().getShell() == null || getWindowConfigurer().getWindow().getShell().isDisposed()) {
            return;
        }
        // Through the configurer: the workbench window redraws its title from there.
        getWindowConfigurer().setTitle((s.isDirty() ? "*" : "") + s.name() + " — " + PRODUCT);
    }

    @Override
    public void sessionActivated(WorkbenchSession session) {
        updateTitle(session);
    }

    @Override
    public void sessionLoaded(WorkbenchSession session) {
        updateTitle(session);
    }

    @Override
    public void dirtyChanged(WorkbenchSession session) {
        updateTitle(session);
    }

    @Override
    public void sessionClosed() {
        if (getWindowConfigurer().getWindow().getShell() != null && !getWindowConfigurer().getWindow().getShell().isDisposed()) {
            getWindowConfigurer().setTitle(PRODUCT);
        }
    }
}
