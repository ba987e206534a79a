package org.coprod.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import org.eclipse.equinox.app.IApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coprod.testing.FixtureLibraries;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * A command that stops on a {@link java.lang.Error} (a stack overflow, running out of memory) or an unexpected exception
 * exits non-zero with one line that says what happened, never with exit 0 and silence, and never with a stack trace
 * unless {@code COPROD_DEBUG} asks for one.
 */
class CommandFailuresTests {

    @TempDir
    static Path dir;
    /** Two hand-made cases: the failures under test never depend on what a library holds. */
    static Path library;

    String out;
    String err;

    @BeforeAll
    static void library() throws Exception {
        library = FixtureLibraries.twoCases(dir.resolve("two")).folder();
    }

    /** A command that fails the way the brief's own commands can, standing in for any of them. */
    private static Command failing(Throwable failure) {
        return new Command() {
            @Override
            public String name() {
                return "explode";
            }

            @Override
            public String summary() {
                return "fails";
            }

            @Override
            public String usage() {
                return "coprod explode";
            }

            @Override
            public int run(List<String> words, PrintStream o, PrintStream e) throws Exception {
                if (failure instanceof Exception x) {
                    throw x;
                }
                throw (Error) failure;
            }
        };
    }

    private int run(Command command, boolean debug, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Commands(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                List.of(command), debug).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private void assertOneLineWithoutInternals() {
        assertEquals(1, err.lines().count(), "one line:\n" + err);
        assertFalse(err.contains("\tat ") || err.contains("java.lang.") || err.contains("Exception"), "no Java internals:\n" + err);
    }

    @Test
    void outOfMemoryExitsWithTheFailureCodeAndOneLine() {
        assertEquals(Commands.FAILED, run(failing(new OutOfMemoryError("Java heap space")), false, "explode"));
        assertTrue(err.startsWith("coprod explode: ") && err.contains("out of memory"), err);
        assertOneLineWithoutInternals();
    }

    @Test
    void stackOverflowExitsWithTheFailureCodeAndOneLine() {
        assertEquals(Commands.FAILED, run(failing(new StackOverflowError()), false, "explode"));
        assertTrue(err.contains("nested too deeply"), err);
        assertOneLineWithoutInternals();
    }

    @Test
    void aBugIsAnInternalErrorWithoutItsJavaMessage() {
        NullPointerException bug = new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
        assertEquals(Commands.FAILED, run(failing(bug), false, "explode"));
        assertTrue(err.contains("internal error") && err.contains("COPROD_DEBUG=1"), err);
        assertFalse(err.contains("String.length()"), err);
        assertOneLineWithoutInternals();
    }

    @Test
    void debugAddsTheStackTrace() {
        assertEquals(Commands.FAILED, run(failing(new StackOverflowError()), true, "explode"));
        assertTrue(err.contains("java.lang.StackOverflowError") && err.contains("\tat "), err);
    }

    @Test
    void anUnreadableFileIsBadInputNamingTheFile() {
        assertEquals(Commands.BAD_USAGE, run(failing(new AccessDeniedException("/srv/library/cases/a.xmi")), false,
                "explode"));
        assertEquals("coprod explode: /srv/library/cases/a.xmi: permission denied\n", err);
        assertEquals(Commands.BAD_USAGE, run(failing(new NoSuchFileException("/srv/none.csv")), false, "explode"));
        assertEquals("coprod explode: /srv/none.csv: no such file or folder\n", err);
    }

    @Test
    void aMalformedLibraryOrCaseFileIsReportedWithoutTheParsersJava() throws Exception {
        Path lib = dir.resolve("torn");
        Files.createDirectories(lib.resolve("cases"));
        Files.writeString(lib.resolve("library.xmi"), "<?xml version=\"1.0\"?><coprod:CaseLibrary");
        assertEquals(Commands.BAD_USAGE, new Commands(new PrintStream(new ByteArrayOutputStream()), capture()).run(new String[] { "stats",
                "--library", lib.toString() }));
        err = captured.toString(StandardCharsets.UTF_8);
        assertTrue(err.startsWith("coprod stats: Cannot read " + lib.resolve("library.xmi").toAbsolutePath()), err);
        assertTrue(err.contains("XML document structures must start and end within the same entity."), err);
        assertFalse(err.contains("org.xml.sax") || err.contains("publicId") || err.contains("lineNumber"), err);
        assertEquals(1, err.lines().count(), err);
    }

    @Test
    void aReferenceDocumentThatIsNotWordIsSaidSoWithoutPoisWords() throws Exception {
        Path notWord = Files.writeString(dir.resolve("styles.docx"), "not a zip");
        Path out = dir.resolve("brief.docx");
        assertEquals(Commands.BAD_USAGE, new Commands(new PrintStream(new ByteArrayOutputStream()), capture()).run(new String[] { "brief",
                "--cases", "alpha", "--reference", notWord.toString(), "--out", out.toString(),
                "--library", library.toString() }));
        err = captured.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("not a Word (.docx) document"), err);
        assertFalse(err.contains("OOXML") || err.contains("POI") || err.contains("Exception"), err);
        assertFalse(Files.exists(out));
    }

    @Test
    void anEmptyLibraryOptionIsBadUsageNotTheCurrentFolder() {
        assertEquals(Commands.BAD_USAGE, new Commands(new PrintStream(new ByteArrayOutputStream()), capture()).run(new String[] { "stats",
                "--library=" }));
        assertEquals("coprod stats: option --library needs a folder\n", captured.toString(StandardCharsets.UTF_8));
    }

    private ByteArrayOutputStream captured;

    private PrintStream capture() {
        captured = new ByteArrayOutputStream();
        return new PrintStream(captured, true, StandardCharsets.UTF_8);
    }

    /** The reported case: a 5,000-level nested query, here deeper still so that any thread's stack overflows. */
    @Test
    void deeplyNestedSearchThroughTheApplicationExitsNonZeroWithOneLine() throws Exception {
        int depth = 200_000;
        String query = "(".repeat(depth) + "sewers" + ")".repeat(depth);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        Object code;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            code = new CommandLineApplication().start(context("search", query, "--library", library.toString()));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        err = e.toString(StandardCharsets.UTF_8);
        assertNotEquals(Integer.valueOf(0), code, "exit code; stderr:\n" + err);
        assertTrue(err.startsWith("coprod search: "), err);
        // The message, then (from the query parser) an excerpt of the query with a caret under the problem.
        assertTrue(err.lines().count() <= 3, "a message and where in the query, not a stack trace:\n" + err);
        assertFalse(err.contains("\tat ") || err.contains("java.lang."), err);
        assertTrue(err.length() < 1200, "the query is not echoed in full: " + err.length() + " characters");
    }

    private static IApplicationContext context(String... args) {
        return new IApplicationContext() {
            @Override
            public Map<String, Object> getArguments() {
                return Map.of(IApplicationContext.APPLICATION_ARGS, args);
            }

            @Override
            public void applicationRunning() {
            }

            @Override
            public String getBrandingApplication() {
                return null;
            }

            @Override
            public String getBrandingName() {
                return null;
            }

            @Override
            public String getBrandingDescription() {
                return null;
            }

            @Override
            public String getBrandingId() {
                return null;
            }

            @Override
            public String getBrandingProperty(String key) {
                return null;
            }

            @Override
            public Bundle getBrandingBundle() {
                return null;
            }

            @Override
            public void setResult(Object result, IApplication application) {
            }
        };
    }
}
