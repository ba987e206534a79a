package org.coprod.ui.problems;

import java.util.ArrayList;
import java.util.List;

import org.coprod.core.validation.LibraryValidation;
import org.coprod.model.CaseLibrary;
import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.problems.CaseReport.Issue;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The codebook's problems (codes without a definition…), as the Problems view lists them above the cases. */
public record CodebookReport(List<Issue> issues) {

    /** Validates the library's codes with the user's severities; the issues belong to no case. */
    public static CodebookReport of(CaseLibrary library) {
        List<Issue> issues = new ArrayList<>();
        collect(LibraryValidation.validateCodebook(library, CoprodPreferences.severities()), issues);
        return new CodebookReport(List.copyOf(issues));
    }

    private static void collect(Diagnostic d, List<Issue> out) {
        for (Diagnostic child : d.getChildren()) {
            if (child.getSeverity() > Diagnostic.INFO && child.getChildren().isEmpty()) {
                List<?> data = child.getData();
                EObject owner = !data.isEmpty() && data.get(0) instanceof EObject eo ? eo : null;
                EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
                out.add(new Issue(null, child.getSeverity(), child.getMessage(), owner, feature));
            }
            collect(child, out);
        }
    }

    public long errors() {
        return issues.stream().filter(i -> i.severity() >= Diagnostic.ERROR).count();
    }

    public long warnings() {
        return issues.stream().filter(i -> i.severity() == Diagnostic.WARNING).count();
    }
}
