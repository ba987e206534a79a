package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.Code;
import org.coprod.model.CoprodPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A code that can be applied says what it means. */
final class CodeHasDefinition implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.CODE_WITHOUT_DEFINITION);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof Code code && code.isCodable() && (code.getDefinition() == null || code.getDefinition().isBlank())) {
            findings.report(ProblemCode.CODE_WITHOUT_DEFINITION, code, CoprodPackage.Literals.CODE__DEFINITION,
                    NLS.bind(Messages.Problem_noDefinition, code.getName()));
        }
    }
}
