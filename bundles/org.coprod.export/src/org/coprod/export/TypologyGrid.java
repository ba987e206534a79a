package org.coprod.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.coprod.core.BovairdTypology;
import org.coprod.core.Labels;
import org.coprod.core.TypologyAxes;
import org.coprod.export.Block.Cell;
import org.coprod.model.Case;
import org.coprod.model.DimensionValue;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;

/**
 * A two-dimensional typology (Bovaird's 3x3 grid unless the cases are coded in another) with the chosen cases placed in
 * its cells: the first dimension across, the second down, exact cell names, the not-applicable cells shaded, coder
 * guesses marked "?", and each phase placed on its own so a case's path shows. Everything it prints comes from the
 * typology's data: dimension names, value labels, cell names and which cells apply.
 */
final class TypologyGrid {

    private TypologyGrid() {
    }

    static Block.Grid of(List<Case> cases, Typology typology, CaseFacts facts) {
        return of(cases, typology, false, facts);
    }

    /** @param compact name only the cells a case sits in (the others show their code), for a two-page brief */
    static Block.Grid of(List<Case> cases, Typology typology, boolean compact, CaseFacts facts) {
        Locale language = facts.text().locale();
        TypologyAxes axes = TypologyAxes.of(typology).or(() -> TypologyAxes.of(BovairdTypology.create())).orElseThrow();
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        header.add(Blocks.cell(Labels.name(axes.down(), language) + " \\ " + Labels.name(axes.across(), language)));
        for (DimensionValue p : axes.columns()) {
            header.add(new Cell(List.of(List.of(Inline.bold(p.getCode())), List.of(Inline.plain(Labels.label(p, language)))), false));
        }
        rows.add(header);
        for (DimensionValue d : axes.rows()) {
            List<Cell> row = new ArrayList<>();
            row.add(new Cell(List.of(List.of(Inline.bold(d.getCode())), List.of(Inline.plain(Labels.label(d, language)))), false));
            for (DimensionValue p : axes.columns()) {
                row.add(cell(axes, axes.cell(p, d).orElse(null), cases, compact, facts));
            }
            rows.add(row);
        }
        Block.Table table = new Block.Table(facts.t("grid.caption", name(axes.typology(), language)), rows, 1, true);
        GridPicture.Model model = model(axes, cases, facts);
        return new Block.Grid(table, legend(axes, cases, facts), GridPicture.draw(model, compact, alt(model, facts)));
    }

    /** What the drawn figure shows: the same axes, cells and placements as the table, and each case's phases in order. */
    private static GridPicture.Model model(TypologyAxes axes, List<Case> cases, CaseFacts facts) {
        Locale language = facts.text().locale();
        List<DimensionValue> columns = axes.columns();
        List<DimensionValue> rows = axes.rows();
        GridPicture.Slot[][] slots = new GridPicture.Slot[rows.size()][columns.size()];
        Map<String, int[]> where = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                TypologyCell cell = axes.cell(columns.get(c), rows.get(r)).orElse(null);
                if (cell == null) {
                    continue;
                }
                where.put(cell.getCode(), new int[] { r, c });
                List<String> placements = new ArrayList<>();
                Set<Case> in = new HashSet<>();
                for (Case k : cases) {
                    for (TypologyCoding coding : k.getCodings()) {
                        if (axes.holds(coding.getCell()) && cell.getCode().equals(coding.getCell().getCode())) {
                            placements.add(placement(k, coding, facts).substring(2));
                            in.add(k);
                        }
                    }
                }
                slots[r][c] = new GridPicture.Slot(cell.getCode(), Labels.name(cell, language), cell.isApplicable(), placements, in.size());
            }
        }
        List<GridPicture.Path> paths = new ArrayList<>();
        for (Case k : cases) {
            List<TypologyCoding> phased = phased(axes, k);
            if (phased.size() > 1) {
                paths.add(new GridPicture.Path(CaseFacts.shortName(k),
                        phased.stream().map(x -> where.get(x.getCell().getCode())).filter(Objects::nonNull).toList()));
            }
        }
        return new GridPicture.Model(columns.stream().map(v -> new String[] { v.getCode(), Labels.label(v, language) }).toList(),
                rows.stream().map(v -> new String[] { v.getCode(), Labels.label(v, language) }).toList(), slots, paths,
                Labels.name(axes.across(), language), Labels.name(axes.down(), language), facts.t("grid.notApplicable"));
    }

    /** The figure in words, for readers who cannot see it: each occupied cell with the cases in it. */
    private static String alt(GridPicture.Model m, CaseFacts facts) {
        List<String> parts = new ArrayList<>();
        for (GridPicture.Slot[] row : m.slots()) {
            for (GridPicture.Slot s : row) {
                if (s != null && !s.placements().isEmpty()) {
                    parts.add(s.code() + ": " + String.join("; ", s.placements()));
                }
            }
        }
        return facts.t("grid.alt", parts.isEmpty() ? facts.t("grid.altEmpty") : String.join(". ", parts) + ".");
    }

    /** A case's placements by phase, in the order of the phases' start years. */
    private static List<TypologyCoding> phased(TypologyAxes axes, Case c) {
        List<TypologyCoding> phased = new ArrayList<>(
                c.getCodings().stream().filter(x -> x.getPhase() != null && axes.holds(x.getCell())).toList());
        phased.sort(Comparator.comparing(x -> x.getPhase().getStartYear() == null ? Integer.MAX_VALUE : x.getPhase().getStartYear()));
        return phased;
    }

    /** The typology by its own name (the caption quotes it as its language does), so no typology's name is in the code. */
    private static String name(Typology t, Locale language) {
        return t.getName() == null || t.getName().isBlank() ? t.getId() : Labels.name(t, language);
    }

    /** A cell of the grid; a place where the typology has no cell is drawn empty, like a cell that does not apply. */
    private static Cell cell(TypologyAxes axes, TypologyCell cell, List<Case> cases, boolean compact, CaseFacts facts) {
        if (cell == null) {
            return new Cell(List.of(List.of(Inline.plain(""))), true);
        }
        List<List<Inline>> placements = new ArrayList<>();
        for (Case c : cases) {
            for (TypologyCoding coding : c.getCodings()) {
                if (axes.holds(coding.getCell()) && cell.getCode().equals(coding.getCell().getCode())) {
                    placements.add(List.of(Inline.plain(placement(c, coding, facts))));
                }
            }
        }
        List<List<Inline>> lines = new ArrayList<>();
        lines.add(List.of(Inline.bold(cell.getCode())));
        if (!compact || !placements.isEmpty()) {
            lines.add(List.of(Inline.italic(cell.getName() == null ? "" : Labels.name(cell, facts.text().locale()))));
        }
        lines.addAll(placements);
        return new Cell(lines, !cell.isApplicable());
    }

    /** "Beacon Regeneration? (coder, medium) · 1995–2000" — name, provenance, phase or component. */
    static String placement(Case c, TypologyCoding coding, CaseFacts facts) {
        String s = "• " + CaseFacts.shortName(c);
        s += CaseFacts.isGuess(coding) ? "?" : "";
        if (coding.getPhase() != null) {
            s += " · " + CaseFacts.phaseName(coding.getPhase());
        } else if (coding.getComponent() != null && !coding.getComponent().isBlank()) {
            s += " · " + coding.getComponent();
        }
        if (CaseFacts.isGuess(coding)) {
            s += " " + (coding.getConfidence() == null ? facts.t("fact.byCoder")
                    : facts.t("fact.byCoderWith", facts.literal(coding.getConfidence())));
        }
        return s;
    }

    /** The key, and the path of every case that moved between cells over its phases. */
    private static List<Inline> legend(TypologyAxes axes, List<Case> cases, CaseFacts facts) {
        List<Inline> legend = new ArrayList<>();
        List<String> shaded = axes.notApplicable().stream().map(TypologyCell::getCode).toList();
        String key = (cases.stream().anyMatch(c -> phased(axes, c).size() > 1) ? facts.t("grid.arrows") + " " : "")
                + facts.t("grid.key");
        if (!shaded.isEmpty()) {
            key += " " + facts.t("grid.shaded", shaded.size(), String.join(", ", shaded));
        }
        legend.add(Inline.plain(key));
        for (Case c : cases) {
            List<TypologyCoding> phased = phased(axes, c);
            if (phased.size() > 1) {
                List<String> steps = phased.stream()
                        .map(x -> x.getCell().getCode() + (CaseFacts.isGuess(x) ? "?" : "") + " ("
                                + CaseFacts.phaseName(x.getPhase()) + ")")
                        .toList();
                legend.add(Inline.plain(" " + facts.t("grid.path", CaseFacts.shortName(c), String.join(" → ", steps))));
            }
        }
        return legend;
    }
}
