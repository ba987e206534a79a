package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.coprod.core.Library;
import org.coprod.testing.ExchangeLibraries;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code coprod refi export|import}, run as a user runs them, against real library folders and files. */
class RefiCommandTests {

    @TempDir
    Path dir;
    Path lib;
    String out;
    String err;

    @BeforeEach
    void library() throws Exception {
        lib = ExchangeLibraries.coded(dir.resolve("lib")).folder();
    }

    private int run(String... args) {
        CommandRun r = CommandRun.of(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    private static Map<String, Long> snapshot(Path folder) throws Exception {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().equals(".lock")) {
                    files.put(folder.relativize(p) + " " + Files.size(p), Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return files;
    }

    @Test
    void exportThenImportIntoANewLibraryCarriesEverythingOver() throws Exception {
        Path qdpx = dir.resolve("cases.qdpx");
        assertEquals(0, run("refi", "export", "--out", qdpx.toString(), "--library", lib.toString()), err);
        assertTrue(out.contains("Wrote 2 cases, 1 documents, 5 coded passages"), out);
        Path fresh = dir.resolve("fresh");
        assertEquals(0, run("refi", "import", qdpx.toString(), "--library", fresh.toString()), out + err);
        assertTrue(out.startsWith("imported 2 cases"), out);
        Library copy = Library.open(fresh);
        assertEquals(2, copy.root().getCases().size());
        assertEquals(5, copy.root().getCases().stream().mapToInt(c -> c.getSegments().size()).sum());
    }

    @Test
    void aDryRunWritesNothingAndSaysWhatItWouldDo() throws Exception {
        Path qdpx = dir.resolve("cases.qdpx");
        assertEquals(0, run("refi", "export", "--out", qdpx.toString(), "--library", lib.toString()));
        Map<String, Long> before = snapshot(lib);
        assertEquals(0, run("refi", "import", qdpx.toString(), "--merge", "--dry-run", "--library", lib.toString()), out + err);
        assertTrue(out.startsWith("dry run: would import 0 cases (+2 merged)"), out);
        assertEquals(before, snapshot(lib));
        Path fresh = dir.resolve("fresh");
        assertEquals(0, run("refi", "import", qdpx.toString(), "--dry-run", "--library", fresh.toString()), err);
        assertFalse(Files.exists(fresh));
    }

    @Test
    void theJsonReportCountsWhatWasImportedAndListsWhatWasNot() throws Exception {
        Path qdpx = dir.resolve("cases.qdpx");
        run("refi", "export", "--out", qdpx.toString(), "--library", lib.toString());
        assertEquals(0, run("refi", "import", qdpx.toString(), "--json", "--library", dir.resolve("fresh").toString()), err);
        JsonObject json = JsonParser.parseString(out).getAsJsonObject();
        assertTrue(json.get("imported").getAsBoolean());
        assertEquals(2, json.getAsJsonObject("counts").get("cases").getAsInt());
        assertEquals(5, json.getAsJsonObject("counts").get("segments").getAsInt());
        assertEquals(0, json.getAsJsonArray("notCarriedOver").size(), out);
        assertTrue(json.getAsJsonArray("notes").size() > 0, "the record notes kept as memos are said");
    }

    @Test
    void aCaseTheLibraryHasRefusesTheImportUnlessToldToSkipOrMerge() throws Exception {
        Path qdpx = dir.resolve("cases.qdpx");
        run("refi", "export", "--out", qdpx.toString(), "--library", lib.toString());
        Map<String, Long> before = snapshot(lib);
        assertEquals(2, run("refi", "import", qdpx.toString(), "--library", lib.toString()));
        assertTrue(err.contains("already has a case 'alpha'") && err.contains("nothing imported"), err);
        assertEquals(before, snapshot(lib));
        assertEquals(1, run("refi", "import", qdpx.toString(), "--skip-existing", "--library", lib.toString()), err);
        assertTrue(out.contains("(2 skipped)"), out);
        assertEquals(2, run("refi", "import", qdpx.toString(), "--skip-existing", "--merge", "--library", lib.toString()));
    }

    @Test
    void theCodebookAloneGoesToAQdcAndIntoAnotherLibrary() throws Exception {
        Path qdc = dir.resolve("codes.qdc");
        assertEquals(0, run("refi", "export", "--out", qdc.toString(), "--library", lib.toString()), err);
        assertTrue(out.contains("Wrote the codebook"), out);
        Path other = FixtureLibraries.twoCases(dir.resolve("other")).folder();
        int codes = Library.open(other).root().getCodebook().getCodes().size();
        assertEquals(0, run("refi", "import", qdc.toString(), "--library", other.toString()), out + err);
        assertEquals(codes + 3, Library.open(other).root().getCodebook().getCodes().size(), "the three user codes; built-ins matched");
    }

    @Test
    void badUsageIsRefusedWithAMessageAndExitTwo() throws Exception {
        assertEquals(2, run("refi"));
        assertEquals(2, run("refi", "send"));
        assertEquals(2, run("refi", "export", "--library", lib.toString()));
        assertTrue(err.contains("--out"), err);
        assertEquals(2, run("refi", "export", "--out", dir.resolve("x.txt").toString(), "--library", lib.toString()));
        assertEquals(2, run("refi", "export", "--out", dir.resolve("x.qdpx").toString(), "--cases", "alpha,gamma", "--library",
                lib.toString()));
        assertTrue(err.contains("gamma"), err);
        assertEquals(2, run("refi", "export", "--out", lib.resolve("x.qdpx").toString(), "--library", lib.toString()));
        assertTrue(err.contains("inside the case library"), err);
        assertEquals(2, run("refi", "import", dir.resolve("missing.qdpx").toString(), "--library", lib.toString()));
        assertTrue(err.contains("no such file"), err);
        Path notEmpty = Files.createDirectory(dir.resolve("stuff"));
        Files.writeString(notEmpty.resolve("a.txt"), "x");
        assertEquals(2, run("refi", "import", dir.resolve("missing.qdpx").toString(), "--library", notEmpty.toString()));
        assertTrue(err.contains("not empty"), err);
        assertEquals(0, run("refi", "--help"));
        assertTrue(out.contains("coprod refi import"), out);
    }

    @Test
    void aHostileArchiveIsRefusedNamingTheEntryAndWritesNothing() throws Exception {
        Path evil = dir.resolve("evil.qdpx");
        try (OutputStream o = Files.newOutputStream(evil); ZipOutputStream zip = new ZipOutputStream(o)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("../../outside.txt"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        Map<String, Long> before = snapshot(lib);
        assertEquals(2, run("refi", "import", evil.toString(), "--library", lib.toString()));
        assertTrue(err.contains("evil.qdpx") && err.contains("../../outside.txt"), err);
        assertEquals(before, snapshot(lib));
    }
}
