package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * A case's parent is a case the library has. A link left by a deleted or renamed parent is not a cycle: it has its own
 * code ({@link ProblemCode#DANGLING_PARENT}), where it used to be reported as {@link ProblemCode#PARENT_CYCLE}.
 */
final class ParentInLibrary implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.DANGLING_PARENT);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof Case c && c.getParent() != null && c.getParent().eIsProxy()) {
            findings.report(ProblemCode.DANGLING_PARENT, c, CoprodPackage.Literals.CASE__PARENT,
                    NLS.bind(Messages.Problem_unknownParent, Findings.caseLabel(c)));
        }
    }
}
