package org.coprod.search;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Brings a library's search index up to date in the background — or rebuilds it — with progress and cancel. Used by
 * the workbench when a library opens and by {@code coprod search} before it searches.
 */
public final class IndexJob extends Job {

    /** Job family of every indexing job, for {@code Job.getJobManager().join(IndexJob.FAMILY, …)}. */
    public static final Object FAMILY = IndexJob.class;

    private final CaseIndex index;
    private final boolean rebuild;
    private volatile CaseIndex.Changes changes;

    /** @param rebuild true to empty the index and index every case, false to index only what changed */
    public IndexJob(CaseIndex index, boolean rebuild) {
        super(rebuild ? "Rebuilding the search index" : "Updating the search index");
        this.index = index;
        this.rebuild = rebuild;
        setRule(new IndexRule(index));
    }

    /** What the job changed, once it has finished (null before, or when it failed). */
    public CaseIndex.Changes changes() {
        return changes;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            changes = rebuild ? index.rebuild(monitor) : index.synchronize(monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            return Status.error("Cannot update the search index in " + index.where() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** Only one job at a time works on one index. */
    private record IndexRule(CaseIndex index) implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule instanceof IndexRule other && other.index == index;
        }
    }
}
