package org.coprod.ui.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;

/**
 * Where a case sits when it sits in more than one cell. A path ("P1-D1 → P2-D2") is drawn only over phases, since that is
 * what it claims: the case changed over time. Cells of different service components are listed side by side, never as
 * a path ("lane sewers P2-D2 · trunk sewers P1-D1"), and codings of the same phase and component that disagree are shown as
 * alternatives ("P2-D2 / P1-D2").
 */
public final class CellPath {

    private static final String SEP = "\u001f";

    private CellPath() {
    }

    /** Each coding of the case as {@code typologyId:code␟phaseIndex␟component}, in phase order (no phase first). */
    static List<String> placements(Case c) {
        List<TypologyCoding> codings = new ArrayList<>(c.getCodings());
        codings.sort((a, b) -> Integer.compare(CaseSummary.phaseIndex(c.getPhases(), a.getPhase()),
                CaseSummary.phaseIndex(c.getPhases(), b.getPhase())));
        List<String> out = new ArrayList<>();
        for (TypologyCoding coding : codings) {
            TypologyCell cell = coding.getCell();
            if (cell != null && !cell.eIsProxy() && cell.getCode() != null) {
                String component = coding.getComponent() == null ? "" : coding.getComponent().strip();
                out.add(CaseSummary.key(cell) + SEP + CaseSummary.phaseIndex(c.getPhases(), coding.getPhase()) + SEP + component);
            }
        }
        return List.copyOf(out);
    }

    /** The cell of a placement: {@code typologyId:code}. */
    static String cell(String placement) {
        int end = placement.indexOf(SEP);
        return end < 0 ? placement : placement.substring(0, end);
    }

    /** The placement of a cell coded with no phase and no component. */
    static String unplaced(String cell) {
        return cell + SEP + -1 + SEP;
    }

    /** The text for a case in more than one cell of the typology; null for one cell or none. */
    static String describe(List<String> placements, String typologyId) {
        String prefix = typologyId + ":";
        Map<String, List<String[]>> byComponent = new LinkedHashMap<>();
        Set<String> cells = new LinkedHashSet<>();
        for (String p : placements) {
            String[] parts = p.split(SEP, -1);
            if (parts.length == 3 && parts[0].startsWith(prefix)) {
                String code = parts[0].substring(prefix.length());
                cells.add(code);
                byComponent.computeIfAbsent(parts[2], k -> new ArrayList<>()).add(new String[] { code, parts[1] });
            }
        }
        if (cells.size() < 2) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : byComponent.entrySet()) {
            String text = group(e.getValue());
            groups.add(e.getKey().isEmpty() ? text : e.getKey() + " " + text);
        }
        return String.join(" · ", groups);
    }

    /** One component's cells: over its phases as a path, then any cells coded without a phase as alternatives. */
    private static String group(List<String[]> codings) {
        List<String> path = new ArrayList<>();
        Set<String> unphased = new LinkedHashSet<>();
        for (String[] c : codings) {
            if (Integer.parseInt(c[1]) < 0) {
                unphased.add(c[0]);
            } else if (path.isEmpty() || !path.get(path.size() - 1).equals(c[0])) {
                path.add(c[0]);
            }
        }
        unphased.removeAll(path);
        String phased = String.join(" → ", path);
        String alternatives = String.join(" / ", unphased);
        return phased.isEmpty() ? alternatives : alternatives.isEmpty() ? phased : phased + " / " + alternatives;
    }
}
