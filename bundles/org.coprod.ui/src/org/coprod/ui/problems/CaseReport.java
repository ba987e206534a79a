package org.coprod.ui.problems;

import java.util.ArrayList;
import java.util.List;

import org.coprod.model.Case;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.ui.CoprodPreferences;

/** A case's validation problems and completeness, as the Problems view lists them. */
public record CaseReport(Case theCase, int completeness, List<Issue> issues) {

    /** One problem of a case, with the object and field it is about (to go there). */
    public record Issue(Case theCase, int severity, String message, EObject owner, EStructuralFeature feature) {
        public String severityLabel() {
            return switch (severity) {
                case Diagnostic.ERROR, Diagnostic.CANCEL -> Messages.CaseReport_error;
                case Diagnostic.WARNING -> Messages.CaseReport_warning;
                default -> Messages.CaseReport_missing;
            };
        }
    }

    /** Validates the case (with whatever validators are registered for the model) and scores its completeness. */
    public static CaseReport of(Case c) {
        List<Issue> issues = new ArrayList<>();
        CaseReport report = new CaseReport(c, Completeness.score(c), issues);
        collect(report, LibraryValidation.validate(c, CoprodPreferences.severities(), false), issues);
        for (Completeness.Item missing : Completeness.missing(c)) {
            issues.add(new Issue(c, Diagnostic.INFO, NLS.bind(Messages.CaseReport_no, missing.label()), c, missing.feature()));
        }
        return report;
    }

    private static void collect(CaseReport report, Diagnostic d, List<Issue> out) {
        for (Diagnostic child : d.getChildren()) {
            if (child.getSeverity() > Diagnostic.INFO) {
                List<?> data = child.getData();
                EObject owner = !data.isEmpty() && data.get(0) instanceof EObject eo ? eo : report.theCase();
                EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
                out.add(new Issue(report.theCase(), child.getSeverity(), child.getMessage(), owner, feature));
            }
            collect(report, child, out);
        }
    }

    /** Reports are told apart by their case: the Problems tree looks them up by it. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CaseReport r && r.theCase == theCase;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(theCase);
    }

    @Override
    public String toString() {
        return theCase.getId() + ": " + completeness + " %, " + issues.size() + " issues";
    }

    public long errors() {
        return issues.stream().filter(i -> i.severity() >= Diagnostic.ERROR).count();
    }

    public long warnings() {
        return issues.stream().filter(i -> i.severity() == Diagnostic.WARNING).count();
    }
}
