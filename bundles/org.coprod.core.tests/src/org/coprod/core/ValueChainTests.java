package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Role;
import org.coprod.model.ValueChainStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueChainTests {

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;

    @TempDir
    Path dir;

    private static Role role(Actor actor, String component, ValueChainStage... stages) {
        Role r = F.createRole();
        r.setActor(actor);
        r.setComponent(component);
        r.getStages().addAll(List.of(stages));
        return r;
    }

    private static Actor actor(String name, ActorType type) {
        Actor a = F.createActor();
        a.setName(name);
        a.setType(type);
        return a;
    }

    @Test
    void derivesTheCellOfEachServiceComponentFromWhoPlansAndDelivers() throws Exception {
        Library library = Library.create(dir, "chain");
        Actor residents = actor("Lane residents", ActorType.COMMUNITY_ORGANISATION);
        Actor opp = actor("Orangi Pilot Project", ActorType.NGO);
        Actor city = actor("Karachi municipality", ActorType.LOCAL_GOVERNMENT);
        library.root().getActors().addAll(List.of(residents, opp, city));
        Case c = TestLibraries.newCase("lanes", "Lanes", "PK");
        c.getRoles().add(role(residents, "lane sewers", ValueChainStage.PLANNING, ValueChainStage.DELIVERING, ValueChainStage.MANAGING));
        c.getRoles().add(role(opp, "lane sewers", ValueChainStage.DESIGN, ValueChainStage.DELIVERING));
        c.getRoles().add(role(city, "trunk sewers", ValueChainStage.PLANNING, ValueChainStage.DELIVERING));
        assertEquals(Optional.of("P2-D2"), ValueChain.derivedCell(c, "lane sewers"));
        assertEquals(Optional.of("P1-D1"), ValueChain.derivedCell(c, "trunk sewers"));
        assertEquals(ValueChain.Participation.COMMUNITY, ValueChain.at(c, ValueChainStage.MANAGING, "lane sewers"));
        assertEquals(ValueChain.Participation.NONE, ValueChain.at(c, ValueChainStage.EVALUATION, null));
        assertEquals("C", ValueChain.at(c, ValueChainStage.PLANNING, null).letter());
    }

    @Test
    void noCellWithoutRolesAtBothEndsOfTheChain() {
        Case c = TestLibraries.newCase("x", "X", "GB");
        c.getRoles().add(role(actor("Volunteers", ActorType.VOLUNTEER), null, ValueChainStage.DELIVERING));
        assertEquals(Optional.empty(), ValueChain.derivedCell(c, null));
    }
}
