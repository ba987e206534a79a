package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.CaseLibrary;
import org.coprod.model.CoprodPackage;
import org.coprod.model.SourceRef;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A reference to a source names a source the library lists, so that a brief can cite it. */
final class SourceInLibrary implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.MISSING_SOURCE);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof SourceRef ref
                && (ref.getSource() == null || ref.getSource().eIsProxy() || !(ref.getSource().eContainer() instanceof CaseLibrary))) {
            findings.report(ProblemCode.MISSING_SOURCE, ref, CoprodPackage.Literals.SOURCE_REF__SOURCE,
                    NLS.bind(Messages.Problem_unknownSource, Findings.caseLabel(ref)));
        }
    }
}
