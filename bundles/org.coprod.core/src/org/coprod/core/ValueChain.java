package org.coprod.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.coprod.model.ActorType;
import org.coprod.model.Case;
import org.coprod.model.Role;
import org.coprod.model.ValueChainStage;

/**
 * Who acts at each stage of a case's service value chain — professionals (from any sector), users and communities, or
 * both — read from its roles, and the planner × deliverer cell of Bovaird's grid derived from that: planning,
 * commissioning and design give the P code; delivering and managing give the D code (Bovaird 2007, note to Table 1).
 */
public final class ValueChain {

    /** Who acts at a stage, with the letter a value-chain matrix prints: P, C (jointly) or U. */
    public enum Participation {
        NONE(""), PROFESSIONALS("P"), JOINT("C"), COMMUNITY("U");

        private final String letter;

        Participation(String letter) {
            this.letter = letter;
        }

        public String letter() {
            return letter;
        }
    }

    public static final Set<ValueChainStage> PLANNING = EnumSet.of(ValueChainStage.PLANNING, ValueChainStage.COMMISSIONING, ValueChainStage.DESIGN);
    public static final Set<ValueChainStage> DELIVERY = EnumSet.of(ValueChainStage.DELIVERING, ValueChainStage.MANAGING);

    /**
     * Actor types on the professional side; Bovaird counts professionals from any sector, not only the state, so NGOs,
     * funders, firms and researchers are here too.
     */
    private static final Set<ActorType> PROFESSIONAL = EnumSet.of(ActorType.NATIONAL_GOVERNMENT, ActorType.LOCAL_GOVERNMENT,
            ActorType.PUBLIC_AGENCY, ActorType.PROFESSIONAL, ActorType.POLITICIAN_PARTY, ActorType.NGO, ActorType.FUNDER,
            ActorType.PRIVATE_SECTOR, ActorType.RESEARCHER_MEDIA);
    /** Actor types on the users' and communities' side. */
    private static final Set<ActorType> COMMUNITY = EnumSet.of(ActorType.FEDERATION_NETWORK, ActorType.COMMUNITY_ORGANISATION,
            ActorType.ORGANISING_BODY, ActorType.SERVICE_USER, ActorType.VOLUNTEER, ActorType.COMMUNITY_LEADER,
            ActorType.BUSINESS_ASSOCIATION, ActorType.UNION);

    private ValueChain() {
    }

    /** Whether an actor of this type counts as a professional (rather than a user or community) in Bovaird's grid. */
    public static boolean isProfessional(ActorType type) {
        return PROFESSIONAL.contains(type);
    }

    /** Who acts at one stage, over the case's roles (optionally only those of one service component). */
    public static Participation at(Case c, ValueChainStage stage, String component) {
        return participation(c.getRoles(), EnumSet.of(stage), component);
    }

    /** The derived cell code (such as {@code P2-D2}), when the roles say who plans and who delivers. */
    public static Optional<String> derivedCell(Case c, String component) {
        Participation p = participation(c.getRoles(), PLANNING, component);
        Participation d = participation(c.getRoles(), DELIVERY, component);
        if (p == Participation.NONE || d == Participation.NONE) {
            return Optional.empty();
        }
        return Optional.of("P" + level(p) + "-D" + level(d));
    }

    private static int level(Participation p) {
        return switch (p) {
            case PROFESSIONALS -> 1;
            case JOINT -> 2;
            default -> 3;
        };
    }

    private static Participation participation(List<Role> roles, Set<ValueChainStage> stages, String component) {
        boolean professionals = false;
        boolean community = false;
        for (Role role : roles) {
            if (role.getActor() == null || role.getStages().stream().noneMatch(stages::contains)) {
                continue;
            }
            if (component != null && role.getComponent() != null && !component.equals(role.getComponent())) {
                continue;
            }
            professionals |= PROFESSIONAL.contains(role.getActor().getType());
            community |= COMMUNITY.contains(role.getActor().getType());
        }
        if (professionals && community) {
            return Participation.JOINT;
        }
        return professionals ? Participation.PROFESSIONALS : community ? Participation.COMMUNITY : Participation.NONE;
    }
}
