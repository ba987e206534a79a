package org.coprod.ui.summary;

import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Assertions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.testing.SampleLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary cache beside a real library: equal to the cases, rebuilt when a case file changes or the cache is damaged. */
class SummaryCacheTests {

    @TempDir
    Path dir;

    @Test
    void summariesEqualThoseOfTheLoadedCasesAndAreWrittenBesideTheLibrary() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        List<CaseSummary> summaries = SummaryCache.load(folder, new NullProgressMonitor());
        assertTrue(Files.isRegularFile(folder.resolve(SummaryCache.FILE)));
        Library library = Library.open(folder);
        List<CaseSummary> expected = library.root().getCases().stream().map(CaseSummary::of).sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        assertEquals(expected, summaries);
        assertEquals(expected, SummaryCache.load(folder, new NullProgressMonitor()), "read back from the cache file");
    }

    @Test
    void aCaseFileChangedOutsideTheWorkbenchIsSummarisedAgain() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        SummaryCache.load(folder, new NullProgressMonitor());
        Library library = Library.open(folder);
        Case c = library.root().getCases().get(2);
        c.setName("Changed behind the cache's back");
        library.save(c.eResource());
        Files.setLastModifiedTime(library.caseFile(c), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        List<CaseSummary> summaries = SummaryCache.load(folder, new NullProgressMonitor());
        assertEquals("Changed behind the cache's back", summaries.stream().filter(s -> s.id().equals(c.getId())).findFirst()
                .orElseThrow().name());
    }

    @Test
    void aDamagedCacheFileIsRebuilt() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        List<CaseSummary> good = SummaryCache.load(folder, new NullProgressMonitor());
        Files.write(folder.resolve(SummaryCache.FILE), new byte[] { 0, 0, 0, 1, 0, 0, 9, 9, 42 });
        assertEquals(good, SummaryCache.load(folder, new NullProgressMonitor()));
    }

    @Test
    void aLinkWhereTheCacheIsWrittenIsNeverWrittenThrough() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        Path caseFile;
        try (var files = Files.list(folder.resolve("cases"))) {
            caseFile = files.findFirst().orElseThrow();
        }
        String before = Files.readString(caseFile);
        Files.createSymbolicLink(folder.resolve(SummaryCache.FILE + ".tmp"), caseFile);
        Files.deleteIfExists(folder.resolve(SummaryCache.FILE));
        SummaryCache.load(folder, new NullProgressMonitor());
        Assertions.assertEquals(before, Files.readString(caseFile), "the case file is untouched");
        Assertions.assertTrue(Files.isRegularFile(folder.resolve(SummaryCache.FILE),
                LinkOption.NOFOLLOW_LINKS));
    }
}
