package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Role;
import org.coprod.model.RoleKind;
import org.coprod.model.TypologyCoding;
import org.coprod.model.ValueChainStage;
import org.coprod.testing.FixtureLibraries;
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

    private static void code(Library library, Case c, String cell, String component) {
        TypologyCoding k = F.createTypologyCoding();
        k.setCell(library.findCell(BovairdTypology.ID, cell).orElseThrow());
        k.setComponent(component);
        k.setAssignedBy(AssignedBy.CODER);
        c.getCodings().add(k);
    }

    @Test
    void derivesTheCellOfEachServiceComponentFromWhoPlansAndDelivers() throws Exception {
        Library library = Library.create(dir, "chain");
        Actor residents = actor("Lane residents", ActorType.COMMUNITY_ORGANISATION);
        Actor opp = actor("Orangi Pilot Project", ActorType.NGO);
        Actor city = actor("Karachi municipality", ActorType.LOCAL_GOVERNMENT);
        library.root().getActors().addAll(List.of(residents, opp, city));
        Case c = FixtureLibraries.newCase("lanes", "Lanes", "PK");
        c.getRoles().add(role(residents, "lane sewers", ValueChainStage.PLANNING, ValueChainStage.DELIVERING, ValueChainStage.MANAGING));
        c.getRoles().add(role(opp, "lane sewers", ValueChainStage.DESIGN, ValueChainStage.DELIVERING));
        c.getRoles().add(role(city, "trunk sewers", ValueChainStage.PLANNING, ValueChainStage.DELIVERING));
        c.getRoles().add(role(city, "trunk sewers", ValueChainStage.MANAGING));
        assertEquals(List.of("lane sewers", "trunk sewers"), ValueChain.components(c));
        assertEquals(Optional.of("P2-D2"), ValueChain.derivedCell(c, "lane sewers"));
        assertEquals(Optional.of("P1-D1"), ValueChain.derivedCell(c, "trunk sewers"));
        assertEquals(Participation.COMMUNITY, ValueChain.at(c, ValueChainStage.MANAGING, "lane sewers"));
        assertEquals(Participation.NONE, ValueChain.at(c, ValueChainStage.EVALUATION, null));
        assertEquals("C", ValueChain.at(c, ValueChainStage.PLANNING, null).letter());
    }

    @Test
    void noCellWithoutRolesAtBothEndsOfTheChain() {
        Case c = FixtureLibraries.newCase("x", "X", "GB");
        c.getRoles().add(role(actor("Volunteers", ActorType.VOLUNTEER), null, ValueChainStage.DELIVERING));
        assertEquals(Optional.empty(), ValueChain.derivedCell(c, null));
    }

    @Test
    void unknownActorsAloneMakeAStageUnknownAndGiveNoCell() {
        Case c = FixtureLibraries.newCase("x", "X", "GB");
        c.getRoles().add(role(actor("The council", ActorType.LOCAL_GOVERNMENT), null, ValueChainStage.PLANNING));
        c.getRoles().add(role(null, null, ValueChainStage.DELIVERING));
        c.getRoles().add(role(actor("Someone", ActorType.OTHER), null, ValueChainStage.MONITORING));
        // export's old copy printed U for both: an actor who is not known to be professional was counted as community
        assertEquals("?", ValueChain.at(c, ValueChainStage.DELIVERING, null).letter());
        assertEquals("–", ValueChain.at(c, ValueChainStage.MONITORING, null).letter(), "other: neither side");
        assertEquals(Optional.empty(), ValueChain.derivedCell(c, null));
        // known sides decide where they are recorded; an unknown actor beside them changes nothing
        c.getRoles().add(role(null, null, ValueChainStage.PLANNING));
        assertEquals(Participation.PROFESSIONALS, ValueChain.at(c, ValueChainStage.PLANNING, null));
    }

    @Test
    void aCommunityCoPlannerPlansJointlyEvenWithoutARecordedProfessional() {
        // export's matrix said C here while core's derived cell said P3: the two now read the same rule
        Case c = FixtureLibraries.newCase("x", "X", "GB");
        Role coPlanner = role(actor("Residents' forum", ActorType.COMMUNITY_ORGANISATION), null, ValueChainStage.PLANNING,
                ValueChainStage.DELIVERING);
        coPlanner.setKind(RoleKind.CO_PLANNER);
        c.getRoles().add(coPlanner);
        assertEquals(Participation.JOINT, ValueChain.at(c, ValueChainStage.PLANNING, null));
        assertEquals(Participation.COMMUNITY, ValueChain.at(c, ValueChainStage.DELIVERING, null));
        assertEquals(Optional.of("P2-D3"), ValueChain.derivedCell(c, null));
        Role professional = role(actor("City NGO", ActorType.NGO), null, ValueChainStage.DESIGN);
        professional.setKind(RoleKind.CO_DESIGNER);
        c.getRoles().add(professional);
        // a professional's "co-" role may be shared with other professionals: design stays P
        assertEquals(Participation.PROFESSIONALS, ValueChain.at(c, ValueChainStage.DESIGN, null));
    }

    @Test
    void theDerivedCellIsReportedOnlyWhereTheCoderChoseAnother() throws Exception {
        Library library = Library.create(dir, "chain");
        Case c = FixtureLibraries.newCase("x", "X", "GB");
        Actor council = actor("The council", ActorType.LOCAL_GOVERNMENT);
        c.getRoles().add(role(council, null, ValueChainStage.PLANNING, ValueChainStage.DELIVERING));
        assertEquals(Optional.empty(), ValueChain.derivedCellDiffering(c, null), "not coded: nothing to compare");
        code(library, c, "P1-D1", null);
        assertEquals(Optional.empty(), ValueChain.derivedCellDiffering(c, null), "coded as the roles say");
        c.getCodings().clear();
        code(library, c, "P2-D2", null);
        assertEquals(Optional.of("P1-D1"), ValueChain.derivedCellDiffering(c, null));
        assertEquals(List.of("P2-D2"), ValueChain.codedCells(c, null));
    }

    @Test
    void aRoleWhoseComponentIsARemarkBelongsToTheWholeCase() {
        Case c = FixtureLibraries.newCase("x", "X", "BR");
        c.getRoles().add(role(actor("PT", ActorType.POLITICIAN_PARTY), "withdrew in the early 1990s", ValueChainStage.PLANNING));
        assertEquals(Collections.singletonList(null), ValueChain.components(c));
        assertEquals(Participation.PROFESSIONALS, ValueChain.at(c, ValueChainStage.PLANNING, null));
    }
}
