package org.coprod.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.layout.GridData;
import static org.coprod.model.CoprodPackage.Literals.CASE__POLITICAL_PROFILE;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * Politics: Mitlin's political dimensions of the case (state stance, clientelism, confrontation, co-optation risk,
 * networks, savings, data activities...). The profile is created by the first field filled in.
 */
public final class PoliticsPage {

    private PoliticsPage() {
    }

    public static void fill(Composite body, CaseForm form) {
        body.setLayout(new GridLayout(4, false));
        Case c = form.theCase();
        FieldBinder.Creator creator = new FieldBinder.Creator(c, CASE__POLITICAL_PROFILE);
        List<EAttribute> longTexts = new ArrayList<>();
        for (EAttribute a : CoprodPackage.Literals.POLITICAL_PROFILE.getEAllAttributes()) {
            if (a.getName().equals("accountabilityMechanisms") || a.getName().equals("precedent")) {
                longTexts.add(a);
            } else {
                form.binder().field(body, FieldBinder.label(a), c::getPoliticalProfile, a, creator, false);
            }
        }
        if (body.getChildren().length % 4 != 0) {
            form.toolkit().createLabel(body, "");
            form.toolkit().createLabel(body, "");
        }
        for (EAttribute a : longTexts) {
            FieldBinder.Binding b = form.binder().field(body, FieldBinder.label(a), c::getPoliticalProfile, a, creator, true);
            ((GridData) b.control().getLayoutData()).horizontalSpan = 3;
        }
    }
}
