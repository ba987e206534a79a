package org.coprod.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.osgi.util.NLS;

/** Validates every case of a library with {@link CaseValidator}, cancellable, one diagnostic per case. */
public final class LibraryValidation {

    private LibraryValidation() {
    }

    /** The problems of one case (an OK diagnostic when it has none), with the rules' own severities and no advice. */
    public static Diagnostic validate(Case c) {
        return validate(c, Severities.DEFAULTS, false);
    }

    /** The problems of one case with the user's severities, and the advice on it (INFO) when {@code advice}. */
    public static Diagnostic validate(Case c, Severities severities, boolean advice) {
        Diagnostician diagnostician = new Diagnostician();
        return diagnostician.validate(c, context(diagnostician, severities, advice));
    }

    /** A validation context for {@code diagnostician} carrying the user's severities and whether advice is wanted. */
    public static Map<Object, Object> context(Diagnostician diagnostician, Severities severities, boolean advice) {
        Map<Object, Object> context = diagnostician.createDefaultContext();
        severities.putInto(context);
        context.put(CaseValidator.ADVICE, advice);
        return context;
    }

    /** The problems of the library's codebook (its codes), with the user's severities. */
    public static Diagnostic validateCodebook(CaseLibrary library, Severities severities) {
        Diagnostician diagnostician = new Diagnostician();
        BasicDiagnostic all = new BasicDiagnostic(CaseValidator.SOURCE, 0, "Codebook", new Object[] { library.getCodebook() });
        if (library.getCodebook() != null) {
            Map<Object, Object> context = context(diagnostician, severities, false);
            library.getCodebook().getCodes().forEach(code -> all.add(diagnostician.validate(code, context)));
        }
        return all;
    }

    /** The cases that have problems, each with its diagnostic, in library order. */
    public static List<Diagnostic> validate(List<Case> cases, IProgressMonitor monitor) {
        return validate(cases, Severities.DEFAULTS, monitor);
    }

    /** Like {@link #validate(List, IProgressMonitor)}, with the user's severities (and no advice). */
    public static List<Diagnostic> validate(List<Case> cases, Severities severities, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Validating, cases.size()), cases.size());
        List<Diagnostic> out = new ArrayList<>();
        for (Case c : cases) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Diagnostic d = validate(c, severities, false);
            if (d.getSeverity() != Diagnostic.OK) {
                out.add(d);
            }
            progress.worked(1);
        }
        return out;
    }

    /** All messages of a diagnostic tree (errors, warnings and any advice), flattened. */
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
