package org.coprod.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.core.importer.CaseImporter;
import org.coprod.core.importer.CaseTable;
import org.coprod.core.importer.ImportPlan;
import org.coprod.core.importer.ImportProblem;
import org.coprod.core.importer.SourceImporter;

/**
 * {@code coprod import FILE}: adds the cases of a CSV or XLSX file to a library (layout in the README). The import is
 * planned, applied in memory and saved in one all-or-nothing save; a dry run does all of that except the writing, so
 * it refuses exactly what a real run would.
 */
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
        CaseTable sourceTable = null;
        try {
            table = CaseTable.read(file);
            if (args.option("sources").isPresent()) {
                sourceTable = CaseTable.read(Path.of(args.option("sources").get()));
            }
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        Library library = args.openLibrary(err);
        SourceImporter.Reading sources = sourceTable == null ? SourceImporter.Reading.NONE : new SourceImporter(library).read(sourceTable);
        CaseImporter.Options options = new CaseImporter.Options(args.flag("skip-bad-rows"), args.flag("merge"));
        ImportPlan plan = new CaseImporter(library).plan(table, sources, options);
        plan.sourceProblems().forEach(p -> err.println(args.option("sources").orElse("sources") + ": " + p));
        plan.problems().forEach(p -> err.println(file + ": " + p));
        if (!plan.applicable()) {
            long errors = plan.problems().stream().filter(ImportProblem::isError).count()
                    + plan.sourceProblems().stream().filter(ImportProblem::isError).count();
            String advice = " (fix the file, or --skip-bad-rows to import the good rows"
                    + (hasDuplicate(plan) ? ", --merge to update existing cases" : "") + ")";
            err.println("coprod import: " + errors + " problems, nothing imported" + (plan.sourceProblems().isEmpty() ? advice : ""));
            return Commands.BAD_USAGE;
        }
        plan.apply(library);
        Library.Changes changes;
        try {
            // Every file is serialised before any is written: what cannot be saved fails the dry run as it would the real one.
            changes = args.flag("dry-run") ? library.changes(plan.touchedCases()) : library.save(plan.touchedCases());
        } catch (IOException e) {
            err.println("coprod import: nothing imported: " + e.getMessage());
            return Commands.BAD_USAGE;
        }
        out.printf("%s%d cases added, %d merged, %d rows skipped, %d files %s, into %s%n", args.flag("dry-run") ? "dry run: " : "",
                plan.newCases().size(), plan.merges().size(), plan.skippedRows(), changes.writes().size() + changes.deletes().size(),
                args.flag("dry-run") ? "would be written" : "written", library.folder());
        return plan.skippedRows() > 0 ? Commands.PROBLEMS_FOUND : Commands.OK;
    }

    private static boolean hasDuplicate(ImportPlan plan) {
        return plan.problems().stream().anyMatch(p -> p.message().contains("already has a case"));
    }
}
