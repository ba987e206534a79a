package org.coprod.ui.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Segment;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The coded passages of one text in one case, as a widget shows them: each segment's range in UTF-16 units, one lane
 * per code (in codebook order, so a code keeps its lane as others come and go), and the highlights behind the text as
 * non-overlapping style ranges, made once per change rather than per paint.
 */
final class CodedPassages {

    /** A segment and its range in the widget's text (UTF-16, end exclusive). */
    record Passage(Segment segment, int from, int to) {
    }

    /** Highlights for {@code StyledText.setStyleRanges(int[], StyleRange[])}: start/length pairs and one style per pair. */
    record Highlights(int[] ranges, StyleRange[] styles) {
    }

    private final List<Passage> passages = new ArrayList<>();
    private final List<Code> lanes = new ArrayList<>();
    private final Map<Code, Integer> laneOf = new HashMap<>();

    CodedPassages(Case c, CodableText text, Offsets offsets) {
        if (c != null && text != null) {
            for (Segment s : c.getSegments()) {
                if (s.getText() == text) {
                    int from = offsets.index(s.getStart());
                    int to = offsets.index(s.getEnd());
                    if (from < to) {
                        passages.add(new Passage(s, from, to));
                    }
                }
            }
        }
        passages.sort(Comparator.comparingInt(Passage::from).thenComparingInt(Passage::to));
        List<Code> used = new ArrayList<>();
        for (Passage p : passages) {
            for (Code code : p.segment().getCodes()) {
                if (!used.contains(code)) {
                    used.add(code);
                }
            }
        }
        List<Code> book = c != null && c.eContainer() instanceof CaseLibrary lib && lib.getCodebook() != null
                ? lib.getCodebook().getCodes() : List.of();
        used.sort(Comparator.comparingInt(code -> book.indexOf(code) < 0 ? Integer.MAX_VALUE : book.indexOf(code)));
        for (Code code : used) {
            laneOf.put(code, lanes.size());
            lanes.add(code);
        }
    }

    /** The passages, by where they start. */
    List<Passage> all() {
        return passages;
    }

    /** The codes that have a lane, left to right. */
    List<Code> lanes() {
        return lanes;
    }

    int lane(Code code) {
        return laneOf.getOrDefault(code, -1);
    }

    /** The passages that cover a UTF-16 index of the text. */
    List<Passage> at(int index) {
        List<Passage> out = new ArrayList<>();
        for (Passage p : passages) {
            if (p.from() > index) {
                break;
            }
            if (index < p.to()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The passages that overlap {@code [from, to)}: the ones worth drawing for the lines on screen. */
    List<Passage> overlapping(int from, int to) {
        List<Passage> out = new ArrayList<>();
        for (Passage p : passages) {
            if (p.from() >= to) {
                break;
            }
            if (p.to() > from) {
                out.add(p);
            }
        }
        return out;
    }

    /** The highlight behind each stretch of coded text: the tint of its code, or of all its codes blended. */
    Highlights highlights() {
        // The codes in force change only where a passage starts or ends.
        TreeMap<Integer, List<Passage>> starts = new TreeMap<>();
        TreeMap<Integer, List<Passage>> ends = new TreeMap<>();
        for (Passage p : passages) {
            starts.computeIfAbsent(p.from(), k -> new ArrayList<>()).add(p);
            ends.computeIfAbsent(p.to(), k -> new ArrayList<>()).add(p);
        }
        TreeSet<Integer> bounds = new TreeSet<>(starts.keySet());
        bounds.addAll(ends.keySet());
        Map<Code, Integer> active = new LinkedHashMap<>();
        Map<Code, RGB> tints = new HashMap<>();
        lanes.forEach(code -> tints.put(code, CodeColours.tint(CodeColours.of(code))));
        Map<Set<Code>, StyleRange> byCodes = new HashMap<>();
        Map<RGB, StyleRange> styles = new HashMap<>();
        List<int[]> ranges = new ArrayList<>();
        List<StyleRange> used = new ArrayList<>();
        Integer previous = null;
        for (int at : bounds) {
            if (previous != null && !active.isEmpty() && at > previous) {
                // Most stretches carry a set of codes met before: their style is looked up, not blended again.
                StyleRange style = byCodes.computeIfAbsent(Set.copyOf(active.keySet()), codes -> styles.computeIfAbsent(
                        CodeColours.blend(codes.stream().map(tints::get).toList()), k -> {
                            StyleRange s = new StyleRange();
                            s.background = new Color(k);
                            return s;
                        }));
                ranges.add(new int[] { previous, at - previous });
                used.add(style);
            }
            for (Passage p : ends.getOrDefault(at, List.of())) {
                p.segment().getCodes().forEach(code -> active.computeIfPresent(code, (k, n) -> n > 1 ? n - 1 : null));
            }
            for (Passage p : starts.getOrDefault(at, List.of())) {
                p.segment().getCodes().forEach(code -> active.merge(code, 1, Integer::sum));
            }
            previous = at;
        }
        int[] flat = new int[ranges.size() * 2];
        for (int i = 0; i < ranges.size(); i++) {
            flat[2 * i] = ranges.get(i)[0];
            flat[2 * i + 1] = ranges.get(i)[1];
        }
        return new Highlights(flat, used.toArray(StyleRange[]::new));
    }
}
