package org.coprod.bench.crosslang;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coprod.core.Library;
import org.coprod.core.importer.SampleLibrary;
import org.coprod.search.CaseIndex;
import org.coprod.search.CaseSearch;
import org.coprod.search.SearchHit;
import org.coprod.search.SearchRequest;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code coprod bench crosslang [--verbose]}: search across languages on the sample library. The questions of
 * {@link Queries} run twice in one run, on one index: as typed only (the baseline, the thesaurus off) and across
 * languages; for each language, the mean reciprocal rank of the expected case in the top 10 (MRR@10), the share of
 * questions with it in the top 10 (recall@10), and how often the query's language was told right.
 */
public final class Main {

    private static final int TOP = 10;

    private Main() {
    }

    public static int run(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("--verbose");
        Path dir = Files.createTempDirectory("coprod-bench-crosslang");
        Library library = SampleLibrary.materialize(dir.resolve("sample"));
        try (CaseIndex index = CaseIndex.open(library)) {
            index.synchronize(new NullProgressMonitor());
            CaseSearch typed = new CaseSearch(index, false);
            CaseSearch across = new CaseSearch(index, true);
            System.out.printf(Locale.ROOT, "cross-language search: %d questions on the sample library (%d cases)%n",
                    Queries.ALL.size(), library.root().getCases().size());
            for (Queries.Query q : Queries.ALL) {
                if (library.findCase(q.expected()).isEmpty()) {
                    System.err.println("crosslang: the sample library has no case " + q.expected());
                    return 1;
                }
            }
            Map<String, Figures> before = new LinkedHashMap<>();
            Map<String, Figures> after = new LinkedHashMap<>();
            for (Queries.Query q : Queries.ALL) {
                int rankBefore = rank(typed, q);
                int rankAfter = rank(across, q);
                before.computeIfAbsent(q.language(), l -> new Figures()).add(rankBefore, true);
                after.computeIfAbsent(q.language(), l -> new Figures()).add(rankAfter,
                        across.languageOf(q.text()).equals(q.language()));
                if (verbose) {
                    System.out.printf(Locale.ROOT, "  [%s→%s] %-70s %-36s before %-3s after %s%n", q.language(),
                            across.languageOf(q.text()), q.text(), q.expected(), show(rankBefore), show(rankAfter));
                }
            }
            System.out.printf(Locale.ROOT, "%n%-9s %9s %16s %16s %17s %17s %14s%n", "language", "questions",
                    "MRR@10 typed", "MRR@10 across", "recall@10 typed", "recall@10 across", "language told");
            Figures allBefore = new Figures();
            Figures allAfter = new Figures();
            for (String language : before.keySet()) {
                Figures b = before.get(language);
                Figures a = after.get(language);
                print(language, b, a);
                if (!language.equals("en")) {
                    allBefore.addAll(b);
                    allAfter.addAll(a);
                }
            }
            print("pt+es+fr", allBefore, allAfter);
            System.out.printf(Locale.ROOT, "%nMRR@10 across / typed for pt+es+fr: %.2f; English across / typed: %.2f%n",
                    allAfter.mrr() / Math.max(allBefore.mrr(), 1e-9),
                    after.get("en").mrr() / Math.max(before.get("en").mrr(), 1e-9));
        }
        return 0;
    }

    private static void print(String language, Figures b, Figures a) {
        System.out.printf(Locale.ROOT, "%-9s %9d %16.2f %16.2f %17.2f %17.2f %11d/%d%n", language, b.count, b.mrr(), a.mrr(),
                b.recall(), a.recall(), a.told, a.count);
    }

    private static String show(int rank) {
        return rank == 0 ? "-" : Integer.toString(rank);
    }

    /** The rank (1-based) of the expected case in the top 10, or 0 when it is not there. */
    private static int rank(CaseSearch search, Queries.Query q) throws Exception {
        List<SearchHit> hits = search.search(SearchRequest.of(q.text()).withLimit(TOP)).hits();
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).id().equals(q.expected())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Reciprocal ranks and hits of one language's questions. */
    private static final class Figures {
        private final List<Integer> ranks = new ArrayList<>();
        private int count;
        private int told;

        void add(int rank, boolean languageTold) {
            ranks.add(rank);
            count++;
            told += languageTold ? 1 : 0;
        }

        void addAll(Figures other) {
            ranks.addAll(other.ranks);
            count += other.count;
            told += other.told;
        }

        double mrr() {
            return ranks.stream().mapToDouble(r -> r == 0 ? 0 : 1.0 / r).sum() / Math.max(count, 1);
        }

        double recall() {
            return ranks.stream().filter(r -> r > 0).count() / (double) Math.max(count, 1);
        }
    }
}
