package org.coprod.search.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.coprod.testing.SampleLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status line's account of the search index, for a real library whose index is built by the real job. */
class IndexStatusTests {

    @TempDir
    Path dir;

    @Test
    void theStatusCountsTheCasesTheIndexHoldsOnceItIsOpen() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        LibraryIndex index = LibraryIndex.get();
        index.sessionLoaded(session);
        String early = IndexStatus.text(index);
        assertTrue(early.equals("Search index: opening…") || early.startsWith("Search index: "), early);
        long until = System.currentTimeMillis() + 120_000;
        while ((index.index().isEmpty() || IndexStatus.text(index).contains("opening")) && System.currentTimeMillis() < until) {
            Display.getDefault().readAndDispatch();
            Thread.sleep(50);
        }
        int cases = session.library().root().getCases().size();
        String shown = IndexStatus.text(index);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!shown.startsWith("Search index: " + cases + " cases") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100); // the first synchronize may still be adding documents
            shown = IndexStatus.text(index);
        }
        assertEquals("Search index: " + cases + " cases", shown);
        // Close the index and let its jobs end before the temporary folder goes: a job still writing to .index/ while
        // JUnit deletes the folder failed the clean-up, not the test.
        index.sessionClosed();
        long idle = System.currentTimeMillis() + 60_000;
        while (Job.getJobManager().find(null).length > 0 && System.currentTimeMillis() < idle) {
            Display.getDefault().readAndDispatch();
            Thread.sleep(50);
        }
    }
}
