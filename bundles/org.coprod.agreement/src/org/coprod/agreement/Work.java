package org.coprod.agreement;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one rater coded: the passages of each text per code, as {@link Spans}, and the case-level choices per unit.
 * Filled by {@link WorkReader}; read-only once {@linkplain #freeze() frozen}.
 */
public final class Work {

    private final Rater rater;
    private final Map<TextKey, CodedText> texts = new HashMap<>();
    private final Map<CodedText, Map<String, Buffer>> raw = new IdentityHashMap<>(); // one CodedText per text read
    private final Map<TextKey, Map<String, Spans>> passages = new HashMap<>();
    private final Map<CaseMeasure, Map<UnitKey, SortedSet<String>>> choices = new EnumMap<>(CaseMeasure.class);
    private int clipped;

    Work(Rater rater) {
        this.rater = rater;
    }

    public Rater rater() {
        return rater;
    }

    /** The texts this rater coded at least one passage of. */
    public Map<TextKey, CodedText> texts() {
        return Collections.unmodifiableMap(texts);
    }

    /** The codes this rater gave passages of a text. */
    public Set<String> codes(TextKey text) {
        return passages.getOrDefault(text, Map.of()).keySet();
    }

    /** The code points of a text this rater coded with a code (none if not). */
    public Spans spans(TextKey text, String code) {
        return passages.getOrDefault(text, Map.of()).getOrDefault(code, Spans.NONE);
    }

    /** The values this rater chose per unit for a case-level measure. */
    public Map<UnitKey, SortedSet<String>> choices(CaseMeasure measure) {
        return Collections.unmodifiableMap(choices.getOrDefault(measure, Map.of()));
    }

    /** How many of this rater's segments reached past the end of their text and were cut at it. */
    public int clipped() {
        return clipped;
    }

    void passage(CodedText text, String code, int start, int end) {
        Map<String, Buffer> codes = raw.get(text);
        if (codes == null) {
            codes = new HashMap<>();
            raw.put(text, codes);
            texts.put(text.key(), text);
        }
        codes.computeIfAbsent(code, k -> new Buffer()).add(start, end);
        if (end > text.length()) {
            clipped++;
        }
    }

    void choose(CaseMeasure measure, UnitKey unit, String value) {
        choices.computeIfAbsent(measure, k -> new HashMap<>()).computeIfAbsent(unit, k -> new TreeSet<>()).add(value);
    }

    /** Merges each text's passages per code into spans; the raw ranges are let go. */
    Work freeze() {
        for (Map.Entry<CodedText, Map<String, Buffer>> text : raw.entrySet()) {
            int length = text.getKey().length();
            Map<String, Spans> byCode = new HashMap<>();
            text.getValue().forEach((code, buffer) -> byCode.put(code, Spans.union(buffer.pairs, buffer.count, length)));
            passages.put(text.getKey().key(), byCode);
        }
        raw.clear();
        return this;
    }

    /** Ranges as they come, start and end side by side. */
    private static final class Buffer {
        int[] pairs = new int[8];
        int count;

        void add(int start, int end) {
            if (2 * count + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[2 * count] = start;
            pairs[2 * count + 1] = end;
            count++;
        }
    }
}
