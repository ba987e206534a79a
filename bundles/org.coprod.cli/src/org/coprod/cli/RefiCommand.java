package org.coprod.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.refi.CodebookExport;
import org.coprod.refi.ImportReport;
import org.coprod.refi.Limits;
import org.coprod.refi.ProjectExport;
import org.coprod.refi.RefiException;
import org.coprod.refi.RefiImport;
import org.coprod.refi.RefiPlan;

import com.google.gson.GsonBuilder;

/**
 * {@code coprod refi export|import}: exchange with the QDA tools (NVivo, ATLAS.ti, MAXQDA, QualCoder) through
 * REFI-QDA files. Export writes a project ({@code .qdpx}) of the library or of some cases, or the codebook alone
 * ({@code .qdc}); import reads either into a library, or into a new one, and reports what it could not carry over.
 */
final class RefiCommand implements Command {

    @Override
    public String name() {
        return "refi";
    }

    @Override
    public String summary() {
        return "Exchange with QDA tools: export or import a REFI-QDA project (.qdpx) or codebook (.qdc)";
    }

    @Override
    public String usage() {
        return "coprod refi export --out FILE.qdpx|FILE.qdc [--cases ID,ID...] [--force]\n"
                + "coprod refi import FILE.qdpx|FILE.qdc|FILE.qde [--dry-run] [--json] [--skip-existing | --merge]\n"
                + "  export: a project of the library (or of the cases given) with its documents and notes, or the codebook\n"
                + "  alone; --force replaces an existing FILE. import: --library DIR may name an existing library, or a folder\n"
                + "  that does not exist or is empty (a new library is made there); a case the library already has refuses\n"
                + "  the import unless --skip-existing (leave it) or --merge (add to it) is given; --dry-run writes nothing;\n"
                + "  --json prints the report of what was imported and what was not. Exit 1: something was not carried over";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        if (words.isEmpty()) {
            throw new UsageException("name what to do: coprod refi export … or coprod refi import … (coprod refi --help)");
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "export" -> export(rest, out, err);
            case "import" -> importFile(rest, out, err);
            default -> throw new UsageException("unknown action '" + Failure.shorten(words.get(0)) + "' (export or import)");
        };
    }

    private int export(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("out", "cases"), Set.of("force"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "' (give the file with --out)");
        }
        Path file = args.option("out").map(Path::of).orElseThrow(() -> new UsageException("no output file: give --out FILE.qdpx or"
                + " --out FILE.qdc"));
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> ids = new ArrayList<>();
        args.options("cases").forEach(v -> ids.addAll(List.of(v.split(","))));
        ids.removeIf(String::isBlank);
        if (!name.endsWith(".qdpx") && !name.endsWith(".qdc")) {
            throw new UsageException(file + ": give a .qdpx file (a project) or a .qdc file (the codebook)");
        }
        if (name.endsWith(".qdc") && !ids.isEmpty()) {
            throw new UsageException("--cases applies to a project (.qdpx): a codebook is the whole library's");
        }
        Library library = args.openLibrary(err);
        TerminalProgress progress = new TerminalProgress("refi export", err);
        try {
            if (name.endsWith(".qdc")) {
                CodebookExport.Result r = new CodebookExport(library).write(file, args.flag("force"), progress);
                out.println("Wrote the codebook (" + r.codes() + " codes) to " + r.file());
                return Commands.OK;
            }
            List<Case> cases = ids.isEmpty() ? library.root().getCases() : ProjectExport.cases(library, ids);
            ProjectExport.Result r = new ProjectExport(library, cases).write(file, args.flag("force"), progress);
            r.warnings().forEach(w -> err.println("coprod refi export: left out: " + w));
            out.printf("Wrote %d cases, %d documents, %d coded passages, %d notes, %d codes and %d coders to %s (%d KB)%n", r.cases(),
                    r.documents(), r.selections(), r.notes(), r.codes(), r.coders(), r.file(), Files.size(r.file()) / 1024);
            return r.warnings().isEmpty() ? Commands.OK : Commands.PROBLEMS_FOUND;
        } catch (RefiException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int importFile(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of(), Set.of("dry-run", "merge", "skip-existing"));
        if (args.positional().size() != 1) {
            throw new UsageException("name one file to import (coprod refi import FILE.qdpx)");
        }
        if (args.flag("merge") && args.flag("skip-existing")) {
            throw new UsageException("--merge and --skip-existing say opposite things: give one of them");
        }
        Path file = Path.of(args.positional().get(0));
        RefiImport.Existing existing = args.flag("merge") ? RefiImport.Existing.MERGE
                : args.flag("skip-existing") ? RefiImport.Existing.SKIP : RefiImport.Existing.REFUSE;
        RefiImport.Options options = new RefiImport.Options(existing, Limits.DEFAULT);
        boolean dryRun = args.flag("dry-run");
        TerminalProgress progress = new TerminalProgress("refi import", err);
        Optional<Path> fresh = newLibraryFolder(args);
        ImportReport report;
        int files;
        Path folder;
        try {
            if (fresh.isPresent()) {
                folder = fresh.get();
                RefiPlan.Outcome outcome = RefiImport.intoNewLibrary(folder, file, options, dryRun, progress);
                report = outcome.report();
                files = outcome.files();
            } else {
                Library library = args.openLibrary(err);
                folder = library.folder();
                RefiPlan plan = new RefiImport(library, options).plan(file, progress);
                report = plan.report();
                files = plan.applicable() ? plan.commit(library, dryRun).files() : 0;
            }
        } catch (RefiException e) {
            throw new UsageException(e.getMessage());
        }
        boolean refused = !report.errors().isEmpty();
        if (args.flag("json")) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                    .toJson(json(report, folder, dryRun, refused, files)));
        } else {
            report.errors().forEach(e -> err.println("coprod refi import: " + e));
            if (refused) {
                err.println("coprod refi import: nothing imported from " + file);
            } else {
                out.println((dryRun ? "dry run: would import " : "imported ") + report.summary() + " into " + folder + " (" + files
                        + " files "
                        + (dryRun ? "would be written)" : "written)"));
                report.lines().stream().skip(1).forEach(out::println);
            }
        }
        if (refused) {
            return Commands.BAD_USAGE;
        }
        return report.entries(ImportReport.Kind.NOT_CARRIED).isEmpty() && report.counts().casesSkipped() == 0 ? Commands.OK
                : Commands.PROBLEMS_FOUND;
    }

    /** The folder named by --library when it holds no library yet and may take a new one; empty for an existing library. */
    private static Optional<Path> newLibraryFolder(Arguments args) throws Exception {
        Optional<String> given = args.option("library");
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Path.of(given.get());
        if (Files.isRegularFile(dir.resolve(Library.LIBRARY_FILE))) {
            return Optional.empty();
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--library " + given.get() + ": is a file, not a folder");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new UsageException("--library " + given.get() + ": not a case library, and not empty (a new library needs a"
                            + " folder that does not exist or is empty)");
                }
            }
        }
        return Optional.of(dir);
    }

    private static Map<String, Object> json(ImportReport report, Path library, boolean dryRun, boolean refused, int files) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", report.file());
        json.put("library", library.toString());
        json.put("dryRun", dryRun);
        json.put("imported", !refused && !dryRun);
        json.put("errors", report.errors());
        json.put("counts", report.counts());
        json.put("files", files);
        json.put("notCarriedOver", entries(report, ImportReport.Kind.NOT_CARRIED));
        json.put("changed", entries(report, ImportReport.Kind.CHANGED));
        json.put("notes", entries(report, ImportReport.Kind.NOTE));
        return json;
    }

    private static List<Map<String, String>> entries(ImportReport report, ImportReport.Kind kind) {
        List<Map<String, String>> out = new ArrayList<>();
        for (ImportReport.Entry e : report.entries(kind)) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("element", e.element());
            m.put("name", e.name());
            m.put("detail", e.detail());
            out.add(m);
        }
        return out;
    }
}
