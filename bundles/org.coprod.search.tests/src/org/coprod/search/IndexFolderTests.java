package org.coprod.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.coprod.core.Library;
import org.coprod.testing.ReadOnlyFolder;
import org.coprod.testing.SampleLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an index is kept, and that clearing one never deletes anything but index files. */
class IndexFolderTests {

    @TempDir
    Path temp;

    private CaseIndex open(Library library, List<String> notices) throws Exception {
        return CaseIndex.open(library, temp.resolve("cache"), Duration.ofSeconds(10), notices::add);
    }

    @Test
    void anIndexFolderThatIsALinkToTheCasesIsNeverWrittenOrClearedThroughTheLink() throws Exception {
        Library library = SampleLibraries.copyTo(temp.resolve("lib"));
        int cases = library.root().getCases().size();
        Path link = library.folder().resolve(CaseIndex.FOLDER);
        Files.createSymbolicLink(link, library.folder().resolve(Library.CASES_DIR));
        Map<Path, String> before = SampleFixture.libraryFiles(library.folder());
        List<String> notices = new ArrayList<>();
        // Twice, and once more after marking the index damaged: each path that may clear an index is taken.
        for (int round = 0; round < 3; round++) {
            try (CaseIndex index = open(library, notices)) {
                index.synchronize(new NullProgressMonitor());
                assertEquals(cases, new CaseSearch(index).search(SearchRequest.of("").withLimit(1)).total());
                assertNotEquals(link, index.folder());
                assertFalse(index.folder().startsWith(library.folder()), index.folder().toString());
                if (round == 1) {
                    index.markDamaged(new IOException("test"));
                }
            }
        }
        assertTrue(Files.isSymbolicLink(link), "the link itself is left as the user made it");
        assertEquals(before, SampleFixture.libraryFiles(library.folder()), "no case file was touched");
        try (var inCases = Files.list(library.folder().resolve(Library.CASES_DIR))) {
            assertTrue(inCases.allMatch(p -> p.getFileName().toString().endsWith(Library.CASE_FILE_SUFFIX)),
                    "no index file was written into the cases folder");
        }
        assertEquals(cases, Library.open(library.folder()).root().getCases().size());
        assertTrue(notices.stream().anyMatch(n -> n.contains("symbolic link")), notices.toString());
    }

    @Test
    void aDamagedIndexIsStartedAfreshInItsOwnFolder() throws Exception {
        Library library = SampleLibraries.copyTo(temp.resolve("lib"));
        Path folder = Files.createDirectories(library.folder().resolve(CaseIndex.FOLDER));
        // A commit point that cannot be read: the index must be cleared and rebuilt.
        Files.writeString(folder.resolve("segments_7"), "not a commit point");
        Files.writeString(folder.resolve("_3.cfs"), "not a compound file");
        try (CaseIndex index = open(library, new ArrayList<>())) {
            assertEquals(folder, index.folder());
            assertTrue(index.rebuiltBecause().isPresent(), "the damaged index was started afresh");
            index.synchronize(new NullProgressMonitor());
            assertEquals(library.root().getCases().size(), index.size());
        }
        assertFalse(Files.exists(folder.resolve("segments_7")));
        assertFalse(Files.exists(folder.resolve("_3.cfs")));
    }

    @Test
    void anIndexFolderHoldingOtherFilesIsNeverClearedAndTheCacheIsUsed() throws Exception {
        Library library = SampleLibraries.copyTo(temp.resolve("lib"));
        Path folder = Files.createDirectories(library.folder().resolve(CaseIndex.FOLDER));
        Files.createDirectories(folder.resolve("notes"));
        Files.writeString(folder.resolve("README.txt"), "kept by the user");
        Files.writeString(folder.resolve("notes").resolve("a.md"), "kept too");
        // Lucene itself deletes any "_x.y" it does not know in its folder: a folder with this must not be used.
        Files.writeString(folder.resolve("_mine.xmi"), "looks a bit like a segment file, is not one");
        Files.writeString(folder.resolve("segments_7"), "not a commit point");
        List<String> notices = new ArrayList<>();
        try (CaseIndex index = open(library, notices)) {
            index.synchronize(new NullProgressMonitor());
            assertEquals(library.root().getCases().size(), index.size());
            assertTrue(index.folder().startsWith(temp.resolve("cache")), index.folder().toString());
        }
        assertEquals("kept by the user", Files.readString(folder.resolve("README.txt")));
        assertEquals("kept too", Files.readString(folder.resolve("notes").resolve("a.md")));
        assertEquals("looks a bit like a segment file, is not one", Files.readString(folder.resolve("_mine.xmi")));
        assertEquals("not a commit point", Files.readString(folder.resolve("segments_7")));
        assertTrue(notices.stream().anyMatch(n -> n.contains("not the index's")), notices.toString());
    }

    @Test
    void wipingDeletesOnlyIndexFilesNeverALinkOrAnythingElse() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("index"));
        Path precious = Files.writeString(temp.resolve("precious.txt"), "precious");
        for (String name : List.of("segments_2", "_0.cfs", "_0.si", "_1_Lucene99_0.doc", CaseIndex.DAMAGED)) {
            Files.writeString(folder.resolve(name), "index");
        }
        for (String name : List.of("write.lock", BuildLock.FILE, "README.txt", "_mine.xmi", "alpha.xmi")) {
            Files.writeString(folder.resolve(name), "other");
        }
        Files.createDirectories(folder.resolve("_9.cfs")); // a folder, whatever its name
        Files.createSymbolicLink(folder.resolve("_8.cfs"), precious);
        IndexFolder.wipe(folder);
        try (var left = Files.list(folder)) {
            assertEquals(Set.of("write.lock", BuildLock.FILE, "README.txt", "_mine.xmi", "alpha.xmi", "_9.cfs",
                    "_8.cfs"), left.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        assertEquals("precious", Files.readString(precious));
        Path link = Files.createSymbolicLink(temp.resolve("link"), folder);
        assertThrows(IOException.class, () -> IndexFolder.wipe(link), "never through a link");
    }

    @Test
    void anIndexFolderHoldingALinkIsNotUsed() throws Exception {
        Library library = SampleLibraries.copyTo(temp.resolve("lib"));
        Path folder = Files.createDirectories(library.folder().resolve(CaseIndex.FOLDER));
        Path precious = Files.writeString(temp.resolve("precious.txt"), "precious");
        Files.createSymbolicLink(folder.resolve("segments_1"), precious);
        List<String> notices = new ArrayList<>();
        try (CaseIndex index = open(library, notices)) {
            index.synchronize(new NullProgressMonitor());
            assertNotEquals(folder, index.folder());
        }
        assertEquals("precious", Files.readString(precious));
        assertTrue(Files.isSymbolicLink(folder.resolve("segments_1")));
        assertTrue(notices.stream().anyMatch(n -> n.contains("symbolic link")), notices.toString());
    }

    @Test
    void aLibraryThatCannotBeWrittenIsSearchedWithAnIndexInTheCacheAndSaysWhy() throws Exception {
        Library library = SampleLibraries.copyTo(temp.resolve("lib"));
        List<String> notices = new ArrayList<>();
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(library.folder())) {
            try (CaseIndex index = open(Library.open(library.folder()), notices)) {
                index.synchronize(new NullProgressMonitor());
                assertEquals("opp-orangi-sanitation",
                        new CaseSearch(index).search(SearchRequest.of("lane sewers Karachi")).hits().get(0).id());
                assertTrue(index.folder().startsWith(temp.resolve("cache")), index.folder().toString());
                String why = index.movedBecause().orElseThrow();
                assertTrue(why.contains(CaseIndex.FOLDER + " cannot be written (" + readOnly.reason()), why);
                assertTrue(why.contains(index.folder().toString()), why);
            }
            assertFalse(Files.exists(library.folder().resolve(CaseIndex.FOLDER)));
            // The next search finds the index it left in the cache and indexes nothing again.
            try (CaseIndex again = open(Library.open(library.folder()), notices)) {
                assertFalse(again.isNew());
                assertEquals(0, again.synchronize(new NullProgressMonitor()).total());
            }
        }
        assertEquals(2, notices.size(), notices.toString());
    }

    @Test
    void anIndexFolderThatCannotBeWrittenIsLeftAloneAndTheCacheUsed() throws Exception {
        Library library = SampleLibraries.copyTo(temp.resolve("lib"));
        Path own = Files.createDirectories(library.folder().resolve(CaseIndex.FOLDER));
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(own)) {
            try (CaseIndex index = open(library, new ArrayList<>())) {
                index.synchronize(new NullProgressMonitor());
                assertEquals(library.root().getCases().size(), index.size());
                assertTrue(index.folder().startsWith(temp.resolve("cache")), index.folder().toString());
            }
        }
    }

    @Test
    void withNeitherTheLibraryNorTheCacheWritableTheIndexIsBuiltInMemory() throws Exception {
        Library library = SampleLibraries.copyTo(temp.resolve("lib"));
        Path cache = Files.createDirectories(temp.resolve("cache"));
        List<String> notices = new ArrayList<>();
        try (ReadOnlyFolder lib = ReadOnlyFolder.of(library.folder()); ReadOnlyFolder c = ReadOnlyFolder.of(cache)) {
            try (CaseIndex index = open(Library.open(library.folder()), notices)) {
                index.synchronize(new NullProgressMonitor());
                assertEquals(null, index.folder());
                assertEquals("opp-orangi-sanitation",
                        new CaseSearch(index).search(SearchRequest.of("lane sewers Karachi")).hits().get(0).id());
                String why = index.movedBecause().orElseThrow();
                assertTrue(why.contains("in memory") && why.contains(CaseIndex.FOLDER + " cannot be written"), why);
            }
        }
    }

    @Test
    void onlyLuceneFileNamesCountAsIndexFiles() {
        for (String name : List.of("segments_1", "segments_a2", "pending_segments_3", "_0.cfs", "_0.cfe", "_0.si",
                "_1_Lucene99_0.doc", "_2_1.liv", "_0_Lucene90_0.dvd", "_5.fdt", "damaged.txt")) {
            assertTrue(IndexFolder.isIndexFile(name), name);
        }
        for (String name : List.of("write.lock", "build.lock", "library.xmi", "alpha.xmi", "_alpha.xmi", "notes.md",
                "segments", "segments_1.bak", "README", ".segments_1", "_0.cfs.saving")) {
            assertFalse(IndexFolder.isIndexFile(name), name);
        }
    }
}
