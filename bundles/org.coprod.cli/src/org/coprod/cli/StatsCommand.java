package org.coprod.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.core.BovairdTypology;
import org.coprod.core.Library;
import org.coprod.core.LibraryStats;
import org.coprod.core.TypologyAxes;
import org.coprod.model.DimensionValue;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;

import com.google.gson.GsonBuilder;

/** {@code coprod stats}: cases per typology cell (drawn as the grid), per country and per sector. */
final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "Cases per typology cell (as a grid), country and sector";
    }

    @Override
    public String usage() {
        return "coprod stats [--typology ID] [--json]";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("typology"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
        }
        Library library = args.openLibrary(err);
        String typologyId = args.option("typology").orElse(BovairdTypology.ID);
        Typology typology = library.findTypology(typologyId)
                .orElseThrow(() -> new UsageException("the library has no typology '" + typologyId + "'"));
        LibraryStats stats = LibraryStats.of(library.root().getCases(), typology);
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("library", library.root().getName());
            json.put("cases", stats.cases());
            json.put("typology", typology.getId());
            json.put("cells", cells(typology, stats));
            json.put("uncoded", stats.uncoded());
            json.put("countries", stats.perCountry());
            json.put("sectors", stats.perSector());
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json));
            return Commands.OK;
        }
        out.println(library.root().getName() + ": " + stats.cases() + " cases");
        out.println();
        printGrid(typology, stats, out);
        out.println();
        out.println("Not coded in " + typology.getId() + ": " + stats.uncoded());
        out.println();
        printCounts("Countries", stats.perCountry(), out);
        printCounts("Sectors", stats.perSector(), out);
        return Commands.OK;
    }

    /** Cases per cell, null for a cell that does not apply (P3-D1), as the text shows "n/a" and not 0. */
    private static Map<String, Integer> cells(Typology typology, LibraryStats stats) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (TypologyCell cell : typology.getCells()) {
            cells.put(cell.getCode(), cell.isApplicable() ? Integer.valueOf(stats.count(cell.getCode())) : null);
        }
        return cells;
    }

    /** A two-dimensional typology as a grid: first dimension across, second down; other typologies as a list. */
    private static void printGrid(Typology typology, LibraryStats stats, PrintStream out) {
        out.println(typology.getName());
        TypologyAxes axes = TypologyAxes.of(typology).orElse(null);
        if (axes == null) {
            typology.getCells().forEach(c -> out.printf("  %-8s %4d  %s%n", c.getCode(), stats.count(c.getCode()), c.getName()));
            return;
        }
        StringBuilder header = new StringBuilder(String.format("  %-6s", ""));
        axes.columns().forEach(c -> header.append(String.format("%8s", c.getCode())));
        out.println(header);
        for (DimensionValue row : axes.rows()) {
            StringBuilder line = new StringBuilder(String.format("  %-6s", row.getCode()));
            for (DimensionValue column : axes.columns()) {
                String text = axes.cell(column, row).map(cell -> cell.isApplicable() ? String.valueOf(stats.count(cell.getCode())) : "n/a")
                        .orElse("");
                line.append(String.format("%8s", text));
            }
            out.println(line);
        }
        out.println();
        for (TypologyCell cell : typology.getCells()) {
            out.printf("  %-6s %4s  %s%n", cell.getCode(), cell.isApplicable() ? String.valueOf(stats.count(cell.getCode())) : "n/a", cell.getName());
        }
    }

    private static void printCounts(String title, Map<String, Integer> counts, PrintStream out) {
        out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf("  %-24s %4d%n", e.getKey(), e.getValue()));
        out.println();
    }
}
