package org.coprod.core.validation;

import java.util.Map;

import org.coprod.core.Cases;
import org.coprod.model.Case;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * Where rules report what they find: each problem becomes a diagnostic whose data is [object, feature], so that the
 * editor decorates the field and the Problems view jumps to it, with the severity the user chose for its code.
 */
final class Findings {

    private final DiagnosticChain diagnostics;
    private final Severities severities;
    private final boolean advice;
    private boolean ok = true;

    Findings(DiagnosticChain diagnostics, Map<Object, Object> context) {
        this.diagnostics = diagnostics;
        this.severities = Severities.in(context);
        // Advice on every empty field would bury the editor's few real problems: it is asked for, never assumed.
        this.advice = context != null && Boolean.TRUE.equals(context.get(CaseValidator.ADVICE));
    }

    /** Reports a problem with its code's usual severity. */
    void report(ProblemCode code, EObject object, EStructuralFeature feature, String message) {
        report(code, code.defaultSeverity(), object, feature, message);
    }

    /** Reports a problem that the rule finds milder (or graver) than its code's usual severity in this case. */
    void report(ProblemCode code, Severity ruleSeverity, EObject object, EStructuralFeature feature, String message) {
        Severity severity = severities.of(code, ruleSeverity);
        if (severity == Severity.IGNORE || (severity == Severity.INFO && !advice)) {
            return;
        }
        ok &= severity != Severity.ERROR;
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity.diagnostic(), CaseValidator.SOURCE, code.number(), message,
                    new Object[] { object, feature }));
        }
    }

    /** Whether no error was reported. */
    boolean ok() {
        return ok;
    }

    /** "Case 'name' [id]" for the case an object belongs to, with which every message starts. */
    static String caseLabel(EObject o) {
        Case c = Cases.containing(o);
        if (c != null) {
            return NLS.bind(Messages.Case_label, c.getName() == null ? "" : c.getName(), c.getId());
        }
        return o.eClass().getName();
    }
}
