package org.coprod.search.ui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.search.CaseIndex;
import org.coprod.search.IndexJob;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * The search index of the library open in the workbench: opened (and brought up to date, or rebuilt) in the
 * background when a library opens, updated case by case when cases are saved or deleted, committed when edits pause
 * and when the workbench closes. Created on first use; the index catches up on saves made before that from the case
 * files' modification times.
 */
public final class LibraryIndex implements WorkbenchSession.Observer {

    /** Told (on any thread) when the index of the open library becomes ready or changes. */
    public interface Listener {
        void indexChanged(LibraryIndex index);
    }

    /** Edits are committed this long after the last one (they are searchable at once without a commit). */
    private static final long COMMIT_DELAY_MS = 10_000;
    /** How often a read-only index (held for writing by another program) is tried again for writing. */
    private static final long READ_ONLY_RETRY_MS = 30_000;

    private static LibraryIndex instance;

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Job commitJob = Job.create("Saving the search index", monitor -> {
        commit();
        return Status.OK_STATUS;
    });
    private volatile CaseIndex index;
    private volatile Library library;
    private volatile WorkbenchSession session;
    private volatile String problem;

    private LibraryIndex() {
        commitJob.setSystem(true);
    }

    /** The index of the open library, started on first use. Call on the UI thread. */
    public static synchronized LibraryIndex get() {
        if (instance == null) {
            instance = new LibraryIndex();
            if (PlatformUI.isWorkbenchRunning()) {
                PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
                    @Override
                    public boolean preShutdown(IWorkbench workbench, boolean forced) {
                        return true;
                    }

                    @Override
                    public void postShutdown(IWorkbench workbench) {
                        instance.closeIndex();
                    }
                });
            }
            // Told about the library already open, if any, as if it had been observing when it came.
            WorkbenchSession.follow(instance);
        }
        return instance;
    }

    /** The index, once it is open (it may still be catching up with the library). */
    public Optional<CaseIndex> index() {
        return Optional.ofNullable(index);
    }

    /** The library the index belongs to, or empty before one is open. */
    public Optional<Library> library() {
        return Optional.ofNullable(library);
    }

    /** The workbench session whose library the index belongs to (the one search results open cases in). */
    public Optional<WorkbenchSession> session() {
        return Optional.ofNullable(session);
    }

    /** Why the index could not be opened, if it could not. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    @Override
    public void sessionClosed() {
        closeIndex();
        library = null;
        session = null;
        problem = null;
        fire();
    }

    @Override
    public void sessionLoaded(WorkbenchSession session) {
        closeIndex();
        Library opened = session.library();
        library = opened;
        this.session = session;
        problem = null;
        if (opened == null) {
            fire();
            return;
        }
        opening(opened).schedule();
    }

    /**
     * Opens the index of a library in the background. When another program (a {@code coprod search}) holds it for
     * writing, it is searched read-only meanwhile and opened again a little later, so that the workbench takes over
     * indexing its saves once that program has finished, rather than staying read-only for the whole session.
     */
    private Job opening(Library opened) {
        return Job.create("Opening the search index", monitor -> {
            try {
                CaseIndex i = CaseIndex.open(opened);
                CaseIndex previous = index;
                if (library != opened || (previous != null && !i.isWritable())) {
                    i.close(); // another library was opened meanwhile, or the index is still held elsewhere
                    reopenLater(opened);
                    return Status.OK_STATUS;
                }
                index = i;
                if (previous != null) {
                    closeLater(previous); // a search on the UI thread may still be using it
                }
                fire();
                if (i.isWritable()) {
                    IndexJob sync = new IndexJob(i, false);
                    sync.addJobChangeListener(new JobChangeAdapter() {
                        @Override
                        public void done(IJobChangeEvent event) {
                            fire();
                        }
                    });
                    sync.schedule();
                } else {
                    reopenLater(opened);
                }
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                problem = "The search index in " + CaseIndex.folderOf(opened) + " cannot be opened: " + e.getMessage();
                fire();
                return Status.error(problem, e);
            }
        });
    }

    private void reopenLater(Library opened) {
        if (library == opened) {
            Job retry = opening(opened);
            retry.setSystem(true);
            retry.schedule(READ_ONLY_RETRY_MS);
        }
    }

    private static void closeLater(CaseIndex old) {
        Job close = Job.create("Closing the search index", monitor -> {
            try {
                old.close();
            } catch (IOException | RuntimeException e) {
                log("Cannot close the search index", e);
            }
            return Status.OK_STATUS;
        });
        close.setSystem(true);
        close.schedule(COMMIT_DELAY_MS);
    }

    @Override
    public void casesSaved(WorkbenchSession session, List<Case> cases) {
        CaseIndex i = index;
        if (i == null || !i.isWritable() || session.library() != library) {
            return; // the opening job's synchronize picks the saved files up
        }
        try {
            i.update(cases);
            commitJob.schedule(COMMIT_DELAY_MS);
            fire();
        } catch (IOException | RuntimeException e) {
            log("Cannot index saved cases", e);
        }
    }

    @Override
    public void casesDeleted(WorkbenchSession session, List<String> caseIds) {
        CaseIndex i = index;
        if (i == null || !i.isWritable() || session.library() != library) {
            return;
        }
        try {
            i.delete(caseIds);
            commitJob.schedule(COMMIT_DELAY_MS);
            fire();
        } catch (IOException | RuntimeException e) {
            log("Cannot remove deleted cases from the search index", e);
        }
    }

    /** Empties the index and indexes every case again, in the background. */
    public void rebuild() {
        CaseIndex i = index;
        if (i != null && i.isWritable()) {
            IndexJob job = new IndexJob(i, true);
            job.setUser(true);
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    fire();
                }
            });
            job.schedule();
        }
    }

    private void commit() {
        CaseIndex i = index;
        if (i != null) {
            try {
                i.commit();
            } catch (IOException | RuntimeException e) {
                log("Cannot save the search index", e);
            }
        }
    }

    private void closeIndex() {
        CaseIndex i = index;
        index = null;
        commitJob.cancel();
        if (i != null) {
            try {
                Job.getJobManager().cancel(IndexJob.FAMILY);
                Job.getJobManager().join(IndexJob.FAMILY, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                i.close();
            } catch (IOException | RuntimeException e) {
                log("Cannot close the search index", e);
            }
        }
    }

    private void fire() {
        listeners.forEach(l -> l.indexChanged(this));
    }

    private static void log(String message, Exception e) {
        ILog.of(LibraryIndex.class).log(Status.error(message + ": " + e.getMessage(), e));
    }
}
