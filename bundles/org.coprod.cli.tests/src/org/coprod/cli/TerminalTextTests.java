package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** User text echoed by the command line never carries a raw control character to the terminal. */
class TerminalTextTests {

    private static final String ESCAPES = "\u001B]0;owned\u0007\u001B[2J\r\u009B31m\u202Eevil";

    @TempDir
    Path dir;

    String out;
    String err;

    private int run(String... args) {
        CommandRun r = CommandRun.of(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    /** Neither C0 nor C1 controls (but line feed and tab) nor bidirectional overrides. */
    private static void assertPrintable(String text) {
        text.codePoints().forEach(c -> assertFalse(TerminalText.unsafe(c), String.format("U+%04X in %s", c, text)));
    }

    @Test
    void anUnknownCommandIsEchoedWithItsControlCharactersVisible() {
        assertEquals(2, run("frob" + ESCAPES));
        assertPrintable(err);
        assertTrue(err.contains("'frob\\u001B]0;owned\\u0007\\u001B[2J\\u000D\\u009B31m\\u202Eevil'"), err);
    }

    @Test
    void anUnknownOptionAndABadValueAreEchoedSafely() {
        assertEquals(2, run("stats", "--x" + ESCAPES));
        assertPrintable(err);
        assertTrue(err.contains("unknown option --x\\u001B]0;owned"), err);
        assertEquals(2, run("similar", "a", "--limit", "9" + ESCAPES));
        assertPrintable(err);
    }

    /** A case file (XML 1.0) cannot hold C0 controls, but it can hold C1 controls, DEL and bidirectional overrides. */
    @Test
    void aCaseNameFromTheLibraryIsPrintedSafelyAndJsonStaysJson() throws Exception {
        String name = "Lane sewers\u009B31m\u007F\u202Eevil";
        Library library = Library.create(dir.resolve("lib"), "Escapes");
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId("escapes");
        c.setName(name);
        library.addCase(c); // no country: validate names the case in its error
        library.save();
        assertEquals(1, run("validate", "--library", library.folder().toString()));
        assertPrintable(out);
        assertTrue(out.contains("Lane sewers\\u009B31m\\u007F\\u202Eevil"), out);
        assertEquals(1, run("validate", "--library", library.folder().toString(), "--json"));
        assertPrintable(out);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new Gson().fromJson(out, Map.class);
        assertTrue(json.toString().contains(name), "the escapes read back as the name's own characters: " + json);
    }

    /** A spreadsheet's cell quoted back in an import error. */
    @Test
    void aValueQuotedFromAnImportedFileIsEchoedSafely() throws Exception {
        Library library = Library.create(dir.resolve("import"), "Import");
        Path csv = dir.resolve("cases.csv");
        Files.writeString(csv, "id,name,countries\nlanes,Lane sewers,Z" + ESCAPES + "\n");
        assertEquals(2, run("import", csv.toString(), "--library", library.folder().toString()));
        assertPrintable(err);
        assertTrue(err.contains("'Z\\u001B]0'"), err); // the importer splits countries at ';'
        assertTrue(err.contains("'\\u009B31m\\u202Eevil'"), err);
    }

    @Test
    void ordinaryTextPassesUnchanged() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream safe = TerminalText.printing(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = "São Paulo — Orangi\tPilot 😀 Ελλάδα ✓\n";
        safe.print(text);
        safe.flush();
        assertEquals(text, bytes.toString(StandardCharsets.UTF_8));
        assertTrue(TerminalText.printing(safe) == safe, "wrapped once only");
    }
}
