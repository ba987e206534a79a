package org.coprod.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coprod.core.BovairdTypology;
import org.coprod.export.Block.Cell;
import org.coprod.model.Case;
import org.coprod.model.DimensionValue;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;

/**
 * Bovaird's 3x3 grid with the chosen cases placed in their cells: planners across, deliverers down, exact cell names,
 * the not-applicable cell shaded, coder guesses marked "?", and each phase placed on its own so a case's path shows.
 */
final class TypologyGrid {

    private TypologyGrid() {
    }

    static Block.Grid of(List<Case> cases, Typology typology) {
        Typology t = typology != null && typology.getDimensions().size() == 2 ? typology : BovairdTypology.create();
        List<DimensionValue> planners = t.getDimensions().get(0).getValues();
        List<DimensionValue> deliverers = t.getDimensions().get(1).getValues();
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        header.add(Blocks.cell(t.getDimensions().get(1).getName() + " \\ " + t.getDimensions().get(0).getName()));
        for (DimensionValue p : planners) {
            header.add(new Cell(List.of(List.of(Inline.bold(p.getCode())), List.of(Inline.plain(p.getLabel()))), false));
        }
        rows.add(header);
        for (DimensionValue d : deliverers) {
            List<Cell> row = new ArrayList<>();
            row.add(new Cell(List.of(List.of(Inline.bold(d.getCode())), List.of(Inline.plain(d.getLabel()))), false));
            for (DimensionValue p : planners) {
                String code = p.getCode() + "-" + d.getCode();
                TypologyCell cell = t.getCells().stream().filter(c -> code.equals(c.getCode())).findFirst().orElse(null);
                row.add(cell(code, cell, cases));
            }
            rows.add(row);
        }
        Block.Table table = new Block.Table("Cases in Bovaird's typology of user and community co-production", rows, 1, true);
        return new Block.Grid(table, legend(cases));
    }

    private static Cell cell(String code, TypologyCell cell, List<Case> cases) {
        List<List<Inline>> lines = new ArrayList<>();
        boolean applicable = cell == null || cell.isApplicable();
        lines.add(List.of(Inline.bold(code)));
        lines.add(List.of(Inline.italic(cell == null ? "" : cell.getName())));
        for (Case c : cases) {
            for (TypologyCoding coding : c.getCodings()) {
                if (coding.getCell() != null && code.equals(coding.getCell().getCode()) && isBovaird(coding.getCell())) {
                    lines.add(List.of(Inline.plain(placement(c, coding))));
                }
            }
        }
        return new Cell(lines, !applicable);
    }

    private static boolean isBovaird(TypologyCell cell) {
        return !(cell.eContainer() instanceof Typology t) || t.getId() == null || BovairdTypology.ID.equals(t.getId());
    }

    /** "Beacon Regeneration? (coder, medium) · 1995–2000" — name, provenance, phase or component. */
    static String placement(Case c, TypologyCoding coding) {
        String s = "• " + CaseFacts.shortName(c);
        s += CaseFacts.isGuess(coding) ? "?" : "";
        if (coding.getPhase() != null) {
            s += " · " + CaseFacts.phaseName(coding.getPhase());
        } else if (coding.getComponent() != null && !coding.getComponent().isBlank()) {
            s += " · " + coding.getComponent();
        }
        if (CaseFacts.isGuess(coding)) {
            s += " (coder" + (coding.getConfidence() == null ? "" : ", " + coding.getConfidence().getLiteral()) + ")";
        }
        return s;
    }

    /** The key, and the path of every case that moved between cells over its phases. */
    private static List<Inline> legend(List<Case> cases) {
        List<Inline> legend = new ArrayList<>();
        legend.add(Inline.plain("A name without \"?\" is placed by the source document; \"?\" marks a coder's guess, with its confidence. "
                + "The shaded cell (P3-D1) does not apply."));
        for (Case c : cases) {
            List<TypologyCoding> phased = new ArrayList<>(c.getCodings().stream().filter(x -> x.getPhase() != null && x.getCell() != null).toList());
            if (phased.size() > 1) {
                phased.sort(Comparator.comparing(x -> x.getPhase().getStartYear() == null ? Integer.MAX_VALUE : x.getPhase().getStartYear()));
                List<String> steps = phased.stream().map(x -> x.getCell().getCode() + (CaseFacts.isGuess(x) ? "?" : "") + " (" + CaseFacts.phaseName(x.getPhase()) + ")").toList();
                legend.add(Inline.plain(" Path of " + CaseFacts.shortName(c) + ": " + String.join(" → ", steps) + "."));
            }
        }
        return legend;
    }
}
