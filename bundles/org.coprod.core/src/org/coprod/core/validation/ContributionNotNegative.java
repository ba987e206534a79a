package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.CoprodPackage;
import org.coprod.model.ResourceContribution;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A contribution's amount is what an actor gave: never negative. */
final class ContributionNotNegative implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.NEGATIVE_CONTRIBUTION);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof ResourceContribution r && r.getAmount() != null && r.getAmount() < 0) {
            findings.report(ProblemCode.NEGATIVE_CONTRIBUTION, r, CoprodPackage.Literals.RESOURCE_CONTRIBUTION__AMOUNT,
                    NLS.bind(Messages.Problem_negativeAmount, Findings.caseLabel(r), r.getAmount()));
        }
    }
}
