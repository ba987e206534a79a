package org.coprod.bench.agreement;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coprod.agreement.Agreement;
import org.coprod.agreement.AgreementReport;
import org.coprod.agreement.PassageComparison;
import org.coprod.bench.evidence.SyntheticEvidence;
import org.coprod.core.evidence.CodePoints;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.Note;
import org.coprod.model.Segment;

/**
 * {@code coprod bench agreement [--cases 10000] [--segments 200000] [--codes 50] [--rounds 5] [--seed 42]}: the
 * agreement between two coders of a synthetic library held in memory (the first coder's segments as {@code coprod
 * bench evidence} makes them, a second coder's from {@link SecondCoder}), computed by {@link Agreement#inLibrary},
 * against a plain loop that marks every code point of every text per code and coder and counts them, in the same run.
 * Both must find the same counts.
 */
public final class Main {

    private Main() {
    }

    public static int run(String[] args) {
        Map<String, String> o = options(args);
        int cases = Integer.parseInt(o.getOrDefault("cases", "10000"));
        int segments = Integer.parseInt(o.getOrDefault("segments", "200000"));
        int codes = Integer.parseInt(o.getOrDefault("codes", "50"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "5"));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        long t0 = System.nanoTime();
        SyntheticEvidence lib = SyntheticEvidence.generate(cases, codes, segments, seed);
        Coder second = SecondCoder.add(lib, seed);
        long all = lib.library.getCases().stream().mapToLong(c -> c.getSegments().size()).sum();
        System.out.printf(Locale.ROOT, "library: %d cases, %d segments of two coders, %d codes, generated in %.1f s%n", cases, all, codes,
                (System.nanoTime() - t0) / 1e9);
        List<Coder> coders = List.of(lib.coder, second);
        List<Long> ours = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        List<Long> oursCpu = new ArrayList<>();
        List<Long> plainCpu = new ArrayList<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] plainCounts = null;
        AgreementReport report = null;
        for (int i = 0; i < rounds + 1; i++) { // the first round warms the JIT and is not counted
            long a = System.nanoTime();
            long ca = cpu.getCurrentThreadCpuTime();
            report = Agreement.inLibrary(lib.library, coders);
            long b = System.nanoTime();
            long cb = cpu.getCurrentThreadCpuTime();
            plainCounts = PlainLoop.count(lib.library.getCases(), lib.coder, second);
            long d = System.nanoTime();
            long cd = cpu.getCurrentThreadCpuTime();
            if (i > 0) {
                ours.add(b - a);
                plain.add(d - b);
                oursCpu.add(cb - ca);
                plainCpu.add(cd - cb);
            }
        }
        long[] oursCounts = counts(report.passages().get(0));
        PassageComparison pair = report.passages().get(0);
        System.out.printf(Locale.ROOT, "passages: %d texts coded by both, %d code-text rows; overall agreement %s, kappa %s%n",
                pair.texts(), pair.rows().size(), pair.overall().agreement().percent(), pair.overall().kappa().text());
        report.cases().reliabilities().stream().filter(r -> r.category() == null).forEach(r -> System.out.printf(Locale.ROOT,
                "  %-16s units %6d  alpha %s  kappa %s%n", r.measure().label(), r.units(), r.alpha().text(), r.kappa().text()));
        System.out.println("agreement of two coders (" + rounds + " warm rounds)");
        System.out.println("                       p50 ms    max ms   p50 CPU ms (this thread: the machine may be shared)");
        row("workbench (all)", ours, oursCpu);
        row("plain code-point loop", plain, plainCpu);
        System.out.printf(Locale.ROOT, "  ratio p50 %.2f (aim: workbench <= 2000 ms)%s%n", pct(ours, 50) / pct(plain, 50),
                Arrays.equals(oursCounts, plainCounts) ? "; the same counts of code points"
                        : "; COUNTS DIFFER: " + Arrays.toString(oursCounts) + " vs " + Arrays.toString(plainCounts));
        return Arrays.equals(oursCounts, plainCounts) ? 0 : 1;
    }

    /** Both, first only, second only, neither, summed over every row. */
    private static long[] counts(PassageComparison pair) {
        long[] sum = new long[4];
        for (PassageComparison.Row r : pair.rows()) {
            sum[0] += r.table().both();
            sum[1] += r.table().firstOnly();
            sum[2] += r.table().secondOnly();
            sum[3] += r.table().neither();
        }
        return sum;
    }

    /**
     * The baseline: for every text both coders coded and every code either used there, a flag per code point and
     * coder, set segment by segment and then counted one by one.
     */
    static final class PlainLoop {

        private PlainLoop() {
        }

        static long[] count(List<Case> cases, Coder first, Coder second) {
            long[] sum = new long[4];
            for (Case c : cases) {
                Map<CodableText, List<Segment>> byText = new LinkedHashMap<>();
                for (Segment s : c.getSegments()) {
                    byText.computeIfAbsent(s.getText(), k -> new ArrayList<>()).add(s);
                }
                for (Map.Entry<CodableText, List<Segment>> e : byText.entrySet()) {
                    boolean a = e.getValue().stream().anyMatch(s -> s.getCoder() == first);
                    boolean b = e.getValue().stream().anyMatch(s -> s.getCoder() == second);
                    if (a && b) {
                        text(e.getKey(), e.getValue(), first, second, sum);
                    }
                }
            }
            return sum;
        }

        private static void text(CodableText text, List<Segment> segments, Coder first, Coder second, long[] sum) {
            int length = CodePoints.length(((Note) text).getText());
            Map<Code, boolean[][]> marks = new HashMap<>();
            for (Segment s : segments) {
                int who = s.getCoder() == first ? 0 : s.getCoder() == second ? 1 : -1;
                if (who < 0) {
                    continue;
                }
                for (Code code : s.getCodes()) {
                    boolean[] m = marks.computeIfAbsent(code, k -> new boolean[2][length])[who];
                    for (int i = Math.max(0, s.getStart()); i < Math.min(length, s.getEnd()); i++) {
                        m[i] = true;
                    }
                }
            }
            for (boolean[][] m : marks.values()) {
                for (int i = 0; i < length; i++) {
                    sum[m[0][i] ? (m[1][i] ? 0 : 1) : (m[1][i] ? 2 : 3)]++;
                }
            }
        }
    }

    private static void row(String label, List<Long> nanos, List<Long> cpu) {
        System.out.printf(Locale.ROOT, "  %-21s %8.1f  %8.1f   %8.1f%n", label, pct(nanos, 50), pct(nanos, 100), pct(cpu, 50));
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
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
