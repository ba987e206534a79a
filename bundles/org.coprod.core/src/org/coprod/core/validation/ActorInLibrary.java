package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.Actor;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CoprodPackage;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.osgi.util.NLS;

/**
 * A role names an actor, and a role or contribution names only actors the library lists: an actor known only to one
 * case would be missing from every comparison of actors.
 */
final class ActorInLibrary implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.MISSING_ACTOR);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof Role role) {
            check(role, role.getActor(), CoprodPackage.Literals.ROLE__ACTOR, Messages.Field_roles, true, findings);
        } else if (object instanceof ResourceContribution r) {
            // A record may not say who made a contribution; only an actor it does name must be in the library.
            check(r, r.getActor(), CoprodPackage.Literals.RESOURCE_CONTRIBUTION__ACTOR, Messages.Field_contributions, false, findings);
        }
    }

    private static void check(EObject owner, Actor actor, EStructuralFeature feature, String field, boolean required, Findings findings) {
        if (actor == null) {
            if (required) {
                findings.report(ProblemCode.MISSING_ACTOR, owner, feature,
                        NLS.bind(Messages.Problem_noActor, Findings.caseLabel(owner), field));
            }
        } else if (actor.eIsProxy() || !(actor.eContainer() instanceof CaseLibrary)) {
            String name = actor.eIsProxy() ? ((InternalEObject) actor).eProxyURI().fragment() : actor.getName();
            findings.report(ProblemCode.MISSING_ACTOR, owner, feature,
                    NLS.bind(Messages.Problem_unknownActor, new Object[] {Findings.caseLabel(owner), field, name}));
        }
    }
}
