package org.coprod.ui.summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.Phase;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;

/**
 * What the navigator and the typology matrix need to know about a case, small enough to keep ten thousand of them in
 * memory and on disk without loading the cases themselves.
 *
 * @param cells the typology cells the case is coded into, as {@code typologyId:code}, in phase order (so a case that
 *            moved between cells shows its path)
 * @param placements each coding's cell with its phase and service component, in phase order (see {@link CellPath})
 */
public record CaseSummary(String id, String name, List<String> countries, List<String> sectors, String initiatorMode,
        String caseType, Integer periodStart, List<String> cells, List<String> placements) {

    /** A summary that knows the cells but not the phases and components behind them. */
    public CaseSummary(String id, String name, List<String> countries, List<String> sectors, String initiatorMode, String caseType,
            Integer periodStart, List<String> cells) {
        this(id, name, countries, sectors, initiatorMode, caseType, periodStart, cells, List.of());
    }

    /** The summary of a loaded case. */
    public static CaseSummary of(Case c) {
        List<String> sectors = c.getSectors().stream().map(s -> s.getLiteral()).toList();
        return new CaseSummary(c.getId(), c.getName() == null ? c.getId() : c.getName(), List.copyOf(c.getCountries()), sectors,
                c.getInitiatorMode() == null ? "" : c.getInitiatorMode().getLiteral(),
                c.getCaseType() == null ? "" : c.getCaseType().getLiteral(), c.getPeriodStart(), cellPath(c), CellPath.placements(c));
    }

    /** Cell keys in phase order: codings without a phase first, then by the order of the case's phases. */
    static List<String> cellPath(Case c) {
        List<TypologyCoding> codings = new ArrayList<>(c.getCodings());
        List<Phase> phases = c.getPhases();
        codings.sort((a, b) -> Integer.compare(phaseIndex(phases, a.getPhase()), phaseIndex(phases, b.getPhase())));
        Set<String> keys = new LinkedHashSet<>();
        for (TypologyCoding coding : codings) {
            TypologyCell cell = coding.getCell();
            if (cell != null && !cell.eIsProxy() && cell.getCode() != null) {
                keys.add(key(cell));
            }
        }
        return List.copyOf(keys);
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
        return cells.contains(typologyId + ":" + code);
    }

    /** The codes of the cells the case passed through in one typology, in phase order. */
    public List<String> path(String typologyId) {
        String prefix = typologyId + ":";
        return cells.stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).toList();
    }

    /**
     * How the case sits in more than one cell of a typology: its path over its phases, or its cells by service component
     * ("lane sewers P2-D2 · trunk sewers P1-D1"); null when it sits in one cell or none.
     */
    public String movement(String typologyId) {
        return CellPath.describe(placements, typologyId);
    }

    /** Whether the filter text (case-insensitive) occurs in the id, name, countries or sectors. */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.toLowerCase(Locale.ROOT).trim();
        return name.toLowerCase(Locale.ROOT).contains(f) || id.toLowerCase(Locale.ROOT).contains(f)
                || countries.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(f))
                || sectors.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(f));
    }
}
