package org.coprod.agreement.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coprod.agreement.AgreementReport;
import org.coprod.agreement.CaseComparison;
import org.coprod.agreement.Figure;
import org.coprod.agreement.PassageComparison;
import org.coprod.agreement.Reliability;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.Texts;
import org.coprod.model.CodableText;
import org.eclipse.osgi.util.NLS;

/** The lines of the Coder Comparison view made from an agreement report: figures per code, and disagreements side by side. */
final class ComparisonRows {

    /** One line of figures: a code of a pair of coders, or a case-level measure or category of it. */
    record FigureLine(String what, String between, String count, String agreement, String kappa, String alpha, String why) {
    }

    /**
     * One disagreement: where it is, what it is about, and what each rater chose (in the report's order of raters); a
     * passage's also names its text and code points ({@code text} is null for a case-level coding).
     */
    record DisagreementLine(String caseId, String where, String what, List<String> choices, String quote, CodableText text, int start,
            int end) {
    }

    private ComparisonRows() {
    }

    static List<FigureLine> figures(AgreementReport r) {
        List<FigureLine> out = new ArrayList<>();
        for (PassageComparison p : r.passages()) {
            String between = p.first() + " / " + p.second();
            List<PassageComparison.Summary> codes = new ArrayList<>(p.perCode());
            codes.sort(Comparator.comparing(s -> r.codeName(s.code())));
            codes.add(p.overall());
            for (PassageComparison.Summary s : codes) {
                String texts = NLS.bind(s.texts() == 1 ? Messages.Rows_oneText : Messages.Rows_texts, s.texts());
                out.add(new FigureLine(s.code() == null ? Messages.Rows_allCodes : r.codeName(s.code()), between, texts,
                        cell(s.agreement(), true), cell(s.kappa(), false), "", why(s.agreement(), s.kappa())));
            }
        }
        String all = String.join(", ", r.raters().stream().map(Object::toString).toList());
        for (Reliability x : r.cases().reliabilities()) {
            String what = x.category() == null ? capital(x.measure().label()) : "  " + NLS.bind(Messages.Rows_yesNo, x.category());
            String units = NLS.bind(x.units() == 1 ? Messages.Rows_oneUnit : Messages.Rows_units, x.units());
            out.add(new FigureLine(what, all, units, "", cell(x.kappa(), false), cell(x.alpha(), false), why(x.alpha(), x.kappa())));
        }
        return out;
    }

    static List<DisagreementLine> disagreements(AgreementReport r) {
        List<DisagreementLine> out = new ArrayList<>();
        int raters = r.raters().size();
        for (PassageComparison p : r.passages()) {
            int first = r.raters().indexOf(p.first());
            int second = r.raters().indexOf(p.second());
            for (PassageComparison.Disagreement d : p.disagreements()) {
                List<String> choices = new ArrayList<>();
                for (int i = 0; i < raters; i++) {
                    choices.add("");
                }
                boolean byFirst = d.codedBy().equals(p.first());
                choices.set(first, byFirst ? Messages.Rows_coded : Messages.Rows_notCoded);
                choices.set(second, byFirst ? Messages.Rows_notCoded : Messages.Rows_coded);
                out.add(new DisagreementLine(d.text().key().caseId(), d.text().title() + " " + d.start() + "–" + d.end(),
                        r.codeName(d.code()), choices, quote(d), d.text().text(), d.start(), d.end()));
            }
        }
        for (CaseComparison.Disagreement d : r.cases().disagreements()) {
            List<String> choices = d.choices().stream().map(v -> v == null ? Messages.Rows_notCodedParenthesised : v).toList();
            out.add(new DisagreementLine(d.unit().caseId(), d.unit().shown(), capital(d.measure().label()), choices, "", null, 0, 0));
        }
        return out;
    }

    private static String quote(PassageComparison.Disagreement d) {
        return Texts.of(d.text().text()).map(t -> {
            int end = Math.min(Math.min(d.end(), CodePoints.length(t)), d.start() + 80);
            String q = d.start() < end ? CodePoints.slice(t, d.start(), end).replaceAll("\\s+", " ").strip() : "";
            return end < d.end() ? q + "…" : q;
        }).orElse("");
    }

    private static String cell(Figure f, boolean percent) {
        return !f.defined() ? Messages.Rows_notDefined : percent ? f.percent() : f.text();
    }

    /** Why a line's figures are not defined, or the convention they follow (shown as the line's tool tip). */
    private static String why(Figure a, Figure b) {
        List<String> reasons = new ArrayList<>();
        for (Figure f : new Figure[] { a, b }) {
            String reason = f instanceof Figure.NotDefined n ? n.reason() : f instanceof Figure.Value v ? v.note() : null;
            if (reason != null && !reasons.contains(reason)) {
                reasons.add(reason);
            }
        }
        return String.join("; ", reasons);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
