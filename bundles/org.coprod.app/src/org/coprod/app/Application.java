package org.coprod.app;

import org.coprod.ui.actions.LibraryOpening;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The Co-production Workbench: a 3.x workbench (on the e4 compatibility layer) that opens the last library, or the
 * sample library on first start. Option: {@code -coprod.library <folder>} opens that library.
 */
public class Application implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        StartOptions options = StartOptions.parse(args);
        long started = System.nanoTime();
        // Read the library's summaries while the workbench starts: both are ready at about the same time.
        var prepared = Boolean.parseBoolean(System.getProperty("coprod.prefetch", "true"))
                ? LibraryOpening.prefetch(options::startLibrary) : null;
        Display display = PlatformUI.createDisplay();
        try {
            int rc = PlatformUI.createAndRunWorkbench(display, new CoprodWorkbenchAdvisor(options, prepared, started));
            return rc == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench wb = PlatformUI.getWorkbench();
        wb.getDisplay().syncExec(() -> {
            if (!wb.getDisplay().isDisposed()) {
                wb.close();
            }
        });
    }
}
