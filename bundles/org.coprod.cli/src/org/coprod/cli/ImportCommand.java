package org.coprod.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.core.importer.CaseImporter;
import org.coprod.core.importer.CaseTable;
import org.coprod.core.importer.ImportProblem;
import org.coprod.core.importer.SourceImporter;

/** {@code coprod import FILE}: adds the cases of a CSV or XLSX file to a library (layout in the README). */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "Import cases from a CSV (UTF-8) or XLSX file, one row per case";
    }

    @Override
    public String usage() {
        return "coprod import FILE.csv|FILE.xlsx [--sources SOURCES.csv] [--skip-bad-rows] [--merge] [--dry-run]";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("sources"), Set.of("skip-bad-rows", "merge", "dry-run"));
        if (args.positional().size() != 1) {
            throw new UsageException("name one file to import (coprod import --help)");
        }
        Path file = Path.of(args.positional().get(0));
        CaseTable table;
        CaseTable sources = null;
        try {
            table = CaseTable.read(file);
            if (args.option("sources").isPresent()) {
                sources = CaseTable.read(Path.of(args.option("sources").get()));
            }
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        Library library = args.openLibrary(err);
        if (sources != null) {
            List<ImportProblem> problems = new SourceImporter(library).importTable(sources);
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println(args.option("sources").get() + ": " + p));
                err.println("coprod import: nothing imported");
                return Commands.BAD_USAGE;
            }
        }
        CaseImporter.Options options = new CaseImporter.Options(args.flag("skip-bad-rows"), args.flag("merge"));
        CaseImporter.Result result = new CaseImporter(library).importTable(table, options);
        result.problems().forEach(p -> err.println(file + ": " + p));
        if (!result.applied()) {
            err.println("coprod import: " + result.problems().size() + " problems, nothing imported"
                    + " (fix the file, or --skip-bad-rows to import the good rows" + (hasDuplicate(result) ? ", --merge to update existing cases" : "") + ")");
            return Commands.BAD_USAGE;
        }
        if (!args.flag("dry-run")) {
            library.save();
        }
        out.printf("%s%d cases added, %d merged, %d rows skipped, into %s%n", args.flag("dry-run") ? "dry run: " : "",
                result.added().size(), result.merged().size(), result.skippedRows(), library.folder());
        return result.skippedRows() > 0 ? Commands.PROBLEMS_FOUND : Commands.OK;
    }

    private static boolean hasDuplicate(CaseImporter.Result result) {
        return result.problems().stream().anyMatch(p -> p.message().contains("already has a case"));
    }
}
