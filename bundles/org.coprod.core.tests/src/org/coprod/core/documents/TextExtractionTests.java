package org.coprod.core.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.coprod.core.evidence.CodePoints;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Original files of every kind become the one plain text that offsets count code points into. */
class TextExtractionTests {

    /** U+1F600 (an emoji) and U+20000 (the first CJK Extension B ideograph): two chars each in Java, one code point. */
    static final String EMOJI = new String(Character.toChars(0x1F600));
    static final String EXT_B = new String(Character.toChars(0x20000));

    @TempDir
    Path dir;

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private String message(Path file) {
        return assertThrows(DocumentException.class, () -> TextExtraction.extract(file, null)).getMessage();
    }

    @Test
    void plainTextLosesItsByteOrderMarkAndKeepsOnlyLineFeeds() throws Exception {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        Path file = Files.write(dir.resolve("interview.txt"), concat(bom, "one\r\ntwo\rthree\n\r\nfour".getBytes(StandardCharsets.UTF_8)));
        assertEquals("one\ntwo\nthree\n\nfour", TextExtraction.extract(file, null));
        Path md = Files.write(dir.resolve("notes.md"), concat(bom, "# Title\r\n\r\nBody".getBytes(StandardCharsets.UTF_8)));
        assertEquals("# Title\n\nBody", TextExtraction.extract(md, null));
    }

    @Test
    void charactersOutsideTheBasicPlaneAreOneCodePointEach() throws Exception {
        String text = "Sa" + EMOJI + " " + EXT_B + "!";
        Path file = Files.writeString(dir.resolve("outside.txt"), text);
        String extracted = TextExtraction.extract(file, null);
        assertEquals(text, extracted);
        assertEquals(8, extracted.length(), "Java counts chars");
        assertEquals(6, CodePoints.length(extracted), "S, a, emoji, space, ideograph, !");
        assertEquals(5, CodePoints.index(extracted, 4), "the ideograph starts after the emoji's two chars and the space");
        assertEquals(4, CodePoints.offset(extracted, 5));
        assertEquals(6, CodePoints.offset(extracted, extracted.length()));
    }

    @Test
    void textThatIsNotUtf8IsRefusedNamingTheFileAndTheByte() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        String m = message(latin1);
        assertTrue(m.contains(latin1.toString()) && m.contains("not UTF-8") && m.contains("offset 3") && m.contains("0xE9"), m);
        Path utf16 = Files.write(dir.resolve("utf16.md"), "hello".getBytes(StandardCharsets.UTF_16));
        m = message(utf16);
        assertTrue(m.contains(utf16.toString()) && m.contains("UTF-16"), m);
    }

    @Test
    void htmlKeepsItsParagraphsAsLinesAndDropsScriptsAndStyles() throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"), """
                <!DOCTYPE html><html><head><title>Tab title</title><style>p { color: red }</style>
                <script>var hidden = 1;</script></head>
                <body><h1>Orangi   Pilot Project</h1>
                <p>Residents built <b>lane</b>
                   sewers.</p><p>Second&nbsp;paragraph</p>
                <ul><li>one</li><li>two</li></ul>line<br>break
                <table><tr><td>cell a</td><td>cell b</td></tr></table>
                <p>%s %s</p></body></html>""".formatted(EMOJI, EXT_B));
        // a no-break space is spacing like any other: jsoup, as a browser's copy, gives a plain space
        assertEquals("Orangi Pilot Project\nResidents built lane sewers.\nSecond paragraph\none\ntwo\nline\nbreak\ncell a\ncell b\n"
                + EMOJI + " " + EXT_B, TextExtraction.extract(file, null));
        Path htm = Files.writeString(dir.resolve("short.htm"), "<p>just this</p>");
        assertEquals("just this", TextExtraction.extract(htm, null));
    }

    @Test
    void aWordDocumentGivesOneLinePerParagraph() throws Exception {
        Path file = Originals.docx(dir.resolve("report.docx"), List.of("Mutirão in Fortaleza", "", "Houses " + EMOJI + EXT_B),
                List.of("cell one", "cell two"));
        String text = TextExtraction.extract(file, null);
        assertEquals("Mutirão in Fortaleza\n\nHouses " + EMOJI + EXT_B + "\ncell one\ncell two", text);
        assertEquals(20 + 1 + 0 + 1 + 9 + 1 + 8 + 1 + 8, CodePoints.length(text));
    }

    @Test
    void aPdfIsReadPageByPageWithProgress() throws Exception {
        Path file = Originals.pdf(dir.resolve("minutes.pdf"), List.of("First page of the minutes", "Second page"));
        List<String> steps = new ArrayList<>();
        int[] worked = { 0, 0 };
        String text = TextExtraction.extract(file, new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int total) {
                worked[1] = total;
            }

            @Override
            public void subTask(String name) {
                steps.add(name);
            }

            @Override
            public void worked(int work) {
                worked[0] += work;
            }
        });
        assertEquals(List.of("First page of the minutes", "Second page"), Arrays.asList(text.strip().split("\n+")), text);
        assertFalse(text.contains("\r"));
        assertEquals(List.of("Page 1 of 2", "Page 2 of 2"), steps);
        assertTrue(worked[1] > 0 && worked[0] > 0, "progress was reported: " + Arrays.toString(worked));
    }

    @Test
    void cancellingStopsAPdfBetweenPages() throws Exception {
        Path file = Originals.pdf(dir.resolve("long.pdf"), List.of("one", "two", "three"));
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name.startsWith("Page 2")) {
                    setCanceled(true);
                }
            }
        };
        assertThrows(OperationCanceledException.class, () -> TextExtraction.extract(file, monitor));
    }

    @Test
    void encryptedGarbageAndTextlessPdfsAreRefusedInPlainWords() throws Exception {
        Path locked = Originals.encryptedPdf(dir.resolve("locked.pdf"), true);
        String m = message(locked);
        assertTrue(m.contains(locked.toString()) && m.contains("encrypted") && m.contains("password"), m);
        Path restricted = Originals.encryptedPdf(dir.resolve("restricted.pdf"), false);
        m = message(restricted);
        assertTrue(m.contains(restricted.toString()) && m.contains("encrypted"), m);
        Path garbage = Files.writeString(dir.resolve("garbage.pdf"), "this is not a PDF at all, just words");
        m = message(garbage);
        assertTrue(m.contains(garbage.toString()) && m.contains("not a PDF"), m);
        Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(Files.readAllBytes(locked), 200));
        assertTrue(message(truncated).contains(truncated.toString()));
        Path scanned = Originals.pdf(dir.resolve("scanned.pdf"), List.of(""));
        m = message(scanned);
        assertTrue(m.contains(scanned.toString()) && m.contains("no text") && m.contains("scanned"), m);
    }

    @Test
    void aWordDocumentThatIsNotOneOrDeclaresAnEntityIsRefusedWithoutReadingIt() throws Exception {
        Path notZip = Files.writeString(dir.resolve("letter.docx"), "plain words");
        String m = message(notZip);
        assertTrue(m.contains(notZip.toString()) && m.contains("not a Word document"), m);
        byte[] ole2 = Arrays.copyOf(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1 }, 1024);
        Path old = Files.write(dir.resolve("old.docx"), ole2);
        m = message(old);
        assertTrue(m.contains(old.toString()) && m.contains("97-2003"), m);

        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        Path good = Originals.docx(dir.resolve("good.docx"), List.of("harmless"), List.of());
        Path hostile = Originals.withExternalEntity(good, dir.resolve("hostile.docx"), secret);
        // POI refuses a DOCTYPE in a document part outright, so the entity is never resolved
        m = message(hostile);
        assertTrue(m.contains(hostile.toString()) && m.contains("not a Word document") && !m.contains("TOP-SECRET"), m);
    }

    @Test
    void unknownEmptyMissingAndHugeFilesAreRefused() throws Exception {
        Path rtf = Files.writeString(dir.resolve("memo.rtf"), "{\\rtf1 hello}");
        String m = message(rtf);
        assertTrue(m.contains(rtf.toString()) && m.contains(".rtf") && m.contains(".docx") && m.contains(".pdf"), m);
        Path bare = Files.writeString(dir.resolve("README"), "words");
        assertTrue(message(bare).contains("without an extension"));
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertTrue(message(empty).contains("is empty"));
        Path blank = Files.writeString(dir.resolve("blank.md"), " \n\t\n");
        assertTrue(message(blank).contains("has no text"));
        assertTrue(message(dir.resolve("nowhere.txt")).contains("no such file"));
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        assertTrue(message(folder).contains("not a file"));
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(TextExtraction.MAX_BYTES + 1); // sparse: takes no room on disk
        }
        m = message(huge);
        assertTrue(m.contains(huge.toString()) && m.contains("200 MB"), m);
    }
}
