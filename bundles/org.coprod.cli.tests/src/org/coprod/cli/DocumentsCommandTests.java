package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.coprod.core.Library;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Source;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** {@code coprod documents add} and {@code list}, run as a user runs them, on a real library folder. */
class DocumentsCommandTests {

    @TempDir
    Path dir;
    Path lib;

    String out;
    String err;

    @BeforeEach
    void library() throws Exception {
        Library library = FixtureLibraries.twoCases(dir.resolve("library"));
        Source source = CoprodFactory.eINSTANCE.createSource();
        source.setId("src-hasan-1999");
        source.setCitation("Hasan, A. (1999). Understanding Karachi.");
        library.root().getSources().add(source);
        library.save();
        lib = library.folder();
    }

    private int run(String... args) {
        CommandRun r = CommandRun.of(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    /** Every file of the library folder and a digest of its content, to show that nothing was written. */
    private static Map<String, String> files(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                files.put(folder.relativize(p).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return files;
    }

    private Path pdf(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void addPutsTheDocumentInTheLibraryAndItsCases() throws Exception {
        Path report = pdf("evaluation.pdf", "Lane sewers built by residents");
        assertEquals(0, run("documents", "add", report.toString(), "--case", "alpha", "--case", "beta", "--source", "src-hasan-1999",
                "--language", "en", "--title", "Evaluation of the lane sewers", "--library", lib.toString()), err);
        assertTrue(out.contains("Evaluation of the lane sewers") && out.contains("alpha, beta"), out);

        Library library = Library.open(lib);
        assertEquals(1, library.root().getDocuments().size());
        Document d = library.root().getDocuments().get(0);
        assertTrue(out.contains(d.getId()), out);
        assertEquals("Evaluation of the lane sewers", d.getTitle());
        assertEquals("en", d.getLanguage());
        assertEquals("src-hasan-1999", d.getSource().getId());
        assertEquals(List.of(d), library.findCase("alpha").orElseThrow().getDocuments());
        assertEquals(List.of(d), library.findCase("beta").orElseThrow().getDocuments());
        String text = Files.readString(lib.resolve("documents").resolve(d.getId() + ".txt"), StandardCharsets.UTF_8);
        assertEquals("Lane sewers built by residents", text.strip());
        assertEquals(text.codePointCount(0, text.length()), d.getLength());
        assertTrue(Files.isRegularFile(lib.resolve("documents").resolve(d.getId() + ".pdf")));

        assertEquals(0, run("documents", "list", "--library", lib.toString()), err);
        assertTrue(out.contains("1 document") && out.contains(d.getId()) && out.contains("alpha, beta") && out.contains(" en ")
                && out.contains("Evaluation of the lane sewers"), out);
        assertFalse(out.contains("CHANGED"), out);
        assertEquals(0, run("documents", "list", "--json", "--library", lib.toString()), err);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> docs = (List<Map<String, Object>>) new Gson().fromJson(out, Map.class).get("documents");
        assertEquals(1, docs.size());
        Map<String, Object> row = docs.get(0);
        assertEquals(d.getId(), row.get("id"));
        assertEquals(List.of("alpha", "beta"), row.get("cases"));
        assertEquals("en", row.get("language"));
        assertEquals((double) d.getLength(), row.get("length"));
        assertEquals("src-hasan-1999", row.get("source"));
        assertTrue(row.containsKey("changed") && row.get("changed") == null, row.toString());
    }

    @Test
    void listFlagsADocumentWhoseTextWasChanged() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "Field notes \uD83D\uDE00 from Orangi");
        assertEquals(0, run("documents", "add", notes.toString(), "--case", "alpha", "--library", lib.toString()), err);
        Document d = Library.open(lib).root().getDocuments().get(0);
        assertEquals("notes", d.getTitle());
        assertEquals(12 + 1 + 12, d.getLength(), "the emoji is one code point, not two chars");
        Path text = lib.resolve("documents").resolve(d.getId() + ".txt");
        Files.writeString(text, "Field notes from Orangi, tidied up");

        assertEquals(1, run("documents", "list", "--library", lib.toString()));
        assertTrue(out.contains("TEXT CHANGED") && out.contains(text.toString()), out);
        assertEquals(1, run("documents", "list", "--json", "--library", lib.toString()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> docs = (List<Map<String, Object>>) new Gson().fromJson(out, Map.class).get("documents");
        assertTrue(String.valueOf(docs.get(0).get("changed")).contains("changed"), docs.toString());
        assertEquals("Field notes from Orangi, tidied up", Files.readString(text), "listing never rewrites a text");
    }

    @Test
    void badInputIsRefusedAndWritesNothing() throws Exception {
        Map<String, String> before = files(lib);
        Path good = Files.writeString(dir.resolve("good.txt"), "good text");
        Path garbage = Files.writeString(dir.resolve("garbage.pdf"), "not a PDF");
        Path rtf = Files.writeString(dir.resolve("memo.rtf"), "{\\rtf1}");
        String l = lib.toString();
        String[][] refused = {
            { "the library has no case 'gamma'", "documents", "add", good.toString(), "--case", "alpha", "--case", "gamma",
                "--library", l },
            { "the library has no source 'src-nope'", "documents", "add", good.toString(), "--case", "alpha", "--source", "src-nope",
                "--library", l },
            { "'english' is not an ISO 639-1", "documents", "add", good.toString(), "--case", "alpha", "--language", "english",
                "--library", l },
            { garbage + " is not a PDF", "documents", "add", garbage.toString(), "--case", "alpha", "--library", l },
            { "a .rtf file cannot be imported", "documents", "add", rtf.toString(), "--case", "alpha", "--library", l },
            { "no such file", "documents", "add", dir.resolve("missing.docx").toString(), "--case", "alpha", "--library", l },
            { "--case ID", "documents", "add", good.toString(), "--library", l },
            { "name one file", "documents", "add", "--case", "alpha", "--library", l },
            { "control character", "documents", "add", good.toString(), "--case", "alpha", "--title", "ring\u0007", "--library", l },
            { "unknown action 'remove'", "documents", "remove", "--library", l },
            { "say what to do", "documents", "--library", l },
            { "--case is for coprod documents add", "documents", "list", "--case", "alpha", "--library", l },
        };
        for (String[] r : refused) {
            String[] args = Arrays.copyOfRange(r, 1, r.length);
            assertEquals(2, run(args), String.join(" ", args));
            assertTrue(err.contains(r[0]), "expected '" + r[0] + "' in: " + err);
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
            assertEquals(before, files(lib), "nothing written by: " + String.join(" ", args));
        }
        assertFalse(Files.exists(lib.resolve("documents")));
    }

    @Test
    void aSaveThatFailsRemovesTheDocumentsFiles() throws Exception {
        Map<String, String> before = files(lib);
        // where the save puts its journal, a folder: the save cannot commit, after the document's files were written
        Files.writeString(Files.createDirectories(lib.resolve(".saving-journal")).resolve("in-the-way"), "x");
        before.put(".saving-journal/in-the-way", files(lib).get(".saving-journal/in-the-way"));
        Path good = Files.writeString(dir.resolve("good.txt"), "good text");
        assertEquals(2, run("documents", "add", good.toString(), "--case", "alpha", "--library", lib.toString()));
        assertTrue(err.contains("nothing added"), err);
        assertEquals(before, files(lib), "library unchanged and the document's files removed");
    }

    @Test
    void anEmptyLibraryListsNoDocumentsAndHelpShowsBothActions() throws Exception {
        assertEquals(0, run("documents", "list", "--library", lib.toString()));
        assertTrue(out.contains("0 documents"), out);
        assertEquals(0, run("documents", "list", "--json", "--library", lib.toString()));
        assertEquals(List.of(), new Gson().fromJson(out, Map.class).get("documents"));
        assertEquals(0, run("documents", "--help"));
        assertTrue(out.contains("coprod documents add FILE --case ID") && out.contains("coprod documents list"), out);
        assertEquals(0, run("--help"));
        assertTrue(out.contains("  documents "), out);
    }
}
