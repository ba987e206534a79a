package org.coprod.ui.actions;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.core.Library;
import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Opens a library in the background: first the case summaries (the navigator and matrix fill at once), then the
 * library itself (cases can then be opened and edited). A job with progress, cancellable while reading summaries.
 * With {@code -Dcoprod.timing=true} it prints when each step is shown, for the benchmark.
 */
public final class LibraryOpening extends Job {

    /** Milliseconds since the JVM started, for the timing lines. */
    public static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private final Path folder;
    private final Display display;
    private final CompletableFuture<WorkbenchSession> prepared;
    private final long started;
    private String caseToOpen;

    private LibraryOpening(Path folder, Display display, CompletableFuture<WorkbenchSession> prepared, long started) {
        super(folder == null ? "Opening the library" : "Opening library " + folder.getFileName());
        this.folder = folder;
        this.display = display;
        this.prepared = prepared;
        this.started = started;
        setUser(true);
        setPriority(Job.LONG);
    }

    /** Starts opening; the caller has already asked about unsaved changes in the library open now. */
    public static LibraryOpening open(Path folder, Display display) {
        LibraryOpening job = new LibraryOpening(folder, display, null, System.nanoTime());
        job.schedule();
        return job;
    }

    /**
     * Opens the library a case file belongs to, then the case (a case file is never opened outside its library: its
     * references point into the library file). The caller has already asked about unsaved changes.
     *
     * @throws IllegalArgumentException naming the file when it is not a case file of a library
     */
    public static LibraryOpening openCaseFile(Path file, Display display) {
        Path folder = libraryOf(file);
        String name = file.getFileName().toString();
        LibraryOpening job = new LibraryOpening(folder, display, null, System.nanoTime());
        if (name.endsWith(Library.CASE_FILE_SUFFIX) && !name.equals(Library.LIBRARY_FILE)) {
            job.caseToOpen = name.substring(0, name.length() - Library.CASE_FILE_SUFFIX.length());
        }
        job.schedule();
        return job;
    }

    /** The library folder of a case file ({@code <library>/cases/<id>.xmi}) or of a library file. */
    public static Path libraryOf(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path parent = f.getParent();
        if (f.getFileName().toString().equals(Library.LIBRARY_FILE) && parent != null) {
            return parent;
        }
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(Library.CASES_DIR)
                && f.getFileName().toString().endsWith(Library.CASE_FILE_SUFFIX) && parent.getParent() != null
                && Files.isRegularFile(parent.getParent().resolve(Library.LIBRARY_FILE))) {
            return parent.getParent();
        }
        throw new IllegalArgumentException(f + " is not a case file of a library: case files live in a library's "
                + Library.CASES_DIR + "/ folder, beside its " + Library.LIBRARY_FILE + ".");
    }

    /**
     * Reads a library's summaries on a thread of its own, started before the workbench window exists (on two cores the
     * summaries are ready about when the window is); {@link #finish} shows them and loads the library.
     */
    public static CompletableFuture<WorkbenchSession> prefetch(Callable<Path> folder) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return WorkbenchSession.prepare(folder.call(), new NullProgressMonitor());
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Opens the library whose summaries {@link #prefetch} is reading. */
    public static LibraryOpening finish(CompletableFuture<WorkbenchSession> prepared, Display display, long started) {
        LibraryOpening job = new LibraryOpening(null, display, prepared, started);
        job.schedule();
        return job;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        WorkbenchSession session;
        try {
            session = prepared != null ? prepared.join() : WorkbenchSession.prepare(folder, progress.split(30));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            return Status.error("Cannot open the library" + (folder == null ? "" : " in " + folder) + ": " + cause.getMessage(), cause);
        }
        display.syncExec(() -> {
            session.activate();
            CoprodPreferences.setLastLibrary(session.folder().toString());
            report("summaries", session);
        });
        if (progress.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        try {
            session.load(progress.split(70));
        } catch (Exception e) {
            return Status.error("Cannot load the library in " + session.folder() + ": " + e.getMessage(), e);
        }
        display.syncExec(() -> {
            if (session.isActive()) {
                session.loaded();
                report("loaded", session);
                Shell shell = display.getActiveShell();
                if (shell != null && !Boolean.getBoolean("coprod.timing")) {
                    RecoveryOffer.ask(session, shell);
                }
                if (caseToOpen != null) {
                    session.openCase(caseToOpen);
                }
            }
        });
        return Status.OK_STATUS;
    }

    private void report(String step, WorkbenchSession session) {
        if (step.equals(System.getProperty("coprod.exitAfter"))) {
            // The benchmark measures one launch to this step, then the workbench closes.
            display.asyncExec(() -> PlatformUI.getWorkbench().close());
        }
        if (Boolean.getBoolean("coprod.timing")) {
            // Let the views paint what they were given before saying they show it.
            for (Shell s : display.getShells()) {
                s.update();
            }
            long openMs = (System.nanoTime() - started) / 1_000_000;
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("COPROD-TIMING %s cases=%d open_ms=%d uptime_ms=%d heap_mb=%d%n", step, session.summaries().size(),
                    openMs, uptime(), (rt.totalMemory() - rt.freeMemory()) >> 20);
            System.out.flush();
        }
    }
}
