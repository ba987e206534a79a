package org.coprod.core.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.coprod.core.AtomicFile;
import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.testing.FixtureLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents/ folder: a copy and a text written once, never over anything, and a text changed later is noticed. */
class DocumentFilesTests {

    @TempDir
    Path dir;

    private Path library() throws Exception {
        return FixtureLibraries.twoCases(dir.resolve("library")).folder();
    }

    private static List<String> names(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void addWritesTheCopyAndTheTextAndDescribesTheDocument() throws Exception {
        Path lib = library();
        String emoji = TextExtractionTests.EMOJI;
        Path original = Files.write(dir.resolve("Interview with Arif Hasan.md"),
                ("\uFEFF# Interview\r\n\r\nLane " + emoji + " sewers").getBytes(StandardCharsets.UTF_8));
        long before = System.currentTimeMillis();
        Document d = DocumentFiles.add(lib, original, null, "en", new NullProgressMonitor());

        assertTrue(d.getId().matches("doc-interview-with-arif-hasan-[0-9a-f]{8}"), d.getId());
        assertEquals("Interview with Arif Hasan", d.getTitle());
        assertEquals("en", d.getLanguage());
        assertTrue(d.getImported().getTime() >= before && d.getImported().getTime() <= System.currentTimeMillis());
        assertEquals(d.getId() + ".md", d.getOriginalFile());
        assertNull(d.eContainer(), "not in the library: the caller adds it");
        Path documents = lib.resolve("documents");
        assertEquals(List.of(d.getId() + ".md", d.getId() + ".txt"), names(documents));
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(documents.resolve(d.getId() + ".md")), "a byte copy");
        byte[] text = Files.readAllBytes(documents.resolve(d.getId() + ".txt"));
        String expected = "# Interview\n\nLane " + emoji + " sewers";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), text, "UTF-8 without a byte order mark, LF only");
        assertEquals(sha256(text), d.getTextDigest());
        assertEquals(expected.length() - 1, d.getLength(), "code points: the emoji counts once");
        assertEquals(expected, DocumentFiles.text(lib, d));
        assertEquals(Optional.empty(), DocumentFiles.changed(lib, d));
    }

    @Test
    void aTextOriginalIsKeptBesideItsTextAndTheTitleAndLanguageAreChecked() throws Exception {
        Path lib = library();
        byte[] crlf = "one\r\ntwo".getBytes(StandardCharsets.UTF_8);
        Path original = Files.write(dir.resolve("field notes.txt"), crlf);
        Document d = DocumentFiles.add(lib, original, "  Field notes, Orangi  ", null, null);
        assertEquals("Field notes, Orangi", d.getTitle());
        assertNull(d.getLanguage());
        assertTrue(d.getId().startsWith("doc-field-notes-orangi-"), d.getId());
        assertEquals(d.getId() + ".original.txt", d.getOriginalFile());
        assertArrayEquals(crlf, Files.readAllBytes(DocumentFiles.originalFile(lib, d)));
        assertEquals("one\ntwo", Files.readString(DocumentFiles.textFile(lib, d)));

        List<String> files = names(lib.resolve("documents"));
        String m = assertThrows(DocumentException.class, () -> DocumentFiles.add(lib, original, null, "Portuguese", null)).getMessage();
        assertTrue(m.contains("'Portuguese'") && m.contains("ISO 639-1"), m);
        m = assertThrows(DocumentException.class, () -> DocumentFiles.add(lib, original, "bell\u0007", "pt", null)).getMessage();
        assertTrue(m.contains("control character"), m);
        assertEquals(files, names(lib.resolve("documents")), "nothing written for a refused document");
    }

    @Test
    void neverWritesOverAnExistingFile() throws Exception {
        Path lib = library();
        Path documents = Files.createDirectories(lib.resolve("documents"));
        Files.writeString(documents.resolve("doc-taken.txt"), "an earlier import's text");
        Path original = Files.writeString(dir.resolve("new.html"), "<p>new text</p>");
        String m = assertThrows(DocumentException.class, () -> DocumentFiles.add(lib, original, null, null, "doc-taken", null))
                .getMessage();
        assertTrue(m.contains("doc-taken.txt") && m.contains("already exists"), m);
        assertEquals("an earlier import's text", Files.readString(documents.resolve("doc-taken.txt")));
        assertEquals(List.of("doc-taken.txt"), names(documents), "the copy written first is removed again");

        Files.writeString(documents.resolve("doc-copy.html"), "someone else's page");
        m = assertThrows(DocumentException.class, () -> DocumentFiles.add(lib, original, null, null, "doc-copy", null)).getMessage();
        assertTrue(m.contains("doc-copy.html") && m.contains("already exists"), m);
        assertEquals("someone else's page", Files.readString(documents.resolve("doc-copy.html")));
        assertFalse(Files.exists(documents.resolve("doc-copy.txt")));

        Path target = documents.resolve("doc-taken.txt");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.create(target, "new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("an earlier import's text", Files.readString(target));
        assertEquals(List.of("doc-copy.html", "doc-taken.txt"), names(documents), "no temporary file left");
    }

    @Test
    void aFileThatCannotBeReadLeavesNothingBehind() throws Exception {
        Path lib = library();
        Path garbage = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7 and then nothing a PDF needs");
        String m = assertThrows(DocumentException.class, () -> DocumentFiles.add(lib, garbage, null, null, null)).getMessage();
        assertTrue(m.contains(garbage.toString()), m);
        assertFalse(Files.exists(lib.resolve("documents")), "not even the folder");

        Document kept = DocumentFiles.add(lib, Files.writeString(dir.resolve("kept.txt"), "kept"), null, null, null);
        List<String> before = names(lib.resolve("documents"));
        Path pdf = Originals.pdf(dir.resolve("three pages.pdf"), List.of("one", "two", "three"));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> DocumentFiles.add(lib, pdf, null, null, cancelled));
        assertThrows(DocumentException.class, () -> DocumentFiles.add(lib, dir.resolve("missing.docx"), null, null, null));
        assertEquals(before, names(lib.resolve("documents")));
        assertEquals(Optional.empty(), DocumentFiles.changed(lib, kept));
    }

    @Test
    void aTextChangedOrRemovedAfterImportIsReported() throws Exception {
        Path lib = library();
        Path original = Originals.docx(dir.resolve("minutes.docx"), List.of("Minutes of the lane meeting"), List.of());
        Document d = DocumentFiles.add(lib, original, null, "en", null);
        assertEquals("Minutes of the lane meeting", DocumentFiles.text(lib, d));
        assertEquals(Optional.empty(), DocumentFiles.changed(lib, d));

        Path text = DocumentFiles.textFile(lib, d);
        Files.writeString(text, "Minutes of the lane meeting."); // one character more: every later offset would shift
        Optional<String> changed = DocumentFiles.changed(lib, d);
        assertTrue(changed.isPresent() && changed.get().contains(text.toString()) && changed.get().contains("changed"),
                changed.toString());

        Files.delete(text);
        changed = DocumentFiles.changed(lib, d);
        assertTrue(changed.isPresent() && changed.get().contains("missing") && changed.get().contains(d.getId()), changed.toString());
        String m = assertThrows(DocumentException.class, () -> DocumentFiles.text(lib, d)).getMessage();
        assertTrue(m.contains("missing") && m.contains(text.toString()), m);

        DocumentFiles.discard(lib, d);
        assertEquals(List.of(), names(lib.resolve("documents")));

        Document edited = CoprodFactory.eINSTANCE.createDocument(); // as a hand-edited library.xmi could have it
        edited.setId("../library");
        edited.setOriginalFile("../../elsewhere.pdf");
        assertEquals(lib.resolve("documents/library.txt"), DocumentFiles.textFile(lib, edited));
        assertEquals(lib.resolve("documents/elsewhere.pdf"), DocumentFiles.originalFile(lib, edited));
    }

    @Test
    void aDocumentAddedToTheLibraryAndACaseSurvivesSaveAndReopen() throws Exception {
        Path lib = library();
        Path original = Originals.pdf(dir.resolve("report.pdf"), List.of("Evaluation report"));
        Document d = DocumentFiles.add(lib, original, "Evaluation report", "en", null);
        Library library = Library.open(lib);
        library.root().getDocuments().add(d);
        Case alpha = library.findCase("alpha").orElseThrow();
        alpha.getDocuments().add(d);
        library.save();

        Library reopened = Library.open(lib);
        assertEquals(List.of(), reopened.problems());
        Document again = reopened.root().getDocuments().get(0);
        assertEquals(d.getId(), again.getId());
        assertEquals(d.getTextDigest(), again.getTextDigest());
        assertEquals(d.getLength(), again.getLength());
        assertEquals(d.getImported(), again.getImported());
        assertEquals(d.getOriginalFile(), again.getOriginalFile());
        assertEquals(List.of(again), reopened.findCase("alpha").orElseThrow().getDocuments());
        assertEquals(Optional.empty(), DocumentFiles.changed(lib, again));
    }
}
