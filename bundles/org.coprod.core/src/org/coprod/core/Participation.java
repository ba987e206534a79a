package org.coprod.core;

import java.util.EnumSet;
import java.util.Set;

import org.coprod.model.Actor;
import org.coprod.model.ActorType;

/**
 * Who takes part, in Bovaird's sense: professionals (from any sector), users and communities, or both jointly. The one
 * rule for which side an actor type is on; the brief's value-chain matrix, its "who pays" counts, its co-producer list
 * and the derived typology cell all read it, so they cannot disagree about one case.
 */
public enum Participation {
    /** Nobody on either side acts (nobody recorded, or only actors of type "other"). */
    NONE("–"),
    PROFESSIONALS("P"),
    JOINT("C"),
    COMMUNITY("U"),
    /** Someone acts, but without an actor or an actor type nobody can say on which side. */
    UNKNOWN("?");

    /**
     * The professional side. Bovaird counts professionals from any sector, not only the state, so NGOs (OPP as
     * "professional adviser"), funders, firms and researchers are here, although the glossary lists NGOs among
     * co-producers: in his grid they stand where the professional planner or deliverer stands.
     */
    private static final Set<ActorType> PROFESSIONAL_TYPES = EnumSet.of(ActorType.NATIONAL_GOVERNMENT, ActorType.LOCAL_GOVERNMENT,
            ActorType.PUBLIC_AGENCY, ActorType.PROFESSIONAL, ActorType.POLITICIAN_PARTY, ActorType.NGO, ActorType.FUNDER,
            ActorType.PRIVATE_SECTOR, ActorType.RESEARCHER_MEDIA);

    /**
     * The users' and communities' side. Business associations (the Ghana tankers) and unions (Porto Alegre's union of
     * neighbourhood associations) are co-producers of a state function in the seeds, not professional providers.
     */
    private static final Set<ActorType> COMMUNITY_TYPES = EnumSet.of(ActorType.FEDERATION_NETWORK, ActorType.COMMUNITY_ORGANISATION,
            ActorType.ORGANISING_BODY, ActorType.SERVICE_USER, ActorType.VOLUNTEER, ActorType.COMMUNITY_LEADER,
            ActorType.BUSINESS_ASSOCIATION, ActorType.UNION);

    private final String letter;

    Participation(String letter) {
        this.letter = letter;
    }

    /** The mark a value-chain matrix prints: P, C (jointly), U, "–" (neither side) or "?" (side not known). */
    public String letter() {
        return letter;
    }

    /** The side of an actor type: {@link #UNKNOWN} when there is no type, {@link #NONE} for "other", which takes no side. */
    public static Participation of(ActorType type) {
        if (type == null) {
            return UNKNOWN;
        }
        if (PROFESSIONAL_TYPES.contains(type)) {
            return PROFESSIONALS;
        }
        return COMMUNITY_TYPES.contains(type) ? COMMUNITY : NONE;
    }

    /** The side of an actor; an unnamed actor is {@link #UNKNOWN}, never community. */
    public static Participation of(Actor actor) {
        return actor == null ? UNKNOWN : of(actor.getType());
    }

    public static boolean isCommunity(Actor actor) {
        return of(actor) == COMMUNITY;
    }

    /**
     * Who acts at a stage, from what is known of those acting there: both sides (or a community actor in a "co-" role)
     * make it joint; unknown actors count for neither side, but when they are all there is the answer is UNKNOWN, not
     * "nobody".
     */
    static Participation combine(boolean professionals, boolean community, boolean joint, boolean unknown) {
        if (joint || professionals && community) {
            return JOINT;
        }
        if (professionals) {
            return PROFESSIONALS;
        }
        if (community) {
            return COMMUNITY;
        }
        return unknown ? UNKNOWN : NONE;
    }
}
