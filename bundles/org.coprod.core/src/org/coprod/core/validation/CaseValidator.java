package org.coprod.core.validation;

import java.util.Map;

import org.coprod.model.CoprodPackage;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * The model's validation rules ({@link CaseRules}) as the {@link EValidator} of its package, so that the standard
 * {@code Diagnostician} applies them wherever a case is checked. Each message names the case and the field; its data
 * holds the object and the feature, so that an editor can decorate the field and a view can jump to it.
 * <p>
 * The context may carry the user's {@link Severities} ({@link Severities#putInto(Map)}) and {@link #ADVICE}; without
 * them the rules' own severities apply and advice is left out.
 */
public final class CaseValidator extends EObjectValidator {

    public static final String SOURCE = "org.coprod.core";
    public static final CaseValidator INSTANCE = new CaseValidator();

    /** Context key: {@link Boolean#TRUE} to hear of problems at {@link Severity#INFO} (advice) too. */
    public static final String ADVICE = "org.coprod.core.validation.advice";

    private CaseValidator() {
    }

    /**
     * Makes {@code Diagnostician.INSTANCE} use these rules for the model's objects. Called once, when the core bundle
     * starts ({@link org.coprod.core.CoreBundle}); code running without OSGi calls it itself.
     */
    public static void register() {
        EValidator.Registry.INSTANCE.put(CoprodPackage.eINSTANCE, INSTANCE);
    }

    /** Undoes {@link #register()}, unless another validator has taken the package's place since. */
    public static void unregister() {
        EValidator.Registry.INSTANCE.remove(CoprodPackage.eINSTANCE, INSTANCE);
    }

    @Override
    protected EPackage getEPackage() {
        return CoprodPackage.eINSTANCE;
    }

    /** Dangling references are reported by the rules, with the case and field named, not by EMF's generic message. */
    @Override
    public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        // The generic checks (multiplicities, unresolved proxies) first, then ours.
        boolean ok = super.validate(eClass, object, diagnostics, context);
        Findings findings = new Findings(diagnostics, context);
        for (Rule rule : CaseRules.ALL) {
            rule.check(object, findings);
        }
        return ok & findings.ok();
    }
}
