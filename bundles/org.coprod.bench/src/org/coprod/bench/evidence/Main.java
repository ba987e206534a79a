package org.coprod.bench.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.coprod.core.evidence.CodeQuery;
import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.core.evidence.Retrieval;
import org.coprod.core.evidence.Retrieval.Found;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.search.CaseIndex;
import org.coprod.search.QuerySyntaxException;
import org.coprod.search.SegmentRequest;
import org.coprod.search.SegmentResults;
import org.coprod.search.SegmentSearch;

/**
 * {@code coprod bench evidence [--cases 10000] [--segments 200000] [--codes 50] [--rounds 200] [--seed 42]}: coded
 * passages on a synthetic library held in memory.
 * <ol>
 * <li>a new segment visible in retrieval: coding a passage through {@link PassageCoding} and retrieving its code with
 * {@link Retrieval}, p50 and p99, against a plain loop over the loaded model that finds the same segments;</li>
 * <li>the framework matrix of every case by 20 codes ({@link FrameworkMatrix#of}), against a plain nested loop that
 * counts the same cells;</li>
 * <li>a new segment visible in search: coding a passage, updating its case in the workbench's index and finding the
 * segment with {@link SegmentSearch} by code and case, p50 and p99, against a bare Lucene index of segment documents
 * updated and queried the same way.</li>
 * </ol>
 * {@code --no-search} leaves out the last part (which indexes the whole library first).
 */
public final class Main {

    private Main() {
    }

    public static int run(String[] args) {
        Map<String, String> o = options(args);
        int cases = Integer.parseInt(o.getOrDefault("cases", "10000"));
        int segments = Integer.parseInt(o.getOrDefault("segments", "200000"));
        int codes = Integer.parseInt(o.getOrDefault("codes", "50"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "200"));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        long t0 = System.nanoTime();
        SyntheticEvidence lib = SyntheticEvidence.generate(cases, codes, segments, seed);
        System.out.printf(Locale.ROOT, "library: %d cases, %d segments, %d codes, generated in %.1f s%n", cases, segments, codes,
                (System.nanoTime() - t0) / 1e9);
        newSegmentVisible(lib, rounds, seed);
        matrix(lib);
        if (!o.containsKey("no-search")) {
            try {
                newSegmentSearchable(lib, Math.min(rounds, 100), seed);
            } catch (IOException | QuerySyntaxException e) {
                System.err.println("coprod bench evidence: the search part failed: " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    private static void newSegmentSearchable(SyntheticEvidence lib, int rounds, long seed) throws IOException, QuerySyntaxException {
        Path dir = Files.createTempDirectory("coprod-bench-evidence");
        List<Case> all = lib.library.getCases();
        try (CaseIndex index = CaseIndex.open(dir.resolve("ours")); BareSegments bare = new BareSegments(dir.resolve("bare"))) {
            long t0 = System.nanoTime();
            for (int i = 0; i < all.size(); i += 500) {
                index.update(all.subList(i, Math.min(all.size(), i + 500)));
            }
            index.commit();
            long t1 = System.nanoTime();
            for (Case c : all) {
                bare.update(c, BareSegments.documents(c));
            }
            bare.commit();
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "indexing %d cases with their segments: workbench %.1f s, bare segment documents %.1f s%n",
                    all.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            SegmentSearch search = new SegmentSearch(index);
            Random r = new Random(seed + 2);
            List<Long> ours = new ArrayList<>();
            List<Long> bareTimes = new ArrayList<>();
            int invisible = 0;
            for (int i = 0; i < rounds + 10; i++) {
                Case c = all.get(r.nextInt(all.size()));
                Note note = c.getNotes().get(0);
                Code code = lib.codes.get(r.nextInt(lib.codes.size()));
                int start = r.nextInt(Math.max(1, note.getText().length() / 2));
                PassageCoding.Coding coding;
                try {
                    coding = PassageCoding.code(null, lib.library, c, note, start, start + 12, code, lib.coder, new Date(), null);
                } catch (Exception e) {
                    continue;
                }
                coding.command().execute();
                long a = System.nanoTime();
                index.update(c);
                SegmentResults found = search.search(SegmentRequest.of("").withCode(code.getName()).withCase(c.getId()));
                long b = System.nanoTime();
                bare.update(c, BareSegments.documents(c));
                List<String> bareFound = bare.find(c.getId(), code.getId());
                long d = System.nanoTime();
                String id = coding.segment().getId();
                if (found.hits().stream().noneMatch(h -> h.segmentId().equals(id)) || !bareFound.contains(id)) {
                    invisible++;
                }
                if (i >= 10) {
                    ours.add(b - a);
                    bareTimes.add(d - b);
                }
            }
            System.out.println("new segment visible in search (" + ours.size()
                    + " rounds: update the case, reopen, query by code and case)");
            System.out.println("              p50 ms    p99 ms");
            row("workbench", ours);
            row("bare Lucene", bareTimes);
            System.out.printf(Locale.ROOT, "  ratio p50 %.2f, p99 %.2f (aim: p99 <= 50 ms)%s%n", pct(ours, 50) / pct(bareTimes, 50),
                    pct(ours, 99) / pct(bareTimes, 99), invisible == 0 ? "; every new segment was found" : "; NOT FOUND: " + invisible);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void newSegmentVisible(SyntheticEvidence lib, int rounds, long seed) {
        Random r = new Random(seed + 1);
        List<Long> ours = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        int invisible = 0;
        List<Case> all = lib.library.getCases();
        for (int i = 0; i < rounds + 20; i++) {
            Case c = all.get(r.nextInt(all.size()));
            Note note = c.getNotes().get(0);
            Code code = lib.codes.get(r.nextInt(lib.codes.size()));
            int start = r.nextInt(Math.max(1, note.getText().length() / 2));
            long a = System.nanoTime();
            PassageCoding.Coding coding;
            try {
                coding = PassageCoding.code(null, lib.library, c, note, start, start + 15, code, lib.coder, new Date(), null);
            } catch (Exception e) {
                continue; // the same range drawn twice with the same code: not a new segment
            }
            coding.command().execute();
            List<Found> found = Retrieval.find(all, CodeQuery.of(code), Retrieval.Scope.SEGMENT, Retrieval.anyCase());
            long b = System.nanoTime();
            boolean visible = found.stream().anyMatch(f -> f.segment() == coding.segment());
            List<Segment> loop = plainLoop(all, code);
            long d = System.nanoTime();
            if (!visible || !loop.contains(coding.segment()) || loop.size() != found.size()) {
                invisible++;
            }
            if (i >= 20) { // the first rounds warm the JIT
                ours.add(b - a);
                bare.add(d - b);
            }
        }
        System.out.println("new segment visible in retrieval (" + rounds + " rounds, warm)");
        System.out.println("              p50 ms    p99 ms");
        row("workbench", ours);
        row("plain loop", bare);
        System.out.printf(Locale.ROOT, "  ratio p50 %.2f, p99 %.2f (aim: p99 <= 50 ms)%s%n", pct(ours, 50) / pct(bare, 50),
                pct(ours, 99) / pct(bare, 99), invisible == 0 ? "; every new segment was retrieved" : "; NOT RETRIEVED: " + invisible);
    }

    /** The baseline: the segments carrying a code, found by walking the model with nothing in between. */
    private static List<Segment> plainLoop(List<Case> cases, Code code) {
        List<Segment> out = new ArrayList<>();
        for (Case c : cases) {
            for (Segment s : c.getSegments()) {
                if (s.getCodes().contains(code)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static void matrix(SyntheticEvidence lib) {
        List<Code> twenty = lib.codes.subList(0, Math.min(20, lib.codes.size()));
        List<Case> all = lib.library.getCases();
        List<Long> ours = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long a = System.nanoTime();
            FrameworkMatrix m = FrameworkMatrix.of(all, twenty);
            long b = System.nanoTime();
            int[][] counts = new int[all.size()][twenty.size()];
            for (int row = 0; row < all.size(); row++) {
                for (Segment s : all.get(row).getSegments()) {
                    for (int col = 0; col < twenty.size(); col++) {
                        if (s.getCodes().contains(twenty.get(col))) {
                            counts[row][col]++;
                        }
                    }
                }
            }
            long d = System.nanoTime();
            if (m.cell(all.size() - 1, 0).count() != counts[all.size() - 1][0]) {
                System.out.println("  MISMATCH between the matrix and the plain loop");
            }
            if (i >= 3) {
                ours.add(b - a);
                bare.add(d - b);
            }
        }
        System.out.println("framework matrix: " + all.size() + " cases x " + twenty.size() + " codes (5 warm runs)");
        System.out.println("              p50 ms    p99 ms");
        row("workbench", ours);
        row("plain loop", bare);
        System.out.printf(Locale.ROOT, "  ratio p50 %.2f (aim: <= 1000 ms)%n", pct(ours, 50) / pct(bare, 50));
    }

    private static void row(String label, List<Long> nanos) {
        System.out.printf(Locale.ROOT, "  %-10s %8.2f  %8.2f%n", label, pct(nanos, 50), pct(nanos, 99));
    }

    /** The p-th percentile of durations, in milliseconds (nearest rank). */
    static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(rank) / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            o.put(args[i].replaceFirst("^--", ""), flag ? "" : args[++i]);
        }
        return o;
    }
}
