package org.coprod.core.validation;

import java.util.Set;

import org.coprod.core.Countries;
import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A case's countries are ISO 3166-1 alpha-2 codes, one problem for each that is not. */
final class CountriesAreIsoCodes implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.BAD_COUNTRY);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof Case c) {
            for (String country : c.getCountries()) {
                if (!Countries.isCode(country)) {
                    findings.report(ProblemCode.BAD_COUNTRY, c, CoprodPackage.Literals.CASE__COUNTRIES,
                            NLS.bind(Messages.Problem_notIsoCountry, Findings.caseLabel(c), country));
                }
            }
        }
    }
}
