package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A case is not its own ancestor. */
final class NoParentCycle implements Rule {

    /** A cycle that does not pass through the case itself would otherwise keep the walk up going for ever. */
    private static final int DEEPEST = 1000;

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.PARENT_CYCLE);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (!(object instanceof Case c)) {
            return;
        }
        Case ancestor = c.getParent();
        for (int depth = 0; ancestor != null && depth < DEEPEST; depth++, ancestor = ancestor.getParent()) {
            if (ancestor == c) {
                findings.report(ProblemCode.PARENT_CYCLE, c, CoprodPackage.Literals.CASE__PARENT,
                        NLS.bind(Messages.Problem_ownAncestor, Findings.caseLabel(c)));
                return;
            }
        }
    }
}
