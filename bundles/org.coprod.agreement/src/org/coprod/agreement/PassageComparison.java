package org.coprod.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

/**
 * Two coders' passages compared code point by code point, as NVivo's coding comparison does: for each code and each
 * text both coders coded, a {@link TwoByTwo} of its code points; for each code, and over all codes, the averages
 * weighted by text length. A text neither coder gave a code to is left out of that code's average (NVivo would count it
 * as complete agreement, which says nothing of the code).
 */
public final class PassageComparison {

    /** One code in one text. */
    public record Row(String code, CodedText text, TwoByTwo table, Spans first, Spans second) {

        public Figure agreement() {
            return table.agreement();
        }

        public Figure kappa() {
            return table.kappa();
        }
    }

    /** The figures of one code over the texts it was used in (code null: all codes together). */
    public record Summary(String code, int texts, long characters, Figure agreement, Figure kappa) {
    }

    /** Code points one coder coded with a code and the other did not. */
    public record Disagreement(String code, CodedText text, int start, int end, Rater codedBy, Rater notBy) {
    }

    private final Rater first;
    private final Rater second;
    private final int texts;
    private final List<Row> rows;
    private final List<String> skipped;
    private final List<Summary> perCode;
    private final Summary overall;

    private PassageComparison(Rater first, Rater second, int texts, List<Row> rows, List<String> skipped) {
        this.first = first;
        this.second = second;
        this.texts = texts;
        this.rows = rows;
        this.skipped = skipped;
        Map<String, Sum> byCode = new TreeMap<>();
        Sum all = new Sum();
        for (Row r : rows) {
            byCode.computeIfAbsent(r.code(), k -> new Sum()).add(r);
            all.add(r);
        }
        List<Summary> codes = new ArrayList<>();
        byCode.forEach((code, sum) -> codes.add(sum.summary(code, sum.texts)));
        this.perCode = List.copyOf(codes);
        this.overall = all.summary(null, rows.isEmpty() ? 0 : texts);
    }

    /** Compares two raters over the texts both coded passages of, in one pass over each text's spans per code. */
    public static PassageComparison of(Work a, Work b) {
        List<Row> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int texts = 0;
        for (TextKey key : new TreeSet<>(a.texts().keySet())) {
            CodedText ta = a.texts().get(key);
            CodedText tb = b.texts().get(key);
            if (tb == null) {
                continue;
            }
            if (!ta.sameAs(tb)) {
                skipped.add(NLS.bind(Messages.Note_textDiffers,
                        new Object[] {key, ta.title(), a.rater(), b.rater(), ta.length(), tb.length()}));
                continue;
            }
            texts++;
            TreeSet<String> codes = new TreeSet<>(a.codes(key));
            codes.addAll(b.codes(key));
            for (String code : codes) {
                Spans sa = a.spans(key, code);
                Spans sb = b.spans(key, code);
                long both = sa.overlap(sb);
                long la = sa.length();
                long lb = sb.length();
                rows.add(new Row(code, ta, new TwoByTwo(both, la - both, lb - both, ta.length() - la - lb + both), sa, sb));
            }
        }
        return new PassageComparison(a.rater(), b.rater(), texts, List.copyOf(rows), List.copyOf(skipped));
    }

    public Rater first() {
        return first;
    }

    public Rater second() {
        return second;
    }

    /** How many texts both coders coded passages of (and that are the same text for both). */
    public int texts() {
        return texts;
    }

    /** Each code in each text, by text then code. */
    public List<Row> rows() {
        return rows;
    }

    /** Texts left out, and why. */
    public List<String> skipped() {
        return skipped;
    }

    /** The figures per code, in code order. */
    public List<Summary> perCode() {
        return perCode;
    }

    /** The figures over every code and text. */
    public Summary overall() {
        return overall;
    }

    /**
     * Averages weighted by text length: the percentage agreement is then the share of all the code points compared on
     * which the coders agree, and kappa the length-weighted mean of the per-text kappas (as NVivo advises). Each row is
     * one code in one text, so a code's rows are its texts.
     */
    private static final class Sum {
        int texts;
        long characters;
        long agreeing;
        double kappaSum;
        long kappaWeight;

        void add(Row r) {
            texts++;
            characters += r.table().total();
            agreeing += r.table().agreeing();
            if (r.kappa() instanceof Figure.Value v) {
                kappaSum += v.value() * r.table().total();
                kappaWeight += r.table().total();
            }
        }

        Summary summary(String code, int textCount) {
            if (characters == 0) {
                Figure none = Figure.notDefined(textCount == 0 ? Messages.Why_noTextCodedByBoth : Messages.Why_textsEmpty);
                return new Summary(code, textCount, 0, none, none);
            }
            Figure kappa = kappaWeight == 0 ? Figure.notDefined(Messages.Why_noKappa) : Figure.of(kappaSum / kappaWeight);
            return new Summary(code, textCount, characters, Figure.of((double) agreeing / characters), kappa);
        }
    }

    /** The passages one coder coded and the other did not, by text, code and position. */
    public List<Disagreement> disagreements() {
        List<Disagreement> out = new ArrayList<>();
        for (Row r : rows) {
            add(out, r, r.first().minus(r.second()), first, second);
            add(out, r, r.second().minus(r.first()), second, first);
        }
        out.sort(Comparator.comparing((Disagreement d) -> d.text().key()).thenComparingInt(Disagreement::start)
                .thenComparing(Disagreement::code));
        return out;
    }

    private static void add(List<Disagreement> out, Row r, Spans only, Rater by, Rater notBy) {
        for (int i = 0; i < only.size(); i++) {
            out.add(new Disagreement(r.code(), r.text(), only.start(i), only.end(i), by, notBy));
        }
    }
}
