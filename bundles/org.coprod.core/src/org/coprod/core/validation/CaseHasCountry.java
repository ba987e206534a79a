package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.CoprodPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A case names at least one country; a regional or background record may name only places, with a warning. */
final class CaseHasCountry implements Rule {

    /** Case types that may be about no single country (regional networks, background evidence). */
    private static final Set<CaseType> COUNTRY_OPTIONAL =
            Set.of(CaseType.CONTEXT_EVIDENCE, CaseType.MENTION, CaseType.ORGANISATION_NETWORK);

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.MISSING_COUNTRY);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof Case c && c.getCountries().isEmpty()) {
            boolean optional = COUNTRY_OPTIONAL.contains(c.getCaseType()) || !c.getPlaces().isEmpty();
            String message = c.getPlaces().isEmpty() ? NLS.bind(Messages.Problem_noCountry, Findings.caseLabel(c))
                    : NLS.bind(Messages.Problem_noCountryOnlyPlaces, Findings.caseLabel(c), String.join(", ", c.getPlaces()));
            Severity severity = optional ? Severity.WARNING : Severity.ERROR;
            findings.report(ProblemCode.MISSING_COUNTRY, severity, c, CoprodPackage.Literals.CASE__COUNTRIES, message);
        }
    }
}
