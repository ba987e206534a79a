package org.coprod.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.coprod.core.BovairdTypology;
import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Role;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCoding;
import org.coprod.model.ValueChainStage;
import org.junit.jupiter.api.Test;

/** The Coding page shows who acts at each stage and the cell the roles give beside the coder's, where they differ. */
class CodingPageTests {

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;
    private static final Typology BOVAIRD = BovairdTypology.create();

    private static Role role(String name, ActorType type, String component, ValueChainStage... stages) {
        Actor a = F.createActor();
        a.setName(name);
        a.setType(type);
        Role r = F.createRole();
        r.setActor(a);
        r.setComponent(component);
        r.getStages().addAll(List.of(stages));
        return r;
    }

    private static void code(Case c, String cell, String component) {
        TypologyCoding k = F.createTypologyCoding();
        k.setCell(BOVAIRD.getCells().stream().filter(x -> x.getCode().equals(cell)).findFirst().orElseThrow());
        k.setComponent(component);
        c.getCodings().add(k);
    }

    @Test
    void theDerivedCellIsShownPerComponentOnlyWhereItDiffers() {
        Case opp = F.createCase();
        opp.getRoles().add(role("Lane residents", ActorType.COMMUNITY_ORGANISATION, "lane sewers", ValueChainStage.PLANNING,
                ValueChainStage.DELIVERING));
        opp.getRoles().add(role("OPP", ActorType.NGO, "lane sewers", ValueChainStage.DESIGN));
        opp.getRoles().add(role("Karachi municipality", ActorType.LOCAL_GOVERNMENT, "trunk sewers", ValueChainStage.PLANNING,
                ValueChainStage.DELIVERING));
        opp.getRoles().add(role("KMC engineers", ActorType.PROFESSIONAL, "trunk sewers", ValueChainStage.DESIGN));
        code(opp, "P2-D3", "lane sewers");
        code(opp, "P2-D2", "trunk sewers");
        assertEquals("Roles suggest P1-D1 for trunk sewers; coded P2-D2.", CodingPage.derivedCellNote(opp));
    }

    @Test
    void whoActsReadsTheOneRuleAndARoleWithoutAnActorIsNotCommunity() {
        Case c = F.createCase();
        Role nobodyNamed = F.createRole();
        nobodyNamed.getStages().add(ValueChainStage.DELIVERING);
        c.getRoles().add(nobodyNamed);
        c.getRoles().add(role("Council", ActorType.LOCAL_GOVERNMENT, null, ValueChainStage.PLANNING));
        String[] expected = new String[ValueChainStage.VALUES.size()];
        Arrays.fill(expected, "–");
        expected[ValueChainStage.PLANNING.getValue()] = "P";
        expected[ValueChainStage.DELIVERING.getValue()] = "?";
        assertArrayEquals(expected, CodingPage.whoActs(c));
    }
}
