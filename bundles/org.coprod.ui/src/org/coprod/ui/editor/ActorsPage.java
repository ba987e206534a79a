package org.coprod.ui.editor;

import static org.coprod.model.CoprodPackage.Literals.CASE__ROLES;

import org.coprod.model.Case;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/** Actors and roles: what each actor does in the case, at which stages, in which phase and component, when. */
public final class ActorsPage {

    private ActorsPage() {
    }

    public static void fill(Composite body, CaseForm form) {
        body.setLayout(new GridLayout(1, false));
        Case c = form.theCase();
        form.table(body, Messages.ActorsPage_roles, Messages.ActorsPage_pickTheActorFrom, () -> c,
                CASE__ROLES, "actor", "kind", "stages", "phase", "component", "startYear", "endYear");
    }
}
