package org.coprod.bench.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.coprod.core.Library;
import org.coprod.core.importer.SampleLibrary;
import org.coprod.export.Brief;
import org.coprod.export.BriefAssembler;
import org.coprod.export.BriefExport;
import org.coprod.export.BriefRequest;
import org.coprod.export.DocxWriter;
import org.coprod.export.Figure;
import org.coprod.export.MarkdownWriter;
import org.coprod.model.Case;

/**
 * {@code coprod bench brief [--runs N] [--pandoc-runs N] [--cli-runs N] [--out DIR] [--cases a,b,...] [--library DIR] [--look]}:
 * the time to write the five-case comparative brief as .docx in this process (warm, median of N), against Debian's
 * pandoc turning our own Markdown brief into .docx (one process per run, as a user would), measured in the same run;
 * then {@code coprod brief} end to end with JVM start. {@code --look} also converts both .docx files to PDF with
 * LibreOffice and renders their pages to PNG with pdftoppm, for a person to look at.
 */
public final class Main {

    static final List<String> FIVE = List.of("porto-alegre-op", "sure-start-gateshead", "caterham-barracks", "beacon-falmouth",
            "tackley-village-shop");

    private Main() {
    }

    public static int run(String[] args) throws Exception {
        int runs = intArg(args, "--runs", 30);
        int pandocRuns = intArg(args, "--pandoc-runs", 10);
        int cliRuns = intArg(args, "--cli-runs", 3);
        Path out = Path.of(stringArg(args, "--out", System.getProperty("java.io.tmpdir") + "/coprod-bench-brief"));
        List<String> ids = List.of(stringArg(args, "--cases", String.join(",", FIVE)).split(","));
        Files.createDirectories(out);
        Path libraryFolder = args.length > 0 && Arrays.asList(args).contains("--library") ? Path.of(stringArg(args, "--library", ""))
                : SampleLibrary.defaultFolder();
        Library library = Library.open(libraryFolder);
        List<Case> cases = BriefExport.cases(library, ids);
        BriefRequest request = BriefRequest.of(cases).withTitle("Co-production compared: five Bovaird cases")
                .withQuestion("Options for community-led services").withAuthor("Benchmark");

        Brief brief = BriefAssembler.assemble(request);
        Path markdown = out.resolve("brief.md");
        Files.writeString(markdown, MarkdownWriter.toMarkdown(brief, "brief"), StandardCharsets.UTF_8);
        // the figures beside the Markdown, as coprod brief writes them: pandoc embeds them in its .docx
        for (Figure f : BriefExport.figures(brief)) {
            Files.write(out.resolve(MarkdownWriter.figureFile("brief", f)), f.png());
        }
        Path ours = out.resolve("ours.docx");
        Files.write(ours, docx(brief));
        System.out.printf("Brief: %d cases, Markdown %.1f KB, our .docx %.1f KB (%s)%n", cases.size(), Files.size(markdown) / 1024.0,
                Files.size(ours) / 1024.0, out);

        // Warm-up: class loading and JIT, as in a workbench that has written a brief before.
        for (int i = 0; i < Math.max(10, runs); i++) {
            docx(BriefAssembler.assemble(request));
        }
        // Ours and pandoc take turns (three of ours, then one of pandoc), so that both see the same load on the machine.
        // CPU is counted too: ours over every thread of this JVM (the figures are drawn on other cores), pandoc's as the
        // shell's children's time; on a loaded machine wall time says more about the others than about either side.
        double[] write = new double[runs];
        double[] assembleAndWrite = new double[runs];
        double[] cpuAll = new double[runs];
        boolean pandocHere = available("pandoc", "--version");
        if (!pandocHere) {
            System.out.println("pandoc not found (apt-get install -y pandoc): no baseline");
        }
        double[] pandoc = new double[pandocHere ? pandocRuns : 0];
        double[] pandocCpu = new double[pandoc.length];
        Path pandocDocx = out.resolve("pandoc.docx");
        int pandocDone = 0;
        for (int i = 0; i < runs; i++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            Brief b = BriefAssembler.assemble(request);
            long t1 = System.nanoTime();
            docx(b);
            long t2 = System.nanoTime();
            cpuAll[i] = (cpuNanos() - c0) / 1e6;
            write[i] = (t2 - t1) / 1e6;
            assembleAndWrite[i] = (t2 - t0) / 1e6;
            boolean turn = pandocDone < pandoc.length && (i % 3 == 2 || runs - i <= pandoc.length - pandocDone);
            if (turn) {
                double[] wallAndCpu = pandoc(out, pandocDocx, markdown);
                pandoc[pandocDone] = wallAndCpu[0];
                pandocCpu[pandocDone++] = wallAndCpu[1];
            }
        }
        double oursMs = median(write);
        double oursAllMs = median(assembleAndWrite);
        double pandocMs = pandoc.length == 0 ? Double.NaN : median(Arrays.copyOf(pandoc, pandocDone));
        double pandocCpuMs = pandoc.length == 0 ? Double.NaN : median(Arrays.copyOf(pandocCpu, pandocDone));

        System.out.println();
        System.out.println("| what | median ms | runs |");
        System.out.println("|---|---:|---:|");
        System.out.printf("| ours: write the 5-case .docx from the brief model (warm, in process) | %.1f | %d |%n", oursMs, runs);
        System.out.printf("| ours: assemble from the cases, draw the figures, write .docx (warm, in process) | %.1f | %d |%n",
                oursAllMs, runs);
        System.out.printf("| baseline: pandoc -f markdown -t docx on our Markdown brief and its figures (per process) | %.1f | %d |%n",
                pandocMs,
                pandocRuns);
        System.out.printf("| ours: CPU of all threads for assemble, figures and write | %.1f | %d |%n", median(cpuAll), runs);
        System.out.printf("| baseline: pandoc's CPU (user + system) | %.1f | %d |%n", pandocCpuMs, pandocDone);
        System.out.printf("%nRatio pandoc / ours (write): %.1fx; pandoc / ours (assemble + write): %.1fx (aim: at least 5x); "
                + "in CPU: %.1fx%n", pandocMs / oursMs, pandocMs / oursAllMs, pandocCpuMs / median(cpuAll));

        Path script = productScript();
        if (script != null && cliRuns > 0) {
            Path cliOut = out.resolve("cli.docx");
            List<String> command = List.of(script.toString(), "brief", "--library", libraryFolder.toString(), "--cases",
                    String.join(",", ids),
                    "--format", "docx", "--out", cliOut.toString(), "--force");
            // a configuration area of its own: this benchmark's JVM holds the usual one
            Path config = out.resolve("cli-configuration");
            exec(command, config); // first start builds the OSGi cache: not measured
            double[] cli = new double[cliRuns];
            for (int i = 0; i < cliRuns; i++) {
                long t0 = System.nanoTime();
                exec(command, config);
                cli[i] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf("%n`coprod brief` end to end, JVM start included (%s, median of %d): %.0f ms (aim: at most 2500 ms); "
                    + "%.1fx pandoc's time per process%n", script, cliRuns, median(cli), median(cli) / pandocMs);
            // The same with an application class-data archive (AppCDS), which coprod.sh could enable for the command line
            String cds = "-XX:SharedArchiveFile=" + out.resolve("cli.jsa") + " -XX:+AutoCreateSharedArchive";
            exec(command, config, cds); // creates the archive: not measured
            double[] withCds = new double[cliRuns];
            for (int i = 0; i < cliRuns; i++) {
                long t0 = System.nanoTime();
                exec(command, config, cds);
                withCds[i] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf("`coprod brief` end to end with AppCDS (JAVA_TOOL_OPTIONS=\"%s\", median of %d): %.0f ms; %.2fx the time "
                    + "as shipped%n",
                    cds, cliRuns, median(withCds), median(withCds) / median(cli));
        } else {
            System.out.println("\n(no coprod.sh next to this installation: end-to-end CLI timing skipped)");
        }

        if (Arrays.asList(args).contains("--look")) {
            look(out, ours, pandocDocx);
        }
        return 0;
    }

    /** One pandoc run through a shell that reports its children's CPU time: wall and CPU milliseconds. */
    private static double[] pandoc(Path out, Path docx, Path markdown) throws IOException, InterruptedException {
        List<String> command = List.of("sh", "-c", "pandoc \"$@\" || exit 1; times", "sh", "-f", "markdown", "-t", "docx",
                "--resource-path", out.toString(), "-o", docx.toString(), markdown.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("pandoc failed: " + output);
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        // times prints the shell's own user and system time, then its children's: "0m0.412s 0m0.052s"
        String[] lines = output.strip().split("\n");
        double cpu = 0;
        for (String field : lines[lines.length - 1].trim().split("\\s+")) {
            int m = field.indexOf('m');
            cpu += (Double.parseDouble(field.substring(0, m)) * 60 + Double.parseDouble(field.substring(m + 1, field.length() - 1))) * 1000;
        }
        return new double[] { wall, cpu };
    }

    /** CPU time of every live thread of this JVM, in nanoseconds. */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    private static byte[] docx(Brief brief) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        new DocxWriter(null).write(brief, bytes);
        return bytes.toByteArray();
    }

    /** PDF with LibreOffice, then PNG pages at 60 dpi with pdftoppm: ours-NN.png and pandoc-NN.png. */
    private static void look(Path out, Path ours, Path pandoc) throws Exception {
        if (!available("libreoffice", "--version") || !available("pdftoppm", "-v")) {
            System.out.println("--look needs libreoffice (libreoffice-writer) and pdftoppm (poppler-utils)");
            return;
        }
        for (Path docx : List.of(ours, pandoc)) {
            if (!Files.exists(docx)) {
                continue;
            }
            exec(List.of("libreoffice", "--headless", "--convert-to", "pdf", "--outdir", out.toString(), docx.toString()), null);
            String name = docx.getFileName().toString().replace(".docx", "");
            exec(List.of("pdftoppm", "-png", "-r", "60", out.resolve(name + ".pdf").toString(), out.resolve(name).toString()), null);
            System.out.println("Pages of " + docx.getFileName() + ": " + out.resolve(name + "-*.png"));
        }
    }

    private static Path productScript() {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            return null;
        }
        Path script = Path.of(URI.create(area.startsWith("file:") && !area.startsWith("file:/") ? area.replace("file:", "file:/") : area))
                .resolve("coprod.sh");
        return Files.isExecutable(script) ? script : null;
    }

    private static boolean available(String... command) {
        try {
            return exec(List.of(command), null) == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int exec(List<String> command, Path config) throws IOException, InterruptedException {
        return exec(command, config, null);
    }

    private static int exec(List<String> command, Path config, String javaOptions) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (config != null) {
            pb.environment().put("COPROD_CONFIG", config.toString());
        }
        if (javaOptions != null) {
            pb.environment().put("JAVA_TOOL_OPTIONS", javaOptions);
        }
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        if (p.exitValue() != 0 && config != null) {
            throw new IOException("failed (exit " + p.exitValue() + "): " + String.join(" ", command));
        }
        return p.exitValue();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static int intArg(String[] args, String name, int fallback) {
        String v = stringArg(args, name, null);
        return v == null ? fallback : Integer.parseInt(v);
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
