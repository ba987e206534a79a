package org.coprod.bench.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.core.importer.CaseImporter;
import org.coprod.core.importer.CaseTable;
import org.coprod.core.importer.ImportPlan;

/**
 * {@code coprod bench library [--cases 1000,10000,100000]}: importing n cases into an empty library, opening it, and
 * merging one row into it, at each size, so the curve shows whether each grows linearly. Baselines from the same run:
 * writing and reading the same files with plain {@code Files} calls, which no library can beat.
 */
public final class Main {

    private Main() {
    }

    public static int run(String[] args) throws Exception {
        List<Integer> sizes = List.of(1_000, 10_000);
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--cases")) {
                sizes = Stream.of(args[i + 1].split(",")).map(String::strip).map(Integer::valueOf).toList();
            }
        }
        System.out.printf("%8s %12s %12s %12s %14s %12s %12s%n", "cases", "import s", "bare write s", "open s", "bare read s",
                "merge 1 s", "files written");
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("coprod-bench-library");
            try {
                measure(dir, n);
            } finally {
                deleteTree(dir);
            }
        }
        return 0;
    }

    private static void measure(Path dir, int n) throws IOException {
        Path csv = dir.resolve("cases.csv");
        StringBuilder text = new StringBuilder("id,name,countries,summary,actors\n");
        for (int i = 0; i < n; i++) {
            text.append("case-").append(i).append(",Case ").append(i).append(",BR,\"A synthetic case, number ").append(i)
                    .append(", with a summary of some length to write.\",Residents ").append(i % 500)
                    .append("|community organisation|co-deliverer||\n");
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        Library library = Library.create(dir.resolve("lib"), "Bench");
        long t0 = System.nanoTime();
        ImportPlan plan = new CaseImporter(library).plan(CaseTable.read(csv), CaseImporter.Options.STRICT);
        plan.apply(library);
        library.save();
        double importSeconds = seconds(t0);
        List<Path> files = caseFiles(library.folder());
        List<byte[]> contents = new ArrayList<>();
        for (Path f : files) {
            contents.add(Files.readAllBytes(f));
        }
        Path bare = Files.createDirectories(dir.resolve("bare"));
        t0 = System.nanoTime();
        for (int i = 0; i < contents.size(); i++) {
            Files.write(bare.resolve(i + ".xmi"), contents.get(i));
        }
        double bareWrite = seconds(t0);
        t0 = System.nanoTime();
        Library opened = Library.open(library.folder());
        double open = seconds(t0);
        t0 = System.nanoTime();
        for (Path f : caseFiles(bare)) {
            Files.readAllBytes(f);
        }
        double bareRead = seconds(t0);
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "id,name,ongoing\ncase-7,Case seven renamed,no\n");
        t0 = System.nanoTime();
        ImportPlan merge = new CaseImporter(opened).plan(CaseTable.read(one), new CaseImporter.Options(false, true));
        merge.apply(opened);
        Library.Changes written = opened.save(merge.touchedCases());
        double mergeSeconds = seconds(t0);
        System.out.printf("%8d %12.2f %12.2f %12.2f %14.2f %12.2f %12d%n", n, importSeconds, bareWrite, open, bareRead, mergeSeconds,
                written.writes().size() + written.deletes().size());
    }

    private static List<Path> caseFiles(Path folder) throws IOException {
        Path cases = folder.resolve(Library.CASES_DIR);
        try (Stream<Path> s = Files.list(Files.isDirectory(cases) ? cases : folder)) {
            return s.filter(p -> p.toString().endsWith(Library.CASE_FILE_SUFFIX)).sorted().toList();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
