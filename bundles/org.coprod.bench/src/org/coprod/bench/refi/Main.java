package org.coprod.bench.refi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.coprod.bench.SyntheticLibrary;
import org.coprod.bench.evidence.SyntheticEvidence;
import org.coprod.core.Library;
import org.coprod.core.importer.SampleLibrary;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Coders;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.Segment;
import org.coprod.refi.ProjectExport;
import org.coprod.refi.RefiImport;
import org.coprod.refi.RefiPlan;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code coprod bench refi [--cases 10000] [--segments 200000] [--codes 50] [--seed 42] [--keep DIR]} (or
 * {@code --import-from DIR [--existing]}, the import phase alone from what {@code --keep DIR} left, into a new library
 * or into the sample library): a synthetic
 * library written to disk (the cases of {@link SyntheticLibrary}, coded as {@link SyntheticEvidence} codes them), exported
 * to a REFI-QDA project with {@link ProjectExport} and that project imported into a new library with
 * {@link RefiImport#intoNewLibrary}. Baselines from the same run: the library's own save of the same cases
 * ({@link Library#save}) and zipping its folder with {@code java.util.zip} for the export; the library's own open
 * ({@link Library#open}) and unzipping the project with {@code java.util.zip} for the import; then the same project is
 * imported into an existing library (the sample library, opened), against its own open and the save of one case. Each phase reports its
 * wall time, MB/s of the project's uncompressed content, and the peak heap it reached (the sum of the heap pools' peaks
 * after a reset, which slightly over-counts) above the heap in use before it.
 */
public final class Main {

    private static final double MB = 1024.0 * 1024.0;

    private Main() {
    }

    public static int run(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int cases = Integer.parseInt(o.getOrDefault("cases", "10000"));
        int segments = Integer.parseInt(o.getOrDefault("segments", "200000"));
        int codes = Integer.parseInt(o.getOrDefault("codes", "50"));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        if (o.containsKey("import-from") && o.containsKey("existing")) {
            return intoExistingOnly(Path.of(o.get("import-from")));
        }
        if (o.containsKey("import-from")) {
            return importOnly(Path.of(o.get("import-from")));
        }
        Path dir = o.containsKey("keep") ? Files.createDirectories(Path.of(o.get("keep"))) : Files.createTempDirectory("coprod-bench-refi");
        try {
            return measure(dir, cases, segments, codes, seed);
        } finally {
            if (!o.containsKey("keep")) {
                deleteTree(dir);
            }
        }
    }

    private static int measure(Path dir, int cases, int segments, int codes, long seed) throws Exception {
        long t0 = System.nanoTime();
        Library library = SyntheticLibrary.write(dir.resolve("library"), cases, seed);
        Coder coder = Coders.create("bench-coder", "Bench Coder");
        library.root().getCoders().add(coder);
        List<Code> made = new ArrayList<>();
        for (int i = 0; i < codes; i++) {
            made.add(CodebookChanges.create(String.format(Locale.ROOT, "code %02d", i), null, "Synthetic code " + i, "#336699"));
        }
        library.root().getCodebook().getCodes().addAll(made);
        SyntheticEvidence.code(library.root().getCases(), made, coder, segments, seed);
        System.out.printf(Locale.ROOT, "library: %d cases, %d segments, %d codes, generated in %.1f s%n", cases, segments, codes,
                seconds(t0));

        Phase save = Phase.run(() -> library.save());
        long folderBytes = treeBytes(library.folder());
        Path zipped = dir.resolve("library.zip");
        Phase zip = Phase.run(() -> zipTree(library.folder(), zipped));
        Path qdpx = dir.resolve("library.qdpx");
        Phase export = Phase.run(() -> new ProjectExport(library).write(qdpx, false, new NullProgressMonitor()));
        long content = contentBytes(qdpx);

        System.out.printf(Locale.ROOT, "library folder %.1f MB; .qdpx %.1f MB (%.0f%% of the folder; %.1f MB uncompressed);"
                + " the folder zipped %.1f MB (%.0f%%)%n", folderBytes / MB, Files.size(qdpx) / MB, 100.0 * Files.size(qdpx) / folderBytes,
                content / MB, Files.size(zipped) / MB, 100.0 * Files.size(zipped) / folderBytes);
        System.out.println(HEADING);
        save.print("baseline: library save", folderBytes);
        zip.print("baseline: zip the folder", folderBytes);
        export.print("export .qdpx", content);
        System.out.printf(Locale.ROOT, "  export / save %.2f, export / zip %.2f (aim: export <= 20 s)%n", export.seconds / save.seconds,
                export.seconds / zip.seconds);
        int result = importing(library.folder(), qdpx, dir.resolve("imported"), cases, passages(library), segments);
        Path existing = dir.resolve("existing");
        try {
            return Math.max(result, intoExisting(existing, qdpx, content, cases));
        } finally {
            if (Files.exists(existing)) {
                deleteTree(existing);
            }
        }
    }

    /**
     * {@code --import-from DIR --existing}: only the import into an existing library (the sample library, opened as the
     * workbench holds it), first, in a heap that holds nothing else, from the project a {@code --keep DIR} run left.
     */
    private static int intoExistingOnly(Path dir) throws Exception {
        Path qdpx = dir.resolve("library.qdpx");
        Path existing = dir.resolve("existing-" + ProcessHandle.current().pid());
        System.out.printf(Locale.ROOT, "import into an existing library only, from %s; max heap %.0f MB%n", dir,
                Runtime.getRuntime().maxMemory() / MB);
        long content = contentBytes(qdpx);
        try {
            System.out.println(HEADING);
            return intoExisting(existing, qdpx, content, -1);
        } finally {
            if (Files.exists(existing)) {
                deleteTree(existing);
            }
        }
    }

    /**
     * Imports the project into an existing library: the sample library, written to {@code folder} and opened, as the
     * workbench and {@code coprod refi import --library} hold it, then {@link RefiImport#plan} and {@link RefiPlan#commit}
     * (one all-or-nothing save of the library with every imported case). The library's own open of the sample and its
     * save of one changed case are the baselines. 0 when the library then has its cases and every case of the project.
     */
    private static int intoExisting(Path folder, Path qdpx, long content, int cases) throws Exception {
        SampleLibrary.materialize(folder);
        long sampleBytes = treeBytes(folder);
        Library[] library = new Library[1];
        Phase open = Phase.run(() -> library[0] = Library.open(folder));
        int before = library[0].root().getCases().size();
        Case first = library[0].root().getCases().get(0);
        Phase saveOne = Phase.run(() -> {
            first.setSummary(first.getSummary() + " (saved again)");
            library[0].save(List.of(first));
        });
        RefiPlan.Outcome[] outcome = new RefiPlan.Outcome[1];
        Phase importing = Phase.run(() -> {
            RefiPlan plan = new RefiImport(library[0], RefiImport.Options.DEFAULT).plan(qdpx, new NullProgressMonitor());
            outcome[0] = plan.commit(library[0], false);
        });
        open.print("baseline: open the sample", sampleBytes);
        saveOne.print("baseline: save one case of it", sampleBytes);
        importing.print("import into the sample", content);
        int held = library[0].root().getCases().size();
        library[0] = null;
        int reopened = Library.open(folder).root().getCases().size();
        int imported = reopened - before;
        boolean whole = held == reopened && imported > 0 && (cases < 0 || imported == cases);
        System.out.printf(Locale.ROOT, "  the sample's %d cases and %d imported (%d files written), %d after opening it again%s%n",
                before, held - before, outcome[0].files(), reopened, whole ? "" : " — NOT EVERY CASE OF THE PROJECT");
        return whole ? 0 : 1;
    }

    /**
     * {@code --import-from DIR}: only the import and its baselines, from the library and project a run with
     * {@code --keep DIR} left, so that they can run in a JVM of another size (the workbench's -Xmx1g). The import runs
     * first, in a heap that holds nothing else; what it must give is counted after it, from the library opened.
     */
    private static int importOnly(Path dir) throws Exception {
        Path folder = dir.resolve("library");
        Path qdpx = dir.resolve("library.qdpx");
        Path imported = dir.resolve("imported-" + ProcessHandle.current().pid());
        System.out.printf(Locale.ROOT, "import only, from %s; max heap %.0f MB%n", dir, Runtime.getRuntime().maxMemory() / MB);
        long folderBytes = treeBytes(folder);
        long content = contentBytes(qdpx);
        try {
            RefiPlan.Outcome[] outcome = new RefiPlan.Outcome[1];
            Phase importing = Phase.run(() -> outcome[0] = RefiImport.intoNewLibrary(imported, qdpx, RefiImport.Options.DEFAULT, false,
                    new NullProgressMonitor()));
            System.out.println(HEADING);
            importing.print("import into a new library", content);
            Phase unzip = Phase.run(() -> contentBytes(qdpx));
            unzip.print("baseline: unzip the .qdpx", content);
            long[] back = counts(Library.open(imported));
            Library[] opened = new Library[1];
            Phase open = Phase.run(() -> opened[0] = Library.open(folder));
            open.print("baseline: library open", folderBytes);
            long[] original = counts(opened[0]);
            opened[0] = null;
            System.out.printf(Locale.ROOT, "  import / open %.2f, import / unzip %.2f (aim: import <= 20 s)%n",
                    importing.seconds / open.seconds, importing.seconds / unzip.seconds);
            boolean same = back[0] == original[0] && back[1] == original[2] && back[2] == original[2];
            System.out.printf(Locale.ROOT, "imported: %d cases, %d segments (the library: %d cases, %d segments, %d distinct passages), %d"
                    + " report entries%s%n", back[0], back[1], original[0], original[1], original[2], outcome[0].report().entries().size(),
                    same ? "" : " — NOT THE LIBRARY EXPORTED");
            return same ? 0 : 1;
        } finally {
            if (Files.exists(imported)) {
                deleteTree(imported);
            }
        }
    }

    /** A library's cases, segments and distinct passages. */
    private static long[] counts(Library library) {
        long segments = library.root().getCases().stream().mapToLong(c -> c.getSegments().size()).sum();
        return new long[] { library.root().getCases().size(), segments, passages(library) };
    }

    private static final String HEADING = " ".repeat(32) + "wall s   CPU s   GC s    MB/s   peak heap MB (above the heap in use"
            + " before); CPU: this thread's, the machine may be shared";

    /** The import phase with its baselines (the library's own open, unzipping the project); 0 when the import is whole. */
    private static int importing(Path folder, Path qdpx, Path imported, int cases, long passages, long segments) throws Exception {
        long folderBytes = treeBytes(folder);
        long content = contentBytes(qdpx);
        Phase open = Phase.run(() -> Library.open(folder));
        Phase unzip = Phase.run(() -> contentBytes(qdpx));
        RefiPlan.Outcome[] outcome = new RefiPlan.Outcome[1];
        Phase importing = Phase.run(() -> outcome[0] = RefiImport.intoNewLibrary(imported, qdpx, RefiImport.Options.DEFAULT, false,
                new NullProgressMonitor()));
        Library back = Library.open(imported);
        long backSegments = back.root().getCases().stream().mapToLong(c -> c.getSegments().size()).sum();
        open.print("baseline: library open", folderBytes);
        unzip.print("baseline: unzip the .qdpx", content);
        importing.print("import into a new library", content);
        System.out.printf(Locale.ROOT, "  import / open %.2f, import / unzip %.2f (aim: import <= 20 s)%n",
                importing.seconds / open.seconds, importing.seconds / unzip.seconds);
        boolean same = back.root().getCases().size() == cases && backSegments == passages && passages(back) == passages;
        System.out.printf(Locale.ROOT, "imported: %d cases, %d segments (the library's %d segments are %d distinct passages: a coder's"
                + " two segments of the same span become one with both codes), %d report entries%s%n", back.root().getCases().size(),
                backSegments, segments, passages, outcome[0].report().entries().size(), same ? "" : " — NOT THE LIBRARY EXPORTED");
        outcome[0].report().entries().stream().limit(5).forEach(e -> System.out.println("  " + e));
        return same ? 0 : 1;
    }

    /** The distinct passages of a library: a coder's span of a text of a case, whatever its codes. */
    private static long passages(Library library) {
        Set<String> seen = new HashSet<>();
        for (Case c : library.root().getCases()) {
            for (Segment s : c.getSegments()) {
                seen.add(c.getId() + "|" + s.getText().getId() + "|" + s.getStart() + "|" + s.getEnd() + "|"
                        + (s.getCoder() == null ? "" : s.getCoder().getId()));
            }
        }
        return seen.size();
    }

    /** A timed phase: wall time, this thread's CPU time, time in GC, and the peak heap it reached. */
    private record Phase(double seconds, double cpu, double gc, long heapBefore, long peak) {

        interface Work {
            void run() throws Exception;
        }

        static Phase run(Work work) throws Exception {
            System.gc();
            long before = Heap.used();
            Heap.resetPeaks();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long gc0 = Heap.gcMillis();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            double s = Main.seconds(t0);
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            return new Phase(s, cpu, (Heap.gcMillis() - gc0) / 1e3, before, Heap.peak());
        }

        void print(String label, long bytes) {
            System.out.printf(Locale.ROOT, "  %-28s %7.2f %7.2f %6.2f %7.1f   %7.0f (%.0f before)%n", label, seconds, cpu, gc,
                    bytes / MB / seconds, Math.max(0, peak - heapBefore) / MB, heapBefore / MB);
        }
    }

    /** The baseline of the export: every file of the library folder into one zip, as any archiver would. */
    private static void zipTree(Path folder, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(folder.relativize(f).toString()));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
    }

    /** Reads every entry of a zip to its end (the baseline of the import), returning their uncompressed bytes. */
    private static long contentBytes(Path zip) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            while (z.getNextEntry() != null) {
                for (int n; (n = z.read(buffer)) > 0;) {
                    total += n;
                }
            }
        }
        return total;
    }

    private static long treeBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            o.put(args[i].replaceFirst("^--", ""), flag ? "" : args[++i]);
        }
        return o;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
