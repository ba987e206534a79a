package org.coprod.bench.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.coprod.bench.SyntheticLibrary;
import org.coprod.core.Library;
import org.coprod.core.importer.SampleLibrary;
import org.coprod.model.CoprodPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * The workbench benchmark, {@code coprod bench ui [--cases N] [--runs R] [--library DIR]}, run under a display
 * ({@code xvfb-run -a ./coprod bench ui}). It launches the releng product it runs in (the shipped product plus the
 * benchmarks) through its coprod.sh, as a user would launch the shipped one, and reads the timing lines
 * it prints with {@code -Dcoprod.timing=true}; each figure is set against a baseline measured in the same run:
 * <ul>
 * <li>launch to a usable window on the sample library (window shown, navigator and matrix filled) against the bare
 * 3.x workbench (the same product's {@code org.coprod.bench.ui.bare} application: empty perspective, no library);</li>
 * <li>the N-case library usable (navigator and matrix filled from the summary cache) against EMF's default eager load
 * of all N case files, in time and heap.</li>
 * </ul>
 */
public final class Main {

    /** The baseline application, from the org.coprod.bench.ui bundle. */
    private static final String BARE_WORKBENCH = "org.coprod.bench.ui.bare";

    private Main() {
    }

    public static int run(String[] args) throws Exception {
        int cases = intOption(args, "--cases", 10_000);
        int runs = intOption(args, "--runs", 3);
        Path product = productFolder();
        Path work = Files.createTempDirectory("coprod-bench-ui");
        Path sample = work.resolve("sample");
        SampleLibrary.materialize(sample);
        Path large = option(args, "--library") != null ? Path.of(option(args, "--library")) : largeLibrary(cases);
        System.out.printf("coprod bench ui: product %s, %d runs each (median), large library %s%n", product, runs, large);

        // Warm the OSGi cache once, as an installed product has it, then alternate baseline and product.
        launch(product, work, "window", List.of("-application", BARE_WORKBENCH));
        launch(product, work, "loaded", List.of("-coprod.library", sample.toString()));
        List<Double> bare = new ArrayList<>();
        List<Double> window = new ArrayList<>();
        List<Double> usable = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            bare.add(launch(product, work, "window", List.of("-application", BARE_WORKBENCH)).get("window"));
            Map<String, Double> t = launch(product, work, "loaded", List.of("-coprod.library", sample.toString()));
            window.add(t.get("window"));
            usable.add(t.get("summaries"));
        }
        double bareMs = median(bare);
        double usableMs = median(usable);
        System.out.printf("%nLaunch on the sample library (process start to ...), median of %d:%n", runs);
        System.out.printf("  baseline bare 3.x workbench window     %7.0f ms%n", bareMs);
        System.out.printf("  product window shown                   %7.0f ms  ratio %.2f%n", median(window), median(window) / bareMs);
        System.out.printf("  product usable (navigator + matrix)    %7.0f ms  ratio %.2f  (aim <= 3000 ms)%n", usableMs, usableMs / bareMs);

        // The launcher flags proposed for coprod.sh: an AppCDS archive made by the first start, reused after.
        // Each gets its own archive; the bare workbench with one is the fair baseline for this variant.
        String cds = "-XX:SharedArchiveFile=" + work.resolve("workbench.jsa") + " -XX:+AutoCreateSharedArchive";
        String bareCds = "-XX:SharedArchiveFile=" + work.resolve("bare.jsa") + " -XX:+AutoCreateSharedArchive";
        launch(product, work, "loaded", List.of("-coprod.library", sample.toString()), cds);
        launch(product, work, "window", List.of("-application", BARE_WORKBENCH), bareCds);
        List<Double> cdsUsable = new ArrayList<>();
        List<Double> cdsBare = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            cdsBare.add(launch(product, work, "window", List.of("-application", BARE_WORKBENCH), bareCds).get("window"));
            cdsUsable.add(launch(product, work, "loaded", List.of("-coprod.library", sample.toString()), cds).get("summaries"));
        }
        System.out.printf("  with AppCDS (proposed launcher flags): bare window %.0f ms; product usable %.0f ms, ratio %.2f%n",
                median(cdsBare),
                median(cdsUsable), median(cdsUsable) / median(cdsBare));

        // The large library: baseline first (it also warms the file cache for both).
        EagerLoad eager = eagerLoad(large);
        Files.deleteIfExists(large.resolve(".summaries"));
        // Opened in the running workbench, as File > Open Library does (no read-ahead during start-up).
        String inWorkbench = "-Dcoprod.prefetch=false";
        Map<String, Double> cold = launch(product, work, "summaries", List.of("-coprod.library", large.toString()), inWorkbench);
        List<Double> open = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        Map<String, Double> last = null;
        for (int r = 0; r < runs; r++) {
            last = launch(product, work, "loaded", List.of("-coprod.library", large.toString()), inWorkbench);
            open.add(last.get("summaries.open"));
            heap.add(last.get("summaries.heap"));
        }
        double openMs = median(open);
        double heapMb = median(heap);
        System.out.printf("%n%d-case library, median of %d:%n", eager.cases, runs);
        System.out.printf("  baseline EMF eager load of every case file  %7.0f ms  heap %5.0f MB%n", eager.ms, eager.heapMb);
        System.out.printf("  usable: navigator + matrix filled          %7.0f ms  ratio %.3f  (aim <= 2000 ms)%n", openMs,
                openMs / eager.ms);
        System.out.printf("  heap of the whole workbench when usable                 %5.0f MB  ratio %.2f  (aim <= 300 MB)%n", heapMb,
                heapMb / eager.heapMb);
        System.out.printf("  first open, summary cache built             %7.0f ms%n", cold.get("summaries.open"));
        System.out.printf("  full library loaded in the background       %7.0f ms  heap %5.0f MB%n", last.get("loaded.open"),
                last.get("loaded.heap"));
        deleteTree(work);
        return 0;
    }

    /** EMF's default: a plain resource set with the XMI factory, every case file loaded eagerly. */
    record EagerLoad(int cases, double ms, double heapMb) {
    }

    static EagerLoad eagerLoad(Path library) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(library.resolve(Library.CASES_DIR))) {
            files = s.filter(p -> p.toString().endsWith(Library.CASE_FILE_SUFFIX)).sorted().toList();
        }
        long before = usedHeap();
        long t0 = System.nanoTime();
        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(CoprodPackage.eNS_URI, CoprodPackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        rs.getResource(URI.createFileURI(library.resolve(Library.LIBRARY_FILE).toString()), true);
        for (Path f : files) {
            rs.getResource(URI.createFileURI(f.toString()), true);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        double heap = (usedHeap() - before) / 1048576.0;
        int n = rs.getResources().size() - 1;
        rs.getResources().forEach(Resource::unload);
        return new EagerLoad(n, ms, heap);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * Starts the product (its own coprod.sh, a fresh workspace) and reads its timing lines until {@code until} is
     * reached; returns milliseconds from process start to each line ("window", "summaries", "loaded"), plus each line's
     * own figures ("summaries.open", "summaries.heap", ...).
     */
    static Map<String, Double> launch(Path product, Path work, String until, List<String> args) throws IOException, InterruptedException {
        return launch(product, work, until, args, "");
    }

    static Map<String, Double> launch(Path product, Path work, String until, List<String> args, String vmArgs) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(product.resolve("coprod.sh").toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Path workspace = Files.createTempDirectory(work, "ws");
        pb.environment().put("COPROD_WORKSPACE", workspace.toString());
        pb.environment().put("COPROD_HOME", work.resolve("home").toString());
        pb.environment().put("JDK_JAVA_OPTIONS", "-Dcoprod.timing=true -Dcoprod.exitAfter=" + until + " " + vmArgs);
        Map<String, Double> out = new HashMap<>();
        long t0 = System.nanoTime();
        Process p = pb.start();
        List<String> log = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                log.add(line);
                if (line.startsWith("COPROD-TIMING ")) {
                    double at = (System.nanoTime() - t0) / 1e6;
                    String[] parts = line.split(" ");
                    out.put(parts[1], at);
                    for (String kv : Arrays.copyOfRange(parts, 2, parts.length)) {
                        String[] pair = kv.split("=");
                        if (pair[0].endsWith("_ms") || pair[0].endsWith("_mb")) {
                            out.put(parts[1] + "." + pair[0].substring(0, pair[0].length() - 3), Double.parseDouble(pair[1]));
                        }
                    }
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (!out.containsKey(until)) {
            System.err.println("coprod bench ui: the product never reached '" + until + "'; it said:");
            log.stream().skip(Math.max(0, log.size() - 30)).forEach(System.err::println);
            throw new IllegalStateException("launch failed: " + command);
        }
        deleteTree(workspace);
        return out;
    }

    /** The library of N synthetic cases, generated once and kept (it is deterministic). */
    private static Path largeLibrary(int cases) throws Exception {
        Path folder = Path.of(System.getProperty("user.home"), ".coprod", "bench", "synthetic-" + cases);
        if (Files.isRegularFile(folder.resolve(Library.LIBRARY_FILE))) {
            return folder;
        }
        Path building = folder.resolveSibling(folder.getFileName() + ".building");
        deleteTree(building);
        long t0 = System.nanoTime();
        // The shared generator: realistic cases and notes from the sample library's vocabulary, deterministic by seed.
        SyntheticLibrary.write(building, cases, 42L);
        System.out.printf("generated %d cases with SyntheticLibrary in %.1f s%n", cases, (System.nanoTime() - t0) / 1e9);
        Files.move(building, folder);
        return folder;
    }

    /** The folder of the installation this runs in (the releng product's, holding coprod.sh beside bench.sh). */
    private static Path productFolder() throws Exception {
        String home = System.getProperty("eclipse.home.location");
        Path dir = home != null ? Path.of(URI.createURI(home.replace(" ", "%20")).toFileString()) : Path.of(".");
        if (!Files.isRegularFile(dir.resolve("coprod.sh"))) {
            throw new IllegalStateException("coprod bench ui runs from an installed product (bench.sh ui beside coprod.sh); "
                    + "no coprod.sh in " + dir);
        }
        return dir;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static int intOption(String[] args, String name, int fallback) {
        String v = option(args, name);
        return v == null ? fallback : Integer.parseInt(v);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

}
