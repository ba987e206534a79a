package org.coprod.ui.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.Case;
import org.coprod.model.ContributionKind;
import org.coprod.model.CoprodFactory;
import org.coprod.model.ResourceContribution;
import org.junit.jupiter.api.Test;

/** Issue 8 item 5: a money contribution whose amount nobody recorded is not a contribution in kind. */
class ContributionLabelsTests {

    private static Case caseWith(ContributionKind kind, Double amount) {
        Actor city = CoprodFactory.eINSTANCE.createActor();
        city.setName("Gateshead Council");
        city.setType(ActorType.LOCAL_GOVERNMENT);
        ResourceContribution r = CoprodFactory.eINSTANCE.createResourceContribution();
        r.setActor(city);
        r.setKind(kind);
        r.setAmount(amount);
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId("sure-start");
        c.getContributions().add(r);
        return c;
    }

    @Test
    void moneyWithoutAnAmountIsNotCalledInKind() {
        String shown = ComparisonDimensions.CONTRIBUTIONS.of(caseWith(ContributionKind.MONEY, null));
        assertFalse(shown.contains("in kind"), shown);
        assertTrue(shown.contains("amount not recorded"), shown);
    }

    @Test
    void landWithoutAnAmountIsStillInKind() {
        String shown = ComparisonDimensions.CONTRIBUTIONS.of(caseWith(ContributionKind.LAND, null));
        assertTrue(shown.contains("1 contribution in kind"), shown);
        assertFalse(shown.contains("amount not recorded"), shown);
    }
}
