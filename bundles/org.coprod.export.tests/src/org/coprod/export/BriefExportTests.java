package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coprod.model.Case;
import org.coprod.testing.ReadOnlyFolder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a clear message and leaves no file behind; an export never overwrites a source or an existing file. */
class BriefExportTests {

    @TempDir
    Path dir;

    private static BriefRequest two() {
        return BriefRequest.of(SampleCases.cases(List.of("porto-alegre-op", "tackley-village-shop")));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesWordAndMarkdownFilesAndNothingElse() throws Exception {
        new BriefExport(BriefFormat.DOCX, dir.resolve("brief.docx"), null, SampleCases.library().folder(), false)
                .run(two(), new NullProgressMonitor());
        new BriefExport(BriefFormat.MARKDOWN, dir.resolve("brief.md"), null, SampleCases.library().folder(), false)
                .run(two(), new NullProgressMonitor());
        assertEquals(List.of("brief-grid.png", "brief-pays.png", "brief.docx", "brief.md"), files(), "the figures beside the .md");
        assertTrue(Files.readString(dir.resolve("brief.md")).startsWith("---\ntitle: "));
        // the brief gets the permissions any new file in that folder gets, not a temporary file's owner-only ones
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("brief.docx")));
        Files.delete(plain);
        byte[] zip = Files.readAllBytes(dir.resolve("brief.docx"));
        assertEquals('P', zip[0]);
        assertEquals('K', zip[1]);
    }

    @Test
    void unknownCaseIdIsNamed() {
        BriefException e = assertThrows(BriefException.class,
                () -> BriefExport.cases(SampleCases.library(), List.of("porto-alegre-op", "no-such-case")));
        assertTrue(e.getMessage().startsWith("Unknown case id 'no-such-case'"), e.getMessage());
    }

    @Test
    void existingDestinationIsNotOverwrittenWithoutPermission() throws Exception {
        Path target = dir.resolve("brief.md");
        Files.writeString(target, "my own notes");
        BriefExport export = new BriefExport(BriefFormat.MARKDOWN, target, null, SampleCases.library().folder(), false);
        BriefExport.DestinationExistsException e = assertThrows(BriefExport.DestinationExistsException.class,
                () -> export.run(two(), new NullProgressMonitor()));
        assertEquals(target.toAbsolutePath().normalize(), e.file());
        assertEquals("my own notes", Files.readString(target));
        assertEquals(List.of("brief.md"), files());
        new BriefExport(BriefFormat.MARKDOWN, target, null, SampleCases.library().folder(), true).run(two(), new NullProgressMonitor());
        assertTrue(Files.readString(target).startsWith("---"));
    }

    @Test
    void destinationInsideTheLibraryIsRefused() throws Exception {
        Path folder = SampleCases.library().folder();
        Path caseFile = folder.resolve("cases").resolve("porto-alegre-op.xmi");
        byte[] before = Files.readAllBytes(caseFile);
        BriefException e = assertThrows(BriefException.class,
                () -> new BriefExport(BriefFormat.MARKDOWN, folder.resolve("cases").resolve("porto-alegre-op.md"), null, folder, true)
                        .run(two(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("inside the case library"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("cases").resolve("porto-alegre-op.md")));
        assertArrayEquals(before, Files.readAllBytes(caseFile));
    }

    @Test
    void destinationEqualToTheReferenceDocumentIsRefused() throws Exception {
        Path reference = dir.resolve("house.docx");
        ReferenceDocumentGenerator.write(reference);
        byte[] before = Files.readAllBytes(reference);
        BriefException e = assertThrows(BriefException.class,
                () -> new BriefExport(BriefFormat.DOCX, reference, reference, SampleCases.library().folder(), true)
                        .run(two(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("reference document"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(reference));
    }

    @Test
    void missingFolderAndFolderAsDestinationAreReported() {
        BriefException missing = assertThrows(BriefException.class,
                () -> new BriefExport(BriefFormat.DOCX, dir.resolve("no/such/folder/b.docx"), null, null, false).check());
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        BriefException folder = assertThrows(BriefException.class, () -> new BriefExport(BriefFormat.DOCX, dir, null, null, false).check());
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
        BriefException mismatch = assertThrows(BriefException.class,
                () -> new BriefExport(BriefFormat.DOCX, dir.resolve("b.md"), null, null, false).check());
        assertTrue(mismatch.getMessage().contains("names a md file"), mismatch.getMessage());
    }

    @Test
    void unwritableDestinationLeavesNoPartialFile() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path target = locked.resolve("b.docx");
        // Read-only for root too (immutable), so that the write really fails and the folder is the one checked.
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(locked)) {
            BriefException e = assertThrows(BriefException.class,
                    () -> new BriefExport(BriefFormat.DOCX, target, null, null, false).run(two(), new NullProgressMonitor()));
            assertTrue(e.getMessage().startsWith("Cannot write"), e.getMessage());
        }
        assertFalse(Files.exists(target));
        try (Stream<Path> s = Files.list(locked)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void cancelledExportLeavesNothingBehind() throws Exception {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> new BriefExport(BriefFormat.DOCX, dir.resolve("brief.docx"), null, null, false).run(two(), cancelled));
        assertEquals(List.of(), files());
    }

    @Test
    void unreadableReferenceDocumentIsReportedAndNothingIsWritten() throws Exception {
        Path notWord = dir.resolve("notes.docx");
        Files.write(notWord, "not a zip".getBytes(StandardCharsets.UTF_8));
        BriefException e = assertThrows(BriefException.class,
                () -> new BriefExport(BriefFormat.DOCX, dir.resolve("brief.docx"), notWord, null, false)
                        .run(two(), new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith("Cannot read the reference document"), e.getMessage());
        assertEquals(List.of("notes.docx"), files());
    }

    @Test
    void tooManyCasesForAComparativeBriefIsRefusedBeforeWriting() {
        List<Case> six = SampleCases.cases(List.of("porto-alegre-op", "sure-start-gateshead", "caterham-barracks", "beacon-falmouth",
                "tackley-village-shop", "villa-family"));
        BriefException e = assertThrows(BriefException.class,
                () -> new BriefExport(BriefFormat.DOCX, dir.resolve("b.docx"), null, null, false)
                        .run(BriefRequest.of(six), new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith("6 cases chosen"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("b.docx")));
    }

    /** The reported case was {@code --force} onto /dev/full as root; a named pipe and a link stand in for it here. */
    @Test
    void replacingRefusesAnythingButARegularFile() throws Exception {
        Path pipe = dir.resolve("brief.md");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        BriefException e = assertThrows(BriefException.class,
                () -> new BriefExport(BriefFormat.MARKDOWN, pipe, null, null, true).run(two(), new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith("Refusing to replace " + pipe) && e.getMessage().contains("not a regular file"),
                e.getMessage());
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still a pipe");

        Path mine = Files.writeString(dir.resolve("mine.md"), "my own notes");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), mine);
        e = assertThrows(BriefException.class,
                () -> new BriefExport(BriefFormat.MARKDOWN, link, null, null, true).run(two(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("my own notes", Files.readString(mine));
        assertEquals(List.of("brief.md", "link.md", "mine.md"), files(), "no temporary file left");
    }

    /**
     * A brief killed while writing (SIGKILL runs no clean-up) leaves its hidden part file; the next export of that brief
     * removes it, but never the part file of an export still running, nor any other file.
     */
    @Test
    void aPartFileLeftByAKilledExportIsRemovedAndOneInUseIsKept() throws Exception {
        Path target = dir.resolve("brief.md");
        Process killed = new ProcessBuilder("sleep", "60").start();
        ProcessHandle.Info info = killed.toHandle().info();
        String start = Long.toString(info.startInstant().orElseThrow().toEpochMilli(), 36);
        killed.destroyForcibly().waitFor();
        Path abandoned = Files.writeString(dir.resolve(".brief.md." + killed.pid() + "-" + start + "-1.part"), "half a brief");
        Path inUse = Files.writeString(PartFile.next(target), "being written by this process");
        Path unrelated = Files.writeString(dir.resolve(".brief.md.notes"), "not ours");
        Path otherBrief = Files.writeString(dir.resolve(".other.md." + killed.pid() + "-" + start + "-1.part"), "another brief's");

        new BriefExport(BriefFormat.MARKDOWN, target, null, null, false).run(two(), new NullProgressMonitor());
        assertFalse(Files.exists(abandoned), "the killed export's part file is gone");
        assertTrue(Files.exists(inUse) && Files.exists(unrelated) && Files.exists(otherBrief), files().toString());
        assertTrue(Files.readString(target).startsWith("---\n"));
    }
}
