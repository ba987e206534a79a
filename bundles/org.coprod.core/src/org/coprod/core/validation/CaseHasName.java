package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A case has a name, which every list and brief shows. */
final class CaseHasName implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.MISSING_NAME);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof Case c && (c.getName() == null || c.getName().isBlank())) {
            findings.report(ProblemCode.MISSING_NAME, c, CoprodPackage.Literals.CASE__NAME,
                    NLS.bind(Messages.Problem_noName, Findings.caseLabel(c)));
        }
    }
}
