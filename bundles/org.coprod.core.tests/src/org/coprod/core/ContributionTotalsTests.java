package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.Case;
import org.coprod.model.ContributionKind;
import org.coprod.model.CoprodFactory;
import org.coprod.model.ResourceContribution;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.Test;

/** Issue 8 item 5: money whose amount nobody recorded is not a contribution in kind. */
class ContributionTotalsTests {

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;

    private static ResourceContribution give(Case c, Actor who, ContributionKind kind, Double amount, String currency) {
        ResourceContribution r = F.createResourceContribution();
        r.setActor(who);
        r.setKind(kind);
        r.setAmount(amount);
        r.setCurrency(currency);
        c.getContributions().add(r);
        return r;
    }

    private static Actor actor(ActorType type) {
        Actor a = F.createActor();
        a.setName("x");
        a.setType(type);
        return a;
    }

    @Test
    void moneyWithoutAnAmountIsCountedApartFromContributionsInKind() {
        Case c = FixtureLibraries.newCase("caterham", "Caterham", "GB");
        Actor developers = actor(ActorType.PRIVATE_SECTOR);
        Actor trust = actor(ActorType.COMMUNITY_ORGANISATION);
        give(c, developers, ContributionKind.MONEY, 2_500_000.0, "GBP");
        give(c, developers, ContributionKind.MONEY, 500_000.0, "GBP");
        ResourceContribution unknownSum = give(c, developers, ContributionKind.GRANT, null, null);
        ResourceContribution land = give(c, trust, ContributionKind.LAND, null, null);
        ResourceContribution unknownKind = give(c, trust, null, null, null);

        Map<String, ContributionTotals.Line> lines = ContributionTotals.of(c).byContributorType();
        assertEquals(Map.of("GBP", 3_000_000.0), lines.get("private sector").money());
        assertEquals(1, lines.get("private sector").amountNotRecorded());
        assertEquals(0, lines.get("private sector").inKind());
        assertEquals(1, lines.get("community organisation").inKind());
        assertEquals(1, lines.get("community organisation").amountNotRecorded(), "no recorded kind: not assumed in kind");

        assertEquals("amount not recorded", ContributionTotals.withoutAmount(unknownSum));
        assertEquals("in kind", ContributionTotals.withoutAmount(land));
        assertEquals("amount not recorded", ContributionTotals.withoutAmount(unknownKind));
        String text = ContributionTotals.of(c).text();
        assertTrue(text.contains("private sector: 3,000,000 GBP; 1 contribution with amount not recorded"), text);
        assertFalse(text.contains("private sector: 3,000,000 GBP; 1 contribution in kind"), text);
    }

    @Test
    void noContributionsSaySo() {
        assertEquals("  (no contributions recorded)", ContributionTotals.of(FixtureLibraries.newCase("x", "X", "GB")).text());
    }
}
