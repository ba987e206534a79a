package org.coprod.ui.codebook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.core.evidence.CodebookChanges.Use;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.Segment;

/**
 * How much every code of a library is used, counted as {@link org.coprod.core.evidence.CodebookChanges#use} counts one
 * code, but for all codes in one pass over the segments: asking {@code use} for each of fifty codes would read every
 * segment of every case fifty times on each redraw of the tree.
 */
public final class CodeUses {

    private static final Use NONE = new Use(0, 0);
    private final Map<Code, Use> own;
    private final Map<Code, Use> within;

    private CodeUses(Map<Code, Use> own, Map<Code, Use> within) {
        this.own = own;
        this.within = within;
    }

    /** The counts of every code of the library's segments. */
    public static CodeUses of(CaseLibrary library) {
        Map<Code, int[]> own = new IdentityHashMap<>();
        Map<Code, int[]> within = new IdentityHashMap<>();
        Map<Code, List<Code>> lineages = new HashMap<>();
        for (Case c : library.getCases()) {
            Set<Code> ownInCase = new HashSet<>();
            Set<Code> withinInCase = new HashSet<>();
            for (Segment s : c.getSegments()) {
                Set<Code> lineage = new HashSet<>();
                for (Code code : s.getCodes()) {
                    own.computeIfAbsent(code, k -> new int[2])[0]++;
                    ownInCase.add(code);
                    lineage.addAll(lineages.computeIfAbsent(code, CodeUses::lineage));
                }
                // A segment coded with two codes of one group counts once for the group.
                for (Code code : lineage) {
                    within.computeIfAbsent(code, k -> new int[2])[0]++;
                    withinInCase.add(code);
                }
            }
            ownInCase.forEach(code -> own.get(code)[1]++);
            withinInCase.forEach(code -> within.get(code)[1]++);
        }
        return new CodeUses(uses(own), uses(within));
    }

    /** A code and the codes above it, stopping at a cycle (which the validator reports). */
    private static List<Code> lineage(Code code) {
        Set<Code> seen = new LinkedHashSet<>();
        Code c = code;
        while (c != null && seen.add(c)) {
            c = c.getParent();
        }
        return List.copyOf(seen);
    }

    private static Map<Code, Use> uses(Map<Code, int[]> counts) {
        Map<Code, Use> out = new IdentityHashMap<>();
        counts.forEach((code, n) -> out.put(code, new Use(n[0], n[1])));
        return out;
    }

    /** The segments coded with this code, and the cases they are in. */
    public Use of(Code code) {
        return own.getOrDefault(code, NONE);
    }

    /** The segments coded with this code or any code under it, and their cases (what a group shows). */
    public Use within(Code code) {
        return within.getOrDefault(code, NONE);
    }
}
