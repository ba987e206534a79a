package org.coprod.bench.ui.workbench;

import org.coprod.ui.actions.LibraryOpening;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The benchmark's baseline: the bare 3.x workbench, launched the same way as the product, with an empty perspective.
 * It prints when its window is open and, with {@code -Dcoprod.exitAfter=window}, closes.
 */
public class BareApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public void initialize(IWorkbenchConfigurer configurer) {
                    configurer.setSaveAndRestore(false);
                }

                @Override
                public String getInitialWindowPerspectiveId() {
                    return EmptyPerspective.ID;
                }

                @Override
                public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer c) {
                    return new WorkbenchWindowAdvisor(c) {
                        @Override
                        public void postWindowOpen() {
                            System.out.println("COPROD-TIMING window uptime_ms=" + LibraryOpening.uptime());
                            System.out.flush();
                            if ("window".equals(System.getProperty("coprod.exitAfter"))) {
                                display.asyncExec(() -> PlatformUI.getWorkbench().close());
                            }
                        }
                    };
                }
            });
            return IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        // Closes with its window.
    }
}
