package org.coprod.bench.ui.workbench;

import org.coprod.app.Application;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The product's application with the screenshot walk-through added, for releng/screenshots.sh
 * ({@code coprod.sh -application org.coprod.bench.ui.screenshots}): the product itself knows nothing of it.
 */
public class ScreenshotApplication implements IApplication {

    private final Application workbench = new Application();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        new ScreenshotScenario().start();
        return workbench.start(context);
    }

    @Override
    public void stop() {
        workbench.stop();
    }
}
