package org.coprod.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Note;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseIndexTests {

    @TempDir
    Path temp;

    @Test
    void indexLivesInTheLibraryFolderAndHoldsEveryCase() throws Exception {
        try (SampleFixture sample = SampleFixture.create(temp)) {
            assertEquals(sample.folder.resolve(".index"), sample.index.folder());
            assertTrue(sample.index.isNew());
            assertEquals(sample.library.root().getCases().size(), sample.index.size());
            assertFalse(Files.exists(sample.folder.resolve("cases").resolve(".index")));
        }
    }

    @Test
    void savingACaseUpdatesItsDocumentWithoutARebuild() throws Exception {
        try (SampleFixture sample = SampleFixture.create(temp)) {
            CaseSearch search = new CaseSearch(sample.index);
            assertEquals(0, search.search(SearchRequest.of("zanzibarian")).total());
            Case tackley = sample.library.findCase("tackley-village-shop").orElseThrow();
            tackley.setSummary(tackley.getSummary() + " Volunteers later opened a zanzibarian tea room.");
            sample.library.save(tackley.eResource());
            int before = sample.index.size();
            sample.index.update(tackley);
            SearchResults found = search.search(SearchRequest.of("zanzibarian"));
            assertEquals(1, found.total());
            assertEquals("tackley-village-shop", found.hits().get(0).id());
            assertEquals(before, sample.index.size(), "an update replaces the case's document");
            // A later synchronize sees nothing left to do: the stamp recorded matches the saved file.
            CaseIndex.Changes changes = sample.index.synchronize(new NullProgressMonitor());
            assertEquals(0, changes.total(), changes.toString());
        }
    }

    @Test
    void deletingACaseRemovesItsDocument() throws Exception {
        try (SampleFixture sample = SampleFixture.create(temp)) {
            CaseSearch search = new CaseSearch(sample.index);
            assertEquals("villa-family", search.search(SearchRequest.of("\"host families\" elderly")).hits().get(0).id());
            int before = sample.index.size();
            sample.index.delete(List.of("villa-family"));
            assertEquals(before - 1, sample.index.size());
            assertFalse(CaseSearchTests.ids(search.search(SearchRequest.of("Villa Family").withLimit(200)))
                    .contains("villa-family"));
        }
    }

    @Test
    void reopeningFindsChangesMadeWhileClosed() throws Exception {
        Path folder;
        try (SampleFixture sample = SampleFixture.create(temp)) {
            folder = sample.folder;
        }
        Library library = Library.open(folder);
        Case c = library.findCase("porto-alegre-op").orElseThrow();
        Note note = CoprodFactory.eINSTANCE.createNote();
        note.setText("Later evaluations used a quixotic survey method.");
        c.getNotes().add(note);
        Case villa = library.findCase("villa-family").orElseThrow();
        Path villaFile = library.caseFile(villa);
        Thread.sleep(5); // a different modification time, even on coarse file systems
        library.save(c.eResource());
        Files.delete(villaFile);
        library = Library.open(folder);
        try (CaseIndex index = CaseIndex.open(library)) {
            assertFalse(index.isNew());
            CaseIndex.Changes changes = index.synchronize(new NullProgressMonitor());
            assertEquals(new CaseIndex.Changes(0, 1, 1, library.root().getCases().size() - 1), changes);
            assertEquals("porto-alegre-op",
                    new CaseSearch(index).search(SearchRequest.of("quixotic")).hits().get(0).id());
        }
    }

    @Test
    void corruptIndexIsRebuiltWhenOpened() throws Exception {
        Path folder;
        Map<Path, String> libraryBefore;
        try (SampleFixture sample = SampleFixture.create(temp)) {
            folder = sample.folder;
        }
        libraryBefore = SampleFixture.libraryFiles(folder);
        // Overwrite the middle of the largest index file, as a crash or a disk error might.
        Path largest;
        try (Stream<Path> files = Files.list(folder.resolve(".index"))) {
            largest = files.max(Comparator.comparingLong(CaseIndexTests::size)).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64 && i < bytes.length; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(largest, bytes);
        assertCorruptionRepaired(folder, libraryBefore);
    }

    @Test
    void truncatedSegmentFileIsRebuiltWhenOpened() throws Exception {
        Path folder;
        try (SampleFixture sample = SampleFixture.create(temp)) {
            folder = sample.folder;
        }
        Map<Path, String> libraryBefore = SampleFixture.libraryFiles(folder);
        try (Stream<Path> files = Files.list(folder.resolve(".index"))) {
            Path segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
            Files.write(segments, new byte[] { 1, 2, 3 });
        }
        assertCorruptionRepaired(folder, libraryBefore);
    }

    @Test
    void indexOfAnOlderFormatIsRebuilt() throws Exception {
        Path folder;
        try (SampleFixture sample = SampleFixture.create(temp)) {
            folder = sample.folder;
        }
        // Rewrite the commit with an older format number, as an earlier release would have left it.
        try (IndexWriter w = new IndexWriter(FSDirectory.open(folder.resolve(".index")),
                new IndexWriterConfig(CaseAnalyzers.create()))) {
            w.setLiveCommitData(Map.of(CaseIndex.FORMAT_KEY, Integer.toString(CaseIndex.FORMAT - 1)).entrySet());
            w.commit();
        }
        Library library = Library.open(folder);
        try (CaseIndex index = CaseIndex.open(library)) {
            assertTrue(index.rebuiltBecause().orElseThrow().contains("older version"), index.rebuiltBecause().toString());
            assertEquals(0, index.size());
            index.synchronize(new NullProgressMonitor());
            assertEquals(library.root().getCases().size(), index.size());
        }
    }

    /**
     * The commit point Lucene 6 wrote (its codec header with segments version 6; Lucene 9 reads 7 and later) stands in
     * for an index left by an older release of the workbench.
     */
    static byte[] olderLuceneCommit() {
        ByteBuffer header = ByteBuffer.allocate(4 + 1 + 8 + 4 + 16); // big-endian, as Lucene's header
        header.putInt(0x3fd76c17).put((byte) 8).put("segments".getBytes(StandardCharsets.US_ASCII)).putInt(6);
        return header.array();
    }

    static void replaceCommit(Path index, byte[] content) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            for (Path segments : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(segments, content);
            }
        }
    }

    @Test
    void anIndexOfAnOlderLuceneIsRebuiltAndSaysSoInPlainWords() throws Exception {
        Path folder;
        try (SampleFixture sample = SampleFixture.create(temp)) {
            folder = sample.folder;
        }
        replaceCommit(folder.resolve(".index"), olderLuceneCommit());
        Library library = Library.open(folder);
        try (CaseIndex index = CaseIndex.open(library)) {
            assertEquals("it was written by an older version of the program", index.rebuiltBecause().orElseThrow());
            index.synchronize(new NullProgressMonitor());
            assertEquals(library.root().getCases().size(), index.size());
        }
    }

    @Test
    void aCommitThatIsNoLuceneFileIsCalledDamagedNotOld() throws Exception {
        Path folder;
        try (SampleFixture sample = SampleFixture.create(temp)) {
            folder = sample.folder;
        }
        // Lucene itself calls this "Format version is not supported": a file not starting as its files do counts as too old.
        replaceCommit(folder.resolve(".index"), "not a commit point".getBytes(StandardCharsets.US_ASCII));
        try (CaseIndex index = CaseIndex.open(Library.open(folder))) {
            String why = index.rebuiltBecause().orElseThrow();
            assertTrue(why.startsWith("it was damaged"), why);
            assertFalse(why.contains("Format version") || why.contains("resource") || why.contains("older"), why);
        }
    }

    @Test
    void damageFoundDuringUseRebuildsOnTheNextOpen() throws Exception {
        Path folder;
        try (SampleFixture sample = SampleFixture.create(temp)) {
            folder = sample.folder;
            sample.index.markDamaged(new CorruptIndexException("checksum failed", "_0.cfs"));
        }
        Library library = Library.open(folder);
        try (CaseIndex index = CaseIndex.open(library)) {
            assertTrue(index.rebuiltBecause().orElseThrow().contains("damaged"), index.rebuiltBecause().toString());
            assertFalse(Files.exists(folder.resolve(".index").resolve(CaseIndex.DAMAGED)));
            index.synchronize(new NullProgressMonitor());
            assertEquals(library.root().getCases().size(), index.size());
        }
    }

    @Test
    void anIndexAnotherProgramWritesIsNeverClearedEvenIfItLooksDamaged() throws Exception {
        try (SampleFixture sample = SampleFixture.create(temp)) {
            sample.index.commit();
            sample.index.markDamaged(new CorruptIndexException("looked odd", "_0.cfs"));
            try (CaseIndex second = CaseIndex.open(Library.open(sample.folder))) {
                assertFalse(second.isWritable());
                assertEquals(sample.index.size(), second.size());
            }
            assertEquals(sample.library.root().getCases().size(), sample.index.size());
        }
    }

    @Test
    void rebuildIndexesEveryCaseAgainAndLeavesTheLibraryAlone() throws Exception {
        try (SampleFixture sample = SampleFixture.create(temp)) {
            Map<Path, String> before = SampleFixture.libraryFiles(sample.folder);
            CaseIndex.Changes changes = sample.index.rebuild(new NullProgressMonitor());
            assertEquals(sample.library.root().getCases().size(), changes.added());
            assertEquals(sample.library.root().getCases().size(), sample.index.size());
            assertEquals(before, SampleFixture.libraryFiles(sample.folder));
        }
    }

    @Test
    void aSecondOpenWhileTheFirstWritesIsReadOnlyButSearches() throws Exception {
        try (SampleFixture sample = SampleFixture.create(temp)) {
            sample.index.commit();
            try (CaseIndex second = CaseIndex.open(Library.open(sample.folder))) {
                assertFalse(second.isWritable());
                assertEquals(sample.index.size(), second.size());
                assertEquals("opp-orangi-sanitation",
                        new CaseSearch(second).search(SearchRequest.of("lane sewers Karachi")).hits().get(0).id());
            }
        }
    }

    private static void assertCorruptionRepaired(Path folder, Map<Path, String> libraryBefore) throws Exception {
        Library library = Library.open(folder);
        try (CaseIndex index = CaseIndex.open(library)) {
            assertTrue(index.rebuiltBecause().isPresent(), "reported as rebuilt");
            index.synchronize(new NullProgressMonitor());
            assertEquals(library.root().getCases().size(), index.size());
            assertEquals("opp-orangi-sanitation",
                    new CaseSearch(index).search(SearchRequest.of("lane sewers Karachi")).hits().get(0).id());
        }
        assertEquals(libraryBefore, SampleFixture.libraryFiles(folder), "the library's own files are untouched");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
