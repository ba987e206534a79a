package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.CoprodPackage;
import org.coprod.model.Outcome;
import org.coprod.model.ResourceContribution;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A contribution's amount and an outcome's value say which year they are of; the year field is blamed. */
final class NumbersHaveYear implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.NUMBER_WITHOUT_YEAR);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof ResourceContribution r && r.getAmount() != null && r.getYear() == null) {
            findings.report(ProblemCode.NUMBER_WITHOUT_YEAR, r, CoprodPackage.Literals.RESOURCE_CONTRIBUTION__YEAR,
                    NLS.bind(Messages.Problem_amountWithoutYear, Findings.caseLabel(r), r.getAmount()));
        } else if (object instanceof Outcome o && o.getValue() != null && o.getYear() == null) {
            findings.report(ProblemCode.NUMBER_WITHOUT_YEAR, o, CoprodPackage.Literals.OUTCOME__YEAR,
                    NLS.bind(Messages.Problem_valueWithoutYear, Findings.caseLabel(o), o.getIndicator()));
        }
    }
}
