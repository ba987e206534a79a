package org.coprod.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.coprod.core.Library;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made to harm: each is refused with a message naming the file and the problem, and nothing is written. */
class HostileInputTests {

    private static final String SOURCE = "a2b94468-80a5-412f-92d6-e900d97b55a6";
    private static final byte[] GOOD = Projects.qde("Test", "<Sources><TextSource guid=\"" + SOURCE + "\" name=\"Interview\""
            + " plainTextPath=\"internal://" + SOURCE + ".txt\"/></Sources>");

    @TempDir
    Path dir;
    private Library library;
    private Map<String, String> before;

    @BeforeEach
    void library() throws Exception {
        library = FixtureLibraries.twoCases(dir.resolve("lib"));
        before = Projects.snapshot(library.folder());
    }

    /** Imports the file into the library and into a new one; both are refused with a message holding every fragment. */
    private void refused(Path file, Limits limits, String... fragments) throws Exception {
        RefiImport.Options options = new RefiImport.Options(RefiImport.Existing.REFUSE, limits);
        RefiException e = assertThrows(RefiException.class, () -> new RefiImport(library, options).plan(file, null));
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' in: " + e.getMessage());
        }
        String name = file.getFileName().toString();
        assertEquals(1, e.getMessage().split(Pattern.quote(name), -1).length - 1, "the file named once: " + e.getMessage());
        assertEquals(before, Projects.snapshot(library.folder()), "the library is untouched");
        Path fresh = dir.resolve("fresh");
        assertThrows(RefiException.class, () -> RefiImport.intoNewLibrary(fresh, file, options, false, null));
        assertFalse(Files.exists(fresh), "no new library is left behind");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".importing-")), "no half-made library either");
        }
    }

    private void refused(Path file, String... fragments) throws Exception {
        refused(file, Limits.DEFAULT, fragments);
    }

    @Test
    void anEntryClimbingOutOfTheProjectIsRefused() throws Exception {
        Path file = Projects.zip(dir.resolve("dots.qdpx"), Projects.entries("project.qde", GOOD, "sources/../../evil.txt", "x"));
        refused(file, "dots.qdpx", "sources/../../evil.txt", "'..'");
    }

    @Test
    void anEntryWithAnAbsolutePathIsRefused() throws Exception {
        refused(Projects.zip(dir.resolve("abs.qdpx"), Projects.entries("project.qde", GOOD, "/etc/cron.d/evil", "x")), "abs.qdpx",
                "/etc/cron.d/evil", "absolute path");
        refused(Projects.zip(dir.resolve("drive.qdpx"), Projects.entries("project.qde", GOOD, "C:\\Windows\\evil.txt", "x")),
                "C:\\Windows\\evil.txt", "absolute path");
    }

    @Test
    void anEntryOverTheSizeLimitIsRefused() throws Exception {
        Path file = Projects.zip(dir.resolve("big.qdpx"), Projects.entries("project.qde", GOOD, "sources/" + SOURCE + ".txt",
                "x".repeat(5000)));
        refused(file, Limits.DEFAULT.withSizes(4000, 1_000_000), "big.qdpx", "sources/" + SOURCE + ".txt", "larger than");
    }

    @Test
    void anEntryGivingMoreThanItsDeclaredSizeIsRefusedAsItIsRead() throws Exception {
        Path file = Projects.zip(dir.resolve("lying.qdpx"), Projects.entries("project.qde", GOOD, "sources/" + SOURCE + ".txt",
                "x".repeat(5000)));
        byte[] zip = Files.readAllBytes(file);
        declareSize(zip, "sources/" + SOURCE + ".txt", 100);
        Files.write(file, zip);
        try (ZipFile z = new ZipFile(file.toFile())) {
            assertEquals(100, z.getEntry("sources/" + SOURCE + ".txt").getSize(), "the zip now declares 100 bytes");
        }
        refused(file, Limits.DEFAULT.withSizes(4000, 1_000_000), "lying.qdpx", "sources/" + SOURCE + ".txt", "larger than");
    }

    /** Rewrites the uncompressed size the zip's central directory declares for an entry. */
    private static void declareSize(byte[] zip, String name, int size) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = zip.length - 46; i >= 0; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                int nameLength = (zip[i + 28] & 0xFF) | (zip[i + 29] & 0xFF) << 8;
                if (nameLength == wanted.length && Arrays.equals(zip, i + 46, i + 46 + nameLength, wanted, 0, nameLength)) {
                    ByteBuffer.wrap(zip, i + 24, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(size);
                    return;
                }
            }
        }
        throw new AssertionError(name + " is not in the zip's central directory");
    }

    @Test
    void aProjectExpandingBeyondTheTotalLimitIsRefused() throws Exception {
        Map<String, byte[]> entries = Projects.entries("project.qde", GOOD);
        for (int i = 0; i < 20; i++) {
            entries.put("sources/part" + i + ".txt", Projects.utf8("y".repeat(900)));
        }
        refused(Projects.zip(dir.resolve("many.qdpx"), entries), Limits.DEFAULT.withSizes(100_000, 10_000), "many.qdpx",
                "expands to more than");
    }

    @Test
    void aZipBombIsRefusedWithoutExpandingIt() throws Exception {
        Path file = dir.resolve("bomb.qdpx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(GOOD);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("sources/" + SOURCE + ".txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) { // 64 MB that compress to some 64 KB
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(file) < 1_000_000, "the bomb is small on disk: " + Files.size(file));
        refused(file, "bomb.qdpx", "zip bomb", "sources/" + SOURCE + ".txt");
    }

    private static final String XXE = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n";

    @Test
    void aDoctypeInTheProjectFileIsRefused() throws Exception {
        byte[] qde = (XXE + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&secret;\"/>").getBytes(StandardCharsets.UTF_8);
        refused(Projects.zip(dir.resolve("xxe.qdpx"), Projects.entries("project.qde", qde)), "xxe.qdpx!project.qde", "DOCTYPE");
    }

    @Test
    void aDoctypeInABareProjectFileIsRefused() throws Exception {
        Path file = dir.resolve("bare.qde");
        Files.writeString(file, XXE + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&secret;\"/>");
        refused(file, "bare.qde", "DOCTYPE (line 2)");
    }

    @Test
    void aDoctypeInACodebookFileIsRefused() throws Exception {
        Path file = dir.resolve("laughs.qdc");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"" + SOURCE + "\" name=\"&b;\" isCodable=\"true\"/>"
                + "</Codes></CodeBook>");
        refused(file, "laughs.qdc", "DOCTYPE");
    }

    @Test
    void aDoctypeInsideAWordDocumentIsRefused() throws Exception {
        byte[] docx = Projects.replace(Projects.docx("Hello"), "word/document.xml", (XXE
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&secret;"
                + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        byte[] qde = Projects.qde("NVivo", "<Sources><TextSource guid=\"" + SOURCE + "\" name=\"Anna\" richTextPath=\"internal://" + SOURCE
                + ".docx\" plainTextPath=\"internal://" + SOURCE + ".txt\"/></Sources>");
        Path file = Projects.zip(dir.resolve("word.qdpx"), Projects.entries("project.qde", qde, "sources/" + SOURCE + ".txt", " ",
                "sources/" + SOURCE + ".docx", docx));
        refused(file, "word.qdpx", "word/document.xml", "DOCTYPE");
    }

    @Test
    void xmlNestedBeyondTheLimitIsRefused() throws Exception {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            deep.append("<Code guid=\"").append(SOURCE).append("\" name=\"c").append(i).append("\" isCodable=\"true\">");
        }
        for (int i = 0; i < 120; i++) {
            deep.append("</Code>");
        }
        byte[] qde = Projects.qde("Test", "<CodeBook><Codes>" + deep + "</Codes></CodeBook>");
        refused(Projects.zip(dir.resolve("deep.qdpx"), Projects.entries("project.qde", qde)), "deep.qdpx", "refused", "depth");
        // and our own limit, where it is the lower one
        refused(Projects.zip(dir.resolve("deep2.qdpx"), Projects.entries("project.qde", qde)), new Limits(10, 1 << 20, 1 << 24,
                200, 1 << 20, 50), "deep2.qdpx", "nested more than 50");
    }

    @Test
    void aFileThatIsNoProjectIsRefusedClearly() throws Exception {
        refused(Projects.zip(dir.resolve("empty.qdpx"), Projects.entries("readme.txt", "hello")), "empty.qdpx", "no project.qde");
        Path notXml = dir.resolve("junk.qde");
        Files.writeString(notXml, "this is not XML");
        refused(notXml, "junk.qde", "not well-formed XML");
    }
}
