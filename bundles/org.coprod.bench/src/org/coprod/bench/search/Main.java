package org.coprod.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.coprod.bench.SyntheticLibrary;
import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.search.CaseDocument;
import org.coprod.search.CaseIndex;
import org.coprod.search.CaseSearch;
import org.coprod.search.SearchRequest;

/**
 * {@code coprod bench search [--cases N] [--seed S] [--rounds R] [--edits E] [--dir DIR] [--keep]}: the search index
 * against bare Lucene, in one run, on a synthetic library generated in memory (cases are made one at a time from the
 * seed and dropped once indexed; no case files are written):
 * <ol>
 * <li>indexing throughput (cases/s, MB/s of text) of the workbench's indexer against a bare IndexWriter indexing the
 * same texts with the same analyzers, fields and facet fields;</li>
 * <li>query latency (top 10 + facet counts + one highlighted snippet per hit) over a fixed mix of free-text, phrase,
 * fielded and prefix queries, warm, against bare Lucene doing the same work on the same index;</li>
 * <li>edit-to-visible latency of one edited case (near-real-time reopen) against bare Lucene on its own index.</li>
 * </ol>
 * {@code coprod bench search --write DIR --cases N [--seed S]} only writes a synthetic library folder.
 */
public final class Main {

    /** The fixed query mix: kind, query. */
    static final String[][] QUERIES = {
            { "free", "residents savings federation" },
            { "free", "council housing land" },
            { "free", "community organisers water" },
            { "free", "participatory budget city" },
            { "free", "volunteers village shop" },
            { "free", "health care elderly people" },
            { "free", "sewers lane residents" },
            { "free", "informal settlement upgrading" },
            { "phrase", "\"informal settlement\"" },
            { "phrase", "\"local government\"" },
            { "phrase", "\"social care\"" },
            { "phrase", "\"participatory budget\"" },
            { "phrase", "\"community organisations\"" },
            { "phrase", "\"moradores\" \"orçamento participativo\"" },
            { "fielded", "country:BR housing" },
            { "fielded", "cell:P2-D2 sanitation" },
            { "fielded", "sector:sanitation residents" },
            { "fielded", "actortype:NGO water" },
            { "fielded", "+country:IN +sector:housing" },
            { "fielded", "casetype:\"case study\" savings" },
            { "prefix", "sanit*" },
            { "prefix", "hous*" },
            { "prefix", "organis*" },
            { "prefix", "partic*" },
            { "prefix", "federa*" },
            { "prefix", "vivien*" } };

    private Main() {
    }

    public static int run(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int cases = Integer.parseInt(options.getOrDefault("cases", "10000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
        int edits = Integer.parseInt(options.getOrDefault("edits", "200"));
        if (options.containsKey("write")) {
            // Only write a synthetic library folder (for trying the workbench or the command line on a large one).
            Path folder = Path.of(options.get("write"));
            long t0 = System.nanoTime();
            Library library = SyntheticLibrary.write(folder, cases, seed);
            System.out.printf(Locale.ROOT, "wrote %,d synthetic cases to %s in %.1f s%n", library.root().getCases().size(),
                    library.folder(), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
        Path dir = options.containsKey("dir") ? Path.of(options.get("dir"))
                : Files.createTempDirectory("coprod-bench-search");
        Files.createDirectories(dir);
        Path ours = dir.resolve("ours").resolve(CaseIndex.FOLDER);
        Path bare = dir.resolve("bare");
        deleteTree(dir.resolve("ours"));
        deleteTree(bare);
        System.out.printf(Locale.ROOT, "search benchmark: %,d synthetic cases (seed %d), generated in memory one at a time, "
                + "no case files written; work folder %s; %d cores, max heap %d MB%n", cases, seed, dir,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        SyntheticLibrary generator = SyntheticLibrary.inMemory(seed);

        // 1. Indexing throughput. Both indexers work side by side, in blocks of cases taking turns to go first, so
        // that load from other programs on the machine falls on both alike; case generation and the extraction of
        // the bare indexer's texts happen outside the timings.
        long chars = 0;
        long generation = 0;
        long oursNanos = 0;
        long bareNanos = 0;
        int block = 500;
        try (CaseIndex index = CaseIndex.open(ours); BareLucene lucene = new BareLucene(bare)) {
            for (int from = 0; from < cases; from += block) {
                int to = Math.min(cases, from + block);
                long g = System.nanoTime();
                List<Case> batch = new ArrayList<>(to - from);
                List<BareLucene.Texts> texts = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    Case c = generator.generate(i);
                    batch.add(c);
                    BareLucene.Texts t = texts(c);
                    texts.add(t);
                    chars += t.chars();
                }
                generation += System.nanoTime() - g;
                boolean oursFirst = (from / block) % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    long t0 = System.nanoTime();
                    if (oursFirst == (turn == 0)) {
                        for (Case c : batch) {
                            index.update(c);
                        }
                        oursNanos += System.nanoTime() - t0;
                    } else {
                        // By id on both sides, as the index's public API writes (replacing any earlier document).
                        for (BareLucene.Texts t : texts) {
                            lucene.update(t.id(), BareLucene.document(t));
                        }
                        bareNanos += System.nanoTime() - t0;
                    }
                }
                if ((to / block) % Math.max(1, cases / block / 10) == 0) {
                    System.out.printf(Locale.ROOT, "  %,d of %,d indexed by each%n", to, cases);
                }
            }
            long t0 = System.nanoTime();
            index.commit();
            long t1 = System.nanoTime();
            lucene.commit();
            oursNanos += t1 - t0;
            bareNanos += System.nanoTime() - t1;
        } // closing waits for merges: untimed, so the next phase starts on a quiet machine
        double mb = chars / 1e6;
        double oursRate = cases / (oursNanos / 1e9);
        double bareRate = cases / (bareNanos / 1e9);
        System.out.printf(Locale.ROOT, "%nIndexing %,d cases, %.0f MB of text (%.1f KB/case; generation and text extraction for bare "
                + "%.1f s, untimed)%n",
                cases, mb, chars / 1e3 / cases, generation / 1e9);
        System.out.printf(Locale.ROOT, "  ours  %8.1f cases/s  %6.2f MB/s  (%.1f s)%n", oursRate, mb / (oursNanos / 1e9), oursNanos / 1e9);
        System.out.printf(Locale.ROOT, "  bare  %8.1f cases/s  %6.2f MB/s  (%.1f s)%n", bareRate, mb / (bareNanos / 1e9), bareNanos / 1e9);
        System.out.printf(Locale.ROOT, "  ratio ours/bare throughput %.2f (aim >= 0.8)%n", oursRate / bareRate);
        System.out.printf(Locale.ROOT, "  index size: ours %,d MB, bare %,d MB%n", size(ours) >> 20, size(bare) >> 20);

        // 2. Query latency, warm, on the same index (ours), alternating which goes first.
        try (CaseIndex index = CaseIndex.open(ours); BareLucene lucene = new BareLucene(dir.resolve("bare-scratch"));
                DirectoryReader reader = DirectoryReader.open(FSDirectory.open(ours))) {
            CaseSearch search = new CaseSearch(index);
            IndexSearcher bareSearcher = new IndexSearcher(reader);
            Map<String, List<Long>> oursByKind = new LinkedHashMap<>();
            Map<String, List<Long>> bareByKind = new LinkedHashMap<>();
            List<String> mismatches = new ArrayList<>();
            for (int warm = 0; warm < 3; warm++) {
                for (String[] q : QUERIES) {
                    long a = search.search(new SearchRequest(q[1], Map.of(), 10, SearchRequest.Order.RELEVANCE)).total();
                    long b = lucene.search(bareSearcher, q[1]);
                    if (warm == 0 && a != b) {
                        mismatches.add(q[1] + ": ours " + a + ", bare " + b);
                    }
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (String[] q : QUERIES) {
                    for (int turn = 0; turn < 2; turn++) {
                        boolean oursTurn = (turn == 0) == (round % 2 == 0);
                        long t0 = System.nanoTime();
                        if (oursTurn) {
                            search.search(new SearchRequest(q[1], Map.of(), 10, SearchRequest.Order.RELEVANCE));
                        } else {
                            lucene.search(bareSearcher, q[1]);
                        }
                        long t = System.nanoTime() - t0;
                        (oursTurn ? oursByKind : bareByKind).computeIfAbsent(q[0], k -> new ArrayList<>()).add(t);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%nQuery latency, warm (%d queries x %d rounds; top 10 + %d facet dimensions + one snippet "
                    + "per hit)%n",
                    QUERIES.length, rounds, CaseDocument.FACETS.size());
            System.out.println("  kind       ours p50   ours p99   bare p50   bare p99   ratio p50  ratio p99");
            List<Long> allOurs = new ArrayList<>();
            List<Long> allBare = new ArrayList<>();
            for (String kind : oursByKind.keySet()) {
                List<Long> o = oursByKind.get(kind);
                List<Long> b = bareByKind.get(kind);
                allOurs.addAll(o);
                allBare.addAll(b);
                row(kind, o, b);
            }
            row("all", allOurs, allBare);
            System.out.println("  (aim: ours <= 1.2 x bare, ours p99 <= 30 ms)");
            System.out.println(mismatches.isEmpty() ? "  same hit counts as bare for every query"
                    : "  hit counts differ: " + mismatches);
        }

        // 3. Edit-to-visible latency: one case edited, then searched for a word only the edit added.
        try (CaseIndex index = CaseIndex.open(ours); BareLucene lucene = new BareLucene(bare)) {
            CaseSearch search = new CaseSearch(index);
            Random r = new Random(seed);
            List<Long> oursTimes = new ArrayList<>();
            List<Long> bareTimes = new ArrayList<>();
            List<Long> oursUpdate = new ArrayList<>();
            List<Long> bareUpdate = new ArrayList<>();
            int invisible = 0;
            for (int k = -10; k < edits; k++) { // the first 10 warm up and are not counted
                int i = r.nextInt(cases);
                // Digits keep the stemmer off the marker, so no two markers ever share a stem.
                String marker = "nrt" + (k + 10) + "probe" + (k + 10);
                Case c = generator.generate(i);
                c.setSummary(c.getSummary() + " Edited: " + marker + ".");
                BareLucene.Texts t = texts(c);
                Document doc = BareLucene.document(t);
                for (int turn = 0; turn < 2; turn++) {
                    boolean oursTurn = (turn == 0) == (k % 2 == 0);
                    long t0 = System.nanoTime();
                    long found;
                    long t1;
                    if (oursTurn) {
                        index.update(c);
                        t1 = System.nanoTime();
                        found = search.search(new SearchRequest(marker, Map.of(), 10, SearchRequest.Order.RELEVANCE)).total();
                    } else {
                        lucene.update(t.id(), doc);
                        t1 = System.nanoTime();
                        found = lucene.search(marker, true);
                    }
                    long time = System.nanoTime() - t0;
                    if (k >= 0) {
                        (oursTurn ? oursUpdate : bareUpdate).add(t1 - t0);
                    }
                    if (found != 1) {
                        invisible++;
                    }
                    if (k >= 0) {
                        (oursTurn ? oursTimes : bareTimes).add(time);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%nEdit to visible (%d edits: update one case, reopen near-real-time, search it with facets "
                    + "and snippet)%n", edits);
            System.out.println("  kind       ours p50   ours p99   bare p50   bare p99   ratio p50  ratio p99");
            row("edit", oursTimes, bareTimes);
            row(" update", oursUpdate, bareUpdate);
            System.out.println("  (update: ours turns the case into its document inside the timing; bare gets the document ready-made)");
            System.out.println("  (aim: ours p50 <= 15 ms, p99 <= 60 ms)" + (invisible == 0 ? "; every edit was visible to the next search"
                    : "; " + invisible + " edits NOT visible"));
        }
        if (!options.containsKey("keep")) {
            deleteTree(dir.resolve("ours"));
            deleteTree(bare);
            deleteTree(dir.resolve("bare-scratch"));
        }
        return 0;
    }

    static BareLucene.Texts texts(Case c) {
        return new BareLucene.Texts(c.getId(), c.getPeriodStart(), CaseDocument.texts(c), CaseDocument.keywords(c));
    }

    private static void row(String kind, List<Long> ours, List<Long> bare) {
        double o50 = percentile(ours, 50);
        double o99 = percentile(ours, 99);
        double b50 = percentile(bare, 50);
        double b99 = percentile(bare, 99);
        System.out.printf(Locale.ROOT, "  %-8s %8.2f ms %8.2f ms %8.2f ms %8.2f ms %9.2f %9.2f%n", kind, o50, o99, b50, b99,
                o50 / b50, o99 / b99);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(List<Long> nanos, int p) {
        long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, rank - 1)] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a
                        + "' (options: --cases N --seed S --rounds R --edits E --dir DIR --keep, or --write DIR --cases N)");
            }
            String name = a.substring(2);
            if (name.equals("keep")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
        }
        if (!Arrays.asList("cases", "seed", "rounds", "edits", "dir", "keep", "write").containsAll(options.keySet())) {
            throw new IllegalArgumentException("unknown option among " + options.keySet());
        }
        return options;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
