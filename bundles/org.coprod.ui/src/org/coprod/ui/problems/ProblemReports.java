package org.coprod.ui.problems;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.ui.editor.Names;
import org.eclipse.osgi.util.NLS;

/**
 * The reports the Problems view lists, least complete first, kept in step with the library: reports of cases that left
 * it go, new cases get one, and changed cases are checked again. Runs on the UI thread, which owns the live model.
 */
public final class ProblemReports {

    private static final Comparator<CaseReport> ORDER = Comparator.comparingInt(CaseReport::completeness)
            .thenComparing(r -> Names.of(r.theCase()));

    private ProblemReports() {
    }

    /** The reports in the view's order. */
    public static List<CaseReport> sorted(Collection<CaseReport> reports) {
        List<CaseReport> out = new ArrayList<>(reports);
        out.sort(ORDER);
        return out;
    }

    /**
     * The reports after the library changed: {@code changed} cases (and any case without a report) are checked again,
     * and cases no longer in {@code library} are dropped.
     */
    public static List<CaseReport> follow(List<CaseReport> reports, CaseLibrary library, Collection<Case> changed) {
        Map<Case, CaseReport> byCase = new IdentityHashMap<>();
        reports.forEach(r -> byCase.put(r.theCase(), r));
        List<CaseReport> out = new ArrayList<>(library.getCases().size());
        for (Case c : library.getCases()) {
            CaseReport old = byCase.get(c);
            out.add(old == null || changed.contains(c) ? CaseReport.of(c) : old);
        }
        return sorted(out);
    }

    /** The view's heading: cases, errors and warnings counted, each with its own plural. */
    public static String heading(List<CaseReport> reports) {
        long errors = reports.stream().mapToLong(CaseReport::errors).sum();
        long warnings = reports.stream().mapToLong(CaseReport::warnings).sum();
        double mean = reports.stream().mapToInt(CaseReport::completeness).average().orElse(0);
        String cases = count(reports.size(), Messages.ProblemReports_case, Messages.ProblemReports_cases);
        String e = count(errors, Messages.ProblemReports_error, Messages.ProblemReports_errors);
        String w = count(warnings, Messages.ProblemReports_warning, Messages.ProblemReports_warnings);
        return NLS.bind(Messages.ProblemReports_heading, new Object[] { cases, e, w, String.format("%.0f", mean) });
    }

    /** "1 error", "2 errors", "no errors". */
    public static String count(long n, String one, String many) {
        return NLS.bind(n == 0 ? Messages.ProblemReports_none : n == 1 ? Messages.ProblemReports_one : Messages.ProblemReports_many, n,
                n == 1 ? one : many);
    }
}
