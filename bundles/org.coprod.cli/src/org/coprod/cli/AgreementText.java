package org.coprod.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.coprod.agreement.AgreementReport;
import org.coprod.agreement.CaseComparison;
import org.coprod.agreement.Figure;
import org.coprod.agreement.PassageComparison;
import org.coprod.agreement.Rater;
import org.coprod.agreement.Reliability;

/**
 * The agreement report as people read it: a table per pair of coders for passages, one for case-level codings, then
 * the disagreements side by side. A figure that is not defined shows as "–" with the reason on the line below.
 */
final class AgreementText {

    /** Disagreements listed per section; --json lists them all. */
    static final int SHOWN = 20;

    private final AgreementReport report;
    private final PrintStream out;

    AgreementText(AgreementReport report, PrintStream out) {
        this.report = report;
        this.out = out;
    }

    void print(String where) {
        List<String> labels = report.raters().stream().map(Rater::label).toList();
        out.println("Agreement between " + (labels.isEmpty() ? "nobody" : String.join(", ", labels)) + " (" + where + ")");
        for (PassageComparison p : report.passages()) {
            passages(p);
        }
        cases();
        disagreements();
        if (!report.notes().isEmpty()) {
            out.println();
            out.println("Notes:");
            report.notes().forEach(n -> out.println("  " + n));
        }
    }

    private void passages(PassageComparison p) {
        out.println();
        out.println("Passages, code point by code point as NVivo's coding comparison: " + p.first() + " and " + p.second() + ", "
                + p.texts() + (p.texts() == 1 ? " text" : " texts") + " coded by both");
        if (p.rows().isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "  %-28s %5s %11s %10s %7s%n", "code", "texts", "code points", "agreement", "kappa");
        List<PassageComparison.Summary> codes = new ArrayList<>(p.perCode());
        codes.sort(Comparator.comparing(s -> report.codeName(s.code())));
        for (PassageComparison.Summary s : codes) {
            summary(report.codeName(s.code()), s);
        }
        summary("all codes", p.overall());
        out.println("  per text (weights of the averages above):");
        for (PassageComparison.Row row : p.rows()) {
            out.printf(Locale.ROOT, "    %s in %s \"%s\", %d code points: both %d, %s only %d, %s only %d, neither %d: %s, kappa %s%n",
                    report.codeName(row.code()), row.text().key(), row.text().title(), row.table().total(), row.table().both(),
                    p.first(), row.table().firstOnly(), p.second(), row.table().secondOnly(), row.table().neither(),
                    row.agreement().percent(), row.kappa().text());
        }
    }

    private void summary(String name, PassageComparison.Summary s) {
        out.printf(Locale.ROOT, "  %-28s %5d %11d %10s %7s%n", cut(name, 28), s.texts(), s.characters(), cell(s.agreement(), true),
                cell(s.kappa(), false));
        reasons(s.agreement(), s.kappa());
    }

    private void cases() {
        out.println();
        out.println("Case-level codings: Krippendorff's alpha (nominal) over units coded by two coders or more; Cohen's kappa for two");
        out.printf(Locale.ROOT, "  %-40s %5s %6s %7s %7s%n", "measure", "units", "coders", "alpha", "kappa");
        for (Reliability r : report.cases().reliabilities()) {
            String name = r.category() == null ? r.measure().label() : "  " + r.category() + " (yes/no)";
            out.printf(Locale.ROOT, "  %-40s %5d %6d %7s %7s%n", cut(name, 40), r.units(), r.coders(), cell(r.alpha(), false),
                    cell(r.kappa(), false));
            reasons(r.alpha(), r.kappa());
        }
    }

    private void disagreements() {
        List<String> lines = new ArrayList<>();
        for (PassageComparison p : report.passages()) {
            for (PassageComparison.Disagreement d : p.disagreements()) {
                String quote = AgreementCommand.quote(d, 60);
                lines.add("passage " + d.text().key() + " " + d.start() + "–" + d.end() + " " + report.codeName(d.code()) + ": "
                        + d.codedBy() + " coded it, " + d.notBy() + " did not"
                        + (quote == null ? "" : ": \"" + quote.replaceAll("\\s+", " ").strip() + "\""));
            }
        }
        for (CaseComparison.Disagreement d : report.cases().disagreements()) {
            List<String> choices = new ArrayList<>();
            for (int i = 0; i < report.raters().size(); i++) {
                String v = d.choices().get(i);
                choices.add(report.raters().get(i) + " " + (v == null ? "(not coded)" : v));
            }
            lines.add("case " + d.unit() + " " + d.measure().label() + ": " + String.join("; ", choices));
        }
        out.println();
        if (lines.isEmpty()) {
            out.println("Disagreements: none");
            return;
        }
        out.println("Disagreements (" + lines.size() + "):");
        lines.stream().limit(SHOWN).forEach(l -> out.println("  " + l));
        if (lines.size() > SHOWN) {
            out.println("  … " + (lines.size() - SHOWN) + " more (--json lists them all)");
        }
    }

    /** Why figures are not defined, or the convention a value follows, once per distinct reason. */
    private void reasons(Figure... figures) {
        List<String> said = new ArrayList<>();
        for (Figure f : figures) {
            String reason = switch (f) {
                case Figure.NotDefined n -> "not defined: " + n.reason();
                case Figure.Value v -> v.note();
            };
            if (reason != null && !said.contains(reason)) {
                said.add(reason);
                out.println("      " + reason);
            }
        }
    }

    private static String cell(Figure f, boolean percent) {
        return !f.defined() ? "–" : percent ? f.percent() : f.text();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
