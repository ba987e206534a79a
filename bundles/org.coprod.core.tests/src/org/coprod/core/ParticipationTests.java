package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.CoprodFactory;
import org.junit.jupiter.api.Test;

/** The one rule for who is on which side; expected sides are written out by hand, not read from the rule. */
class ParticipationTests {

    private static Actor actor(ActorType type) {
        Actor a = CoprodFactory.eINSTANCE.createActor();
        a.setName("someone");
        a.setType(type);
        return a;
    }

    @Test
    void noActorOrNoTypeIsUnknownNeverCommunity() {
        // export's old copy called everything not professional "community", so a role without an actor printed as U
        assertEquals(Participation.UNKNOWN, Participation.of((Actor) null));
        assertEquals(Participation.UNKNOWN, Participation.of((ActorType) null));
        assertFalse(Participation.isCommunity(null));
        assertEquals("?", Participation.UNKNOWN.letter());
    }

    @Test
    void otherTakesNeitherSide() {
        assertEquals(Participation.NONE, Participation.of(ActorType.OTHER));
        assertFalse(Participation.isCommunity(actor(ActorType.OTHER)));
    }

    @Test
    void businessAssociationsAndUnionsAreCoProducersOnTheCommunitySide() {
        // ComparativeSections' old copy left them out, so the Ghana tankers' money did not count as the community's
        assertTrue(Participation.isCommunity(actor(ActorType.BUSINESS_ASSOCIATION)));
        assertTrue(Participation.isCommunity(actor(ActorType.UNION)));
    }

    @Test
    void professionalsFromAnySectorIncludingNgosAreTheProfessionalSide() {
        List<ActorType> professional = List.of(ActorType.NATIONAL_GOVERNMENT, ActorType.LOCAL_GOVERNMENT, ActorType.PUBLIC_AGENCY,
                ActorType.PROFESSIONAL, ActorType.POLITICIAN_PARTY, ActorType.NGO, ActorType.FUNDER, ActorType.PRIVATE_SECTOR,
                ActorType.RESEARCHER_MEDIA);
        List<ActorType> community = List.of(ActorType.FEDERATION_NETWORK, ActorType.COMMUNITY_ORGANISATION, ActorType.ORGANISING_BODY,
                ActorType.SERVICE_USER, ActorType.VOLUNTEER, ActorType.COMMUNITY_LEADER, ActorType.BUSINESS_ASSOCIATION, ActorType.UNION);
        for (ActorType t : ActorType.VALUES) {
            Participation expected = professional.contains(t) ? Participation.PROFESSIONALS
                    : community.contains(t) ? Participation.COMMUNITY : Participation.NONE;
            assertEquals(expected, Participation.of(t), t.getLiteral());
        }
        // a new actor type must be placed on a side on purpose: only "other" may stay on neither
        assertEquals(ActorType.VALUES.size() - 1, professional.size() + community.size());
    }
}
