package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coprod.core.Library;
import org.coprod.testing.SampleLibraries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** {@code coprod search} as a hostile tester runs it: links, read-only folders, two runs at once, absurd queries. */
class SearchCommandTests {

    @TempDir
    static Path dir;

    @BeforeAll
    static void privateCache() {
        // Where an index goes when the library cannot hold it; never the real user's cache.
        System.setProperty("coprod.cache", dir.resolve("cache").toString());
    }

    @AfterAll
    static void forgetCache() {
        System.clearProperty("coprod.cache");
    }

    /** The exit code, what was printed and what was said on stderr. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Commands(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private static double total(Run run) {
        return (Double) new Gson().fromJson(run.out(), Map.class).get("total");
    }

    @Test
    void anIndexLinkedToTheCasesFolderLeavesEveryCaseInPlace() throws Exception {
        Library library = SampleLibraries.copyTo(dir.resolve("linked"));
        int cases = library.root().getCases().size();
        Files.createSymbolicLink(library.folder().resolve(".index"), library.folder().resolve("cases"));
        for (int i = 0; i < 2; i++) {
            Run search = run("search", "", "--library", library.folder().toString(), "--json");
            assertEquals(0, search.code(), search.err());
            assertEquals(cases, total(search), search.out());
            assertTrue(search.err().contains("symbolic link"), search.err());
        }
        Run stats = run("stats", "--library", library.folder().toString());
        assertEquals(0, stats.code(), stats.err());
        assertEquals(cases, Library.open(library.folder()).root().getCases().size());
    }

    @Test
    void anIndexOfAnOlderLuceneIsRebuiltWithAPlainMessage() throws Exception {
        Library library = SampleLibraries.copyTo(dir.resolve("older"));
        int cases = library.root().getCases().size();
        Run first = run("search", "", "--library", library.folder().toString(), "--json");
        assertEquals(0, first.code(), first.err());
        // Lucene 6's commit point: its codec header with segments version 6, where Lucene 9 reads 7 and later.
        ByteBuffer header = ByteBuffer.allocate(4 + 1 + 8 + 4 + 16);
        header.putInt(0x3fd76c17).put((byte) 8).put("segments".getBytes(StandardCharsets.US_ASCII)).putInt(6);
        try (Stream<Path> files = Files.list(library.folder().resolve(".index"))) {
            for (Path segments : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(segments, header.array());
            }
        }
        Run search = run("search", "", "--library", library.folder().toString(), "--json");
        assertEquals(0, search.code(), search.err());
        assertEquals(cases, total(search), search.out());
        assertEquals("coprod search: rebuilt the search index because it was written by an older version of the program",
                search.err().strip());
        Run again = run("search", "", "--library", library.folder().toString(), "--json");
        assertEquals("", again.err());
        assertEquals(cases, total(again), again.out());
    }

    @Test
    void twoSearchesAtOnceOnALibraryWithoutAnIndexBothFindEveryCase() throws Exception {
        for (int round = 0; round < 4; round++) {
            Library library = SampleLibraries.copyTo(dir.resolve("race" + round));
            int cases = library.root().getCases().size();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Run> runs = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Thread thread = new Thread(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    runs.add(run("search", "", "--library", library.folder().toString(), "--json"));
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join(120_000);
            }
            assertEquals(2, runs.size());
            for (Run r : runs) {
                assertEquals(0, r.code(), "round " + round + ": " + r.err());
                assertEquals(cases, total(r), "round " + round + ": " + r.out() + r.err());
                assertFalse(r.err().contains("Exception"), r.err());
            }
        }
    }

    @Test
    void aQueryNestedFiveThousandDeepIsRefusedWithAMessage() throws Exception {
        Run r = run("search", "(".repeat(5000) + "water" + ")".repeat(5000), "--library",
                SampleLibraries.copyTo(dir.resolve("deep")).folder().toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("nested more than"), r.err());
        assertTrue(r.err().length() < 600, "a message and the part of the query around the problem: " + r.err());
    }

    @Test
    void exportWritesEveryCaseTheQueryAndFacetsMatchInTheirOrder() throws Exception {
        Library library = SampleLibraries.copyTo(dir.resolve("export"));
        String lib = library.folder().toString();
        String[] search = { "search", "community OR housing", "--facet", "country=pk", "--facet", "country=in", "--library", lib };
        Run json = run(concat(search, "--limit", "1000", "--json"));
        assertEquals(0, json.code(), json.err());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hits = (List<Map<String, Object>>) new Gson().fromJson(json.out(), Map.class).get("hits");
        List<String> expected = hits.stream().map(h -> (String) h.get("id")).toList();
        assertTrue(expected.size() > 1, json.out());
        for (String id : expected) {
            List<String> countries = library.findCase(id).orElseThrow().getCountries();
            assertTrue(countries.contains("PK") || countries.contains("IN"), id + " " + countries);
        }
        for (String name : List.of("found.csv", "found.participedia.csv")) {
            Path file = dir.resolve(name);
            Run export = run(concat(search, "--limit", "1", "--export", file.toString()));
            assertEquals(0, export.code(), export.err());
            assertTrue(export.out().contains("Wrote " + expected.size() + " cases"), export.out());
            assertEquals(expected, csvIds(file), name + ": every match, not only the first --limit");
        }
        Path xlsx = dir.resolve("found.xlsx");
        assertEquals(0, run(concat(search, "--export", xlsx.toString())).code());
        List<String> inBook = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheetAt(0).forEach(row -> inBook.add(row.getCell(0).getStringCellValue()));
        }
        assertEquals(expected, inBook.subList(1, inBook.size()));
        Run again = run(concat(search, "--export", xlsx.toString()));
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists: use --force"), again.err());
        Run wrong = run(concat(search, "--export", dir.resolve("found.docx").toString()));
        assertTrue(wrong.err().contains(".participedia.csv"), wrong.err());
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    private static List<String> csvIds(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(text))) {
            List<String> ids = new ArrayList<>();
            p.getRecords().stream().skip(1).forEach(r -> ids.add(r.get(0)));
            return ids;
        }
    }
}
