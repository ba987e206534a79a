package org.coprod.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.TypologyCoding;

/** What can truly be said of how the chosen cases spread over the typology's cells: counted, never assumed. */
final class Selection {

    private Selection() {
    }

    /** Cell code → the cases placed there (each case once per cell), in the order of the cases. */
    static Map<String, List<Case>> byCell(List<Case> cases) {
        Map<String, List<Case>> cells = new LinkedHashMap<>();
        for (Case c : cases) {
            for (TypologyCoding k : c.getCodings()) {
                if (k.getCell() != null && k.getCell().getCode() != null) {
                    List<Case> in = cells.computeIfAbsent(k.getCell().getCode(), x -> new ArrayList<>());
                    if (!in.contains(c)) {
                        in.add(c);
                    }
                }
            }
        }
        return cells;
    }

    /** The sentence on the cells: "one case per cell" only when each case has one cell and no two share one. */
    static String cellsSentence(List<Case> cases, CaseFacts facts) {
        Map<String, List<Case>> cells = byCell(cases);
        List<Case> uncoded = cases.stream().filter(c -> c.getCodings().stream().noneMatch(k -> k.getCell() != null)).toList();
        List<Case> several = cases.stream().filter(c -> cellsOf(c).size() > 1).toList();
        List<String> shared = cells.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> facts.t("selection.shared", e.getKey(), KeyMessages.names(e.getValue(), facts))).toList();
        if (cells.isEmpty()) {
            return facts.t("selection.noCells");
        }
        StringBuilder b = new StringBuilder();
        if (uncoded.isEmpty() && several.isEmpty() && shared.isEmpty()) {
            b.append(facts.t("selection.onePerCell", cases.size(), cells.size(), String.join(", ", cells.keySet())));
        } else {
            b.append(facts.t("selection.cells", cases.size(), cells.size(), String.join(", ", cells.keySet())));
            if (!several.isEmpty()) {
                b.append(' ').append(facts.t("selection.several", KeyMessages.names(several, facts), several.size()));
            }
            if (!shared.isEmpty()) {
                b.append(' ').append(facts.t("selection.sharing", facts.series(shared)));
            }
            if (!uncoded.isEmpty()) {
                b.append(' ').append(facts.t("selection.uncoded", KeyMessages.names(uncoded, facts)));
            }
        }
        return b.toString();
    }

    static Set<String> cellsOf(Case c) {
        Set<String> codes = new LinkedHashSet<>();
        c.getCodings().stream().filter(k -> k.getCell() != null).forEach(k -> codes.add(k.getCell().getCode()));
        return codes;
    }
}
