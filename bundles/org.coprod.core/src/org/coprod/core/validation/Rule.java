package org.coprod.core.validation;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/** One validation rule: it looks at each object of a case and reports what it finds under its own codes. */
interface Rule {

    /** The codes this rule reports under; every code has exactly one rule. */
    Set<ProblemCode> codes();

    /** Checks one object (a case or any object inside it); a rule ignores objects of classes it is not about. */
    void check(EObject object, Findings findings);
}
