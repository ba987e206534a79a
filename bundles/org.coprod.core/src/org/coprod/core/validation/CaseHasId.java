package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A case has an id: its file and every link to it are named by it. */
final class CaseHasId implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.MISSING_ID);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof Case c && (c.getId() == null || c.getId().isBlank())) {
            // Not Findings.caseLabel: its "[id]" would read "[null]".
            findings.report(ProblemCode.MISSING_ID, c, CoprodPackage.Literals.CASE__ID, NLS.bind(Messages.Problem_noId, c.getName()));
        }
    }
}
