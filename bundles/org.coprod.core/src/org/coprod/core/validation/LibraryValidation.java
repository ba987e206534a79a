package org.coprod.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.coprod.model.Case;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Validates every case of a library with {@link CaseValidator}, cancellable, one diagnostic per case. */
public final class LibraryValidation {

    static {
        CaseValidator.register();
    }

    private LibraryValidation() {
    }

    /** The problems of one case (an OK diagnostic when it has none). */
    public static Diagnostic validate(Case c) {
        return new Diagnostician().validate(c);
    }

    /** The cases that have problems, each with its diagnostic, in library order. */
    public static List<Diagnostic> validate(List<Case> cases, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Validating " + cases.size() + " cases", cases.size());
        List<Diagnostic> out = new ArrayList<>();
        for (Case c : cases) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Diagnostic d = validate(c);
            if (d.getSeverity() != Diagnostic.OK) {
                out.add(d);
            }
            progress.worked(1);
        }
        return out;
    }

    /** All messages of a diagnostic tree, errors and warnings, flattened. */
    public static List<Diagnostic> leaves(Diagnostic d) {
        List<Diagnostic> out = new ArrayList<>();
        if (d.getChildren().isEmpty()) {
            if (d.getSeverity() != Diagnostic.OK) {
                out.add(d);
            }
        } else {
            d.getChildren().forEach(child -> out.addAll(leaves(child)));
        }
        return out;
    }

    /** An error count and warning count over diagnostics. */
    public static int count(List<Diagnostic> diagnostics, int severity) {
        int n = 0;
        for (Diagnostic d : diagnostics) {
            n += (int) leaves(d).stream().filter(l -> l.getSeverity() == severity).count();
        }
        return n;
    }
}
