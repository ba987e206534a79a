package org.coprod.app;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.actions.LibraryOpening;
import org.coprod.ui.actions.UnsavedChanges;
import org.coprod.ui.coder.CoderPrompt;
import org.coprod.ui.editor.CaseEditors;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Starts in the Coding perspective, opens the library, and asks about unsaved changes before closing. */
final class CoprodWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StartOptions options;
    private final CompletableFuture<WorkbenchSession> prepared;
    private final long started;

    CoprodWorkbenchAdvisor(StartOptions options, CompletableFuture<WorkbenchSession> prepared, long started) {
        this.options = options;
        this.prepared = prepared;
        this.started = started;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Views are laid out by the perspective each time: predictable for users following the README, and for screenshots.
        configurer.setSaveAndRestore(false);
        WorkbenchSession.openCasesWith(new CaseEditors());
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
        if (prepared != null) {
            LibraryOpening.finish(prepared, display, started);
        } else {
            // Opened as from File > Open Library, in the running workbench (the benchmark times this).
            try {
                LibraryOpening.open(options.startLibrary(), display);
            } catch (IOException e) {
                MessageDialog.openError(display.getActiveShell(), Messages.Workbench_openLibraryTitle, e.getMessage());
            }
        }
        // Once the window is up: who codes here, asked only on the first start (cancel: asked at the first coding).
        display.asyncExec(() -> {
            if (PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
                CoderPrompt.DIALOG.atStart(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
            }
        });
    }

    @Override
    public boolean preShutdown() {
        // Eclipse asks with nothing in hand: the library to ask about is the one open when the workbench closes.
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return UnsavedChanges.resolve(WorkbenchSession.active(), window == null ? null : window.getShell());
    }
}
