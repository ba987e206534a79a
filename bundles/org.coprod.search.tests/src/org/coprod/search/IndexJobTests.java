package org.coprod.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.coprod.core.Library;
import org.eclipse.core.runtime.IStatus;
import org.coprod.testing.SampleLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexJobTests {

    @TempDir
    Path temp;

    @Test
    void jobIndexesTheLibraryInTheBackground() throws Exception {
        Library library = SampleLibraries.copyTo(temp.resolve("lib"));
        try (CaseIndex index = CaseIndex.open(library)) {
            IndexJob job = new IndexJob(index, false);
            job.schedule();
            job.join();
            assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
            assertEquals(library.root().getCases().size(), job.changes().added());
            assertEquals(library.root().getCases().size(), index.size());
        }
    }

    @Test
    void cancelledRebuildKeepsWhatItDidAndTheNextRunFinishes() throws Exception {
        Library library = SampleLibraries.copyTo(temp.resolve("lib"));
        try (CaseIndex index = CaseIndex.open(library)) {
            NullProgressMonitor monitor = new NullProgressMonitor() {
                int worked;

                @Override
                public void worked(int work) {
                    if (++worked > 20) {
                        setCanceled(true);
                    }
                }

                @Override
                public void internalWorked(double work) {
                    worked(1);
                }
            };
            try {
                index.rebuild(monitor);
            } catch (OperationCanceledException expected) {
                // as asked
            }
            int partial = index.size();
            assertTrue(partial > 0 && partial < library.root().getCases().size(), "partial: " + partial);
            CaseIndex.Changes rest = index.synchronize(new NullProgressMonitor());
            assertEquals(library.root().getCases().size() - partial, rest.added());
            assertEquals(library.root().getCases().size(), index.size());
        }
    }
}
