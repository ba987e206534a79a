package org.coprod.ui.summary;

import java.util.List;
import java.util.Locale;

import org.coprod.core.Countries;
import org.coprod.model.Case;
import org.coprod.model.Phase;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;

/**
 * What the navigator and the typology matrix need to know about a case, small enough to keep ten thousand of them in
 * memory and on disk without loading the cases themselves.
 *
 * @param placements each coding's cell with its phase and service component, in phase order (see {@link CellPath}); the
 *            cells the case is coded into are derived from them ({@link #cells})
 */
public record CaseSummary(String id, String name, List<String> countries, List<String> sectors, String initiatorMode,
        String caseType, Integer periodStart, List<String> placements) {

    /** A summary from its cells alone ({@code typologyId:code}), each as if coded once, with no phase or component. */
    public static CaseSummary ofCells(String id, String name, List<String> countries, List<String> sectors, String initiatorMode,
            String caseType, Integer periodStart, List<String> cells) {
        return new CaseSummary(id, name, countries, sectors, initiatorMode, caseType, periodStart,
                cells.stream().map(CellPath::unplaced).toList());
    }

    /** The summary of a loaded case. */
    public static CaseSummary of(Case c) {
        List<String> sectors = c.getSectors().stream().map(s -> s.getLiteral()).toList();
        return new CaseSummary(c.getId(), c.getName() == null ? c.getId() : c.getName(), List.copyOf(c.getCountries()), sectors,
                c.getInitiatorMode() == null ? "" : c.getInitiatorMode().getLiteral(),
                c.getCaseType() == null ? "" : c.getCaseType().getLiteral(), c.getPeriodStart(), CellPath.placements(c));
    }

    /**
     * The typology cells the case is coded into, as {@code typologyId:code}, each once, in phase order (so a case that
     * moved between cells shows its path): the cells of its placements.
     */
    public List<String> cells() {
        return placements.stream().map(CellPath::cell).distinct().toList();
    }

    static int phaseIndex(List<Phase> phases, Phase p) {
        return p == null ? -1 : phases.indexOf(p);
    }

    /** The key a cell is known by in summaries: {@code typologyId:code}. */
    public static String key(TypologyCell cell) {
        String typology = cell.eContainer() instanceof Typology t ? t.getId() : "";
        return typology + ":" + cell.getCode();
    }

    /** Whether the case is coded into the cell with this code in the typology. */
    public boolean codedIn(String typologyId, String code) {
        String key = typologyId + ":" + code;
        return placements.stream().anyMatch(p -> CellPath.cell(p).equals(key));
    }

    /** The codes of the cells the case passed through in one typology, in phase order. */
    public List<String> path(String typologyId) {
        String prefix = typologyId + ":";
        return cells().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).toList();
    }

    /**
     * How the case sits in more than one cell of a typology: its path over its phases, or its cells by service component
     * ("lane sewers P2-D2 · trunk sewers P1-D1"); null when it sits in one cell or none.
     */
    public String movement(String typologyId) {
        return CellPath.describe(placements, typologyId);
    }

    /**
     * Whether the filter text (case-insensitive) occurs in the id, name, sectors or the countries' names in the
     * workbench's language, or is one of the countries' codes.
     */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.toLowerCase(Locale.ROOT).trim();
        return name.toLowerCase(Locale.ROOT).contains(f) || id.toLowerCase(Locale.ROOT).contains(f)
                || countries.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(f)
                        || Countries.name(x, Locale.getDefault()).toLowerCase(Locale.ROOT).contains(f))
                || sectors.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(f));
    }
}
