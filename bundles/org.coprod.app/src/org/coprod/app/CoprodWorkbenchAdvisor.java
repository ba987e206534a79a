package org.coprod.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.core.Library;
import org.coprod.core.SampleLibrary;
import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.actions.LibraryOpening;
import org.coprod.ui.actions.UnsavedChanges;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Starts in the Coding perspective, opens the library, and asks about unsaved changes before closing. */
final class CoprodWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StartOptions options;

    CoprodWorkbenchAdvisor(StartOptions options) {
        this.options = options;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Views are laid out by the perspective each time: predictable for users following the README, and for screenshots.
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return CodingPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new CoprodWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (options.screenshotScenario()) {
            new ScreenshotScenario(display).start();
        }
        Job find = new Job("Finding the library to open") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    LibraryOpening.open(startLibrary(), display);
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    return Status.error("Cannot prepare the sample library: " + e.getMessage(), e);
                }
            }
        };
        find.schedule();
    }

    /** The library given on the command line, else the last one opened, else the sample library (created on first use). */
    private Path startLibrary() throws java.io.IOException {
        if (options.library() != null) {
            return options.library();
        }
        String last = CoprodPreferences.lastLibrary();
        if (last != null && Files.isRegularFile(Path.of(last).resolve(Library.LIBRARY_FILE))) {
            return Path.of(last);
        }
        return SampleLibrary.defaultFolder();
    }

    @Override
    public boolean preShutdown() {
        return UnsavedChanges.resolve(PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
    }
}
