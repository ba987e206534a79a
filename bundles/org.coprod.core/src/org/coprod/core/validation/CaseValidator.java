package org.coprod.core.validation;

import java.util.Map;
import java.util.Set;

import org.coprod.core.Countries;
import org.coprod.core.Languages;
import org.coprod.model.Actor;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CaseType;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Note;
import org.coprod.model.Outcome;
import org.coprod.model.Phase;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.coprod.model.SourceRef;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * The rules a case must keep, as an {@link EValidator} for the model's package. Each message names the case and the
 * field; its data holds the object and the feature, so that an editor can jump to the field.
 */
public final class CaseValidator extends EObjectValidator {

    public static final String SOURCE = "org.coprod.core";
    public static final CaseValidator INSTANCE = new CaseValidator();

    /** Codes of the rules, so that tests and views can tell them apart. */
    public static final int MISSING_ID = 1, MISSING_NAME = 2, MISSING_COUNTRY = 3, BAD_COUNTRY = 4, PERIOD_INVERTED = 5,
            NOT_APPLICABLE_CELL = 6, MISSING_CELL = 7, NEGATIVE_CONTRIBUTION = 8, MISSING_ACTOR = 9, PARENT_CYCLE = 10,
            MISSING_SOURCE = 11, DOCUMENT_CODING_WITHOUT_SOURCE = 12, NUMBER_WITHOUT_YEAR = 13, BAD_LANGUAGE = 14;

    /** Case types that may be about no single country (regional networks, background evidence). */
    private static final Set<CaseType> COUNTRY_OPTIONAL = Set.of(CaseType.CONTEXT_EVIDENCE, CaseType.MENTION,
            CaseType.ORGANISATION_NETWORK);

    private CaseValidator() {
    }

    /** Makes {@code Diagnostician.INSTANCE} use these rules for the model's objects. */
    public static void register() {
        EValidator.Registry.INSTANCE.put(CoprodPackage.eINSTANCE, INSTANCE);
    }

    @Override
    protected EPackage getEPackage() {
        return CoprodPackage.eINSTANCE;
    }

    /** Dangling references are reported by the rules below, with the case and field named, not by EMF's generic message. */
    @Override
    public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        // The generic checks (multiplicities, unresolved proxies) first, then ours.
        boolean ok = super.validate(eClass, object, diagnostics, context);
        if (object instanceof Case c) {
            ok &= validateCase(c, diagnostics);
        } else if (object instanceof TypologyCoding coding) {
            ok &= validateCoding(coding, diagnostics);
        } else if (object instanceof Role role) {
            ok &= validateActor(role, role.getActor(), CoprodPackage.Literals.ROLE__ACTOR, "roles", true, diagnostics);
        } else if (object instanceof ResourceContribution r) {
            ok &= validateContribution(r, diagnostics);
        } else if (object instanceof Outcome o) {
            ok &= validateOutcome(o, diagnostics);
        } else if (object instanceof SourceRef ref) {
            ok &= validateSourceRef(ref, diagnostics);
        } else if (object instanceof Phase p) {
            ok &= validatePeriod(p, p.getStartYear(), p.getEndYear(), CoprodPackage.Literals.PHASE__END_YEAR,
                    "phase '" + p.getLabel() + "'", diagnostics);
        } else if (object instanceof Note n) {
            ok &= validateNote(n, diagnostics);
        }
        return ok;
    }

    private boolean validateCase(Case c, DiagnosticChain d) {
        boolean ok = true;
        if (c.getId() == null || c.getId().isBlank()) {
            ok &= report(d, Diagnostic.ERROR, MISSING_ID, c, CoprodPackage.Literals.CASE__ID, "Case '" + c.getName() + "' (id): has no id");
        }
        if (c.getName() == null || c.getName().isBlank()) {
            ok &= report(d, Diagnostic.ERROR, MISSING_NAME, c, CoprodPackage.Literals.CASE__NAME, label(c) + " (name): has no name");
        }
        if (c.getCountries().isEmpty()) {
            // Regional programmes and background evidence may name a region rather than a country: a warning only.
            boolean optional = COUNTRY_OPTIONAL.contains(c.getCaseType()) || !c.getPlaces().isEmpty();
            ok &= report(d, optional ? Diagnostic.WARNING : Diagnostic.ERROR, MISSING_COUNTRY, c, CoprodPackage.Literals.CASE__COUNTRIES,
                    label(c) + " (countries): has no country"
                            + (c.getPlaces().isEmpty() ? "" : " (only " + String.join(", ", c.getPlaces()) + ")"));
        }
        for (String country : c.getCountries()) {
            if (!Countries.isCode(country)) {
                ok &= report(d, Diagnostic.ERROR, BAD_COUNTRY, c, CoprodPackage.Literals.CASE__COUNTRIES,
                        label(c) + " (countries): '" + country + "' is not an ISO 3166-1 alpha-2 code");
            }
        }
        ok &= validatePeriod(c, c.getPeriodStart(), c.getPeriodEnd(), CoprodPackage.Literals.CASE__PERIOD_END, "period", d);
        if (c.getParent() != null && c.getParent().eIsProxy()) {
            ok &= report(d, Diagnostic.ERROR, PARENT_CYCLE, c, CoprodPackage.Literals.CASE__PARENT, label(c)
                    + " (parent): refers to a case the library does not have");
        }
        Case ancestor = c.getParent();
        for (int depth = 0; ancestor != null && depth < 1000; depth++, ancestor = ancestor.getParent()) {
            if (ancestor == c) {
                ok &= report(d, Diagnostic.ERROR, PARENT_CYCLE, c, CoprodPackage.Literals.CASE__PARENT, label(c)
                        + " (parent): is its own ancestor");
                break;
            }
        }
        return ok;
    }

    private boolean validatePeriod(EObject o, Integer start, Integer end, EStructuralFeature feature, String what, DiagnosticChain d) {
        if (start != null && end != null && start > end) {
            return report(d, Diagnostic.ERROR, PERIOD_INVERTED, o, feature, label(o) + " (" + what + "): ends in " + end
                    + " before it starts in " + start);
        }
        return true;
    }

    private boolean validateCoding(TypologyCoding coding, DiagnosticChain d) {
        boolean ok = true;
        if (coding.getCell() == null || coding.getCell().eIsProxy()) {
            return report(d, Diagnostic.ERROR, MISSING_CELL, coding, CoprodPackage.Literals.TYPOLOGY_CODING__CELL,
                    label(coding) + " (codings): a coding without a typology cell the library knows");
        }
        if (!coding.getCell().isApplicable()) {
            ok &= report(d, Diagnostic.ERROR, NOT_APPLICABLE_CELL, coding, CoprodPackage.Literals.TYPOLOGY_CODING__CELL,
                    label(coding) + " (codings): coded in cell " + coding.getCell().getCode() + ", which is not applicable");
        }
        if (coding.getAssignedBy() == AssignedBy.DOCUMENT && coding.getSource() == null) {
            ok &= report(d, Diagnostic.WARNING, DOCUMENT_CODING_WITHOUT_SOURCE, coding, CoprodPackage.Literals.TYPOLOGY_CODING__SOURCE,
                    label(coding) + " (codings): coding " + coding.getCell().getCode() + " is document-assigned but names no source");
        }
        return ok;
    }

    private boolean validateContribution(ResourceContribution r, DiagnosticChain d) {
        boolean ok = true;
        if (r.getAmount() != null && r.getAmount() < 0) {
            ok &= report(d, Diagnostic.ERROR, NEGATIVE_CONTRIBUTION, r, CoprodPackage.Literals.RESOURCE_CONTRIBUTION__AMOUNT,
                    label(r) + " (contributions): amount " + r.getAmount() + " is negative");
        }
        if (r.getAmount() != null && r.getYear() == null) {
            ok &= report(d, Diagnostic.WARNING, NUMBER_WITHOUT_YEAR, r, CoprodPackage.Literals.RESOURCE_CONTRIBUTION__YEAR,
                    label(r) + " (contributions): amount " + r.getAmount() + " has no year");
        }
        return ok & validateActor(r, r.getActor(), CoprodPackage.Literals.RESOURCE_CONTRIBUTION__ACTOR, "contributions", false, d);
    }

    private boolean validateOutcome(Outcome o, DiagnosticChain d) {
        if (o.getValue() != null && o.getYear() == null) {
            return report(d, Diagnostic.WARNING, NUMBER_WITHOUT_YEAR, o, CoprodPackage.Literals.OUTCOME__YEAR,
                    label(o) + " (outcomes): '" + o.getIndicator() + "' has a value but no year");
        }
        return true;
    }

    private boolean validateActor(EObject owner, Actor actor, EStructuralFeature feature, String field, boolean required,
            DiagnosticChain d) {
        if (actor == null) {
            return !required || report(d, Diagnostic.ERROR, MISSING_ACTOR, owner, feature, label(owner) + " (" + field
                    + "): names no actor");
        }
        boolean inLibrary = !actor.eIsProxy() && actor.eContainer() instanceof CaseLibrary;
        if (!inLibrary) {
            String name = actor.eIsProxy() ? ((InternalEObject) actor).eProxyURI().fragment() : actor.getName();
            return report(d, Diagnostic.ERROR, MISSING_ACTOR, owner, feature,
                    label(owner) + " (" + field + "): refers to actor '" + name + "', which the library does not have");
        }
        return true;
    }

    private boolean validateSourceRef(SourceRef ref, DiagnosticChain d) {
        if (ref.getSource() == null || ref.getSource().eIsProxy() || !(ref.getSource().eContainer() instanceof CaseLibrary)) {
            return report(d, Diagnostic.ERROR, MISSING_SOURCE, ref, CoprodPackage.Literals.SOURCE_REF__SOURCE,
                    label(ref) + " (sources): refers to a source the library does not have");
        }
        return true;
    }

    private boolean validateNote(Note n, DiagnosticChain d) {
        if (n.getLanguage() != null && !Languages.isCode(n.getLanguage())) {
            return report(d, Diagnostic.WARNING, BAD_LANGUAGE, n, CoprodPackage.Literals.NOTE__LANGUAGE,
                    label(n) + " (notes): '" + n.getLanguage() + "' is not an ISO 639-1 language code");
        }
        return true;
    }

    private static boolean report(DiagnosticChain d, int severity, int code, EObject object, EStructuralFeature feature, String message) {
        if (d != null) {
            d.add(new BasicDiagnostic(severity, SOURCE, code, message, new Object[] { object, feature }));
        }
        return severity != Diagnostic.ERROR;
    }

    /** "Case 'name' [id]" for the case an object belongs to. */
    static String label(EObject o) {
        EObject e = o;
        while (e != null && !(e instanceof Case)) {
            e = e.eContainer();
        }
        if (e instanceof Case c) {
            return "Case '" + (c.getName() == null ? "" : c.getName()) + "' [" + c.getId() + "]";
        }
        return o.eClass().getName();
    }
}
