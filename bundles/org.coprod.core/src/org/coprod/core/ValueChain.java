package org.coprod.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.Role;
import org.coprod.model.RoleKind;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;
import org.coprod.model.ValueChainStage;

/**
 * Who acts at each stage of a case's service value chain, read from its roles by the one {@link Participation} rule,
 * and the planner × deliverer cell of Bovaird's grid derived from that: planning, commissioning and design give the P
 * code; delivering and managing give the D code (Bovaird 2007, note to Table 1).
 */
public final class ValueChain {

    public static final Set<ValueChainStage> PLANNING = EnumSet.of(ValueChainStage.PLANNING, ValueChainStage.COMMISSIONING,
            ValueChainStage.DESIGN);
    public static final Set<ValueChainStage> DELIVERY = EnumSet.of(ValueChainStage.DELIVERING, ValueChainStage.MANAGING);

    private ValueChain() {
    }

    /**
     * The service components of a case (OPP's lane and trunk sewers): names that a coding or a contribution uses, or
     * that two roles share, and that some role names. A role's component used once is a remark about the role ("withdrew
     * in the early 1990s"), not a part of the service. A case without components gives one {@code null}: the whole case.
     */
    public static List<String> components(Case c) {
        Set<String> names = new LinkedHashSet<>();
        c.getCodings().stream().map(TypologyCoding::getComponent).filter(ValueChain::given).forEach(names::add);
        c.getContributions().stream().map(k -> k.getComponent()).filter(ValueChain::given).forEach(names::add);
        Map<String, Integer> roleUses = new LinkedHashMap<>();
        c.getRoles().stream().map(Role::getComponent).filter(ValueChain::given).forEach(s -> roleUses.merge(s, 1, Integer::sum));
        roleUses.forEach((name, uses) -> {
            if (uses > 1) {
                names.add(name);
            }
        });
        names.retainAll(roleUses.keySet());
        List<String> list = new ArrayList<>(names);
        if (list.isEmpty()) {
            list.add(null);
        }
        return list;
    }

    /** Who acts at one stage, over the case's roles (or only those of one service component; null: the whole case). */
    public static Participation at(Case c, ValueChainStage stage, String component) {
        return participation(c, EnumSet.of(stage), component);
    }

    /** The derived cell code (such as {@code P2-D2}), when the roles say on which side the planners and deliverers are. */
    public static Optional<String> derivedCell(Case c, String component) {
        Participation p = participation(c, PLANNING, component);
        Participation d = participation(c, DELIVERY, component);
        if (level(p) == 0 || level(d) == 0) {
            return Optional.empty();
        }
        return Optional.of("P" + level(p) + "-D" + level(d));
    }

    /**
     * The derived cell, only when the case is coded for that component and none of its codings there (in any phase) is
     * that cell: the disagreement a coder should look at. Uncoded components say nothing, as there is nothing to compare.
     */
    public static Optional<String> derivedCellDiffering(Case c, String component) {
        List<String> coded = codedCells(c, component);
        return derivedCell(c, component).filter(code -> !coded.isEmpty() && !coded.contains(code));
    }

    /** The Bovaird cells the case is coded in for a component (null: codings without one), in coding order. */
    public static List<String> codedCells(Case c, String component) {
        return c.getCodings().stream().filter(k -> isBovaird(k.getCell()) && sameComponent(k.getComponent(), component))
                .map(k -> k.getCell().getCode()).distinct().toList();
    }

    /** Derived cells are Bovaird's: codings in another typology (Arnstein's rungs) are not compared with them. */
    private static boolean isBovaird(TypologyCell cell) {
        return cell != null && (!(cell.eContainer() instanceof Typology t) || BovairdTypology.ID.equals(t.getId()));
    }

    private static boolean sameComponent(String coded, String component) {
        return given(coded) ? coded.equals(component) : component == null;
    }

    private static int level(Participation p) {
        return switch (p) {
            case PROFESSIONALS -> 1;
            case JOINT -> 2;
            case COMMUNITY -> 3;
            case NONE, UNKNOWN -> 0;
        };
    }

    private static Participation participation(Case c, Set<ValueChainStage> stages, String component) {
        boolean professionals = false;
        boolean community = false;
        boolean joint = false;
        boolean unknown = false;
        List<String> components = components(c);
        for (Role role : c.getRoles()) {
            if (role.getStages().stream().noneMatch(stages::contains) || !appliesTo(role, component, components)) {
                continue;
            }
            Participation side = Participation.of(role.getActor());
            professionals |= side == Participation.PROFESSIONALS;
            community |= side == Participation.COMMUNITY;
            unknown |= side == Participation.UNKNOWN;
            joint |= side == Participation.COMMUNITY && stages.stream().anyMatch(s -> jointAt(role.getKind(), s));
        }
        return Participation.combine(professionals, community, joint, unknown);
    }

    /**
     * A community actor in a "co-" role acts jointly at the stage the role names (a co-planner plans with professionals,
     * even when the professionals are not recorded). A professional's "co-" role may be shared with other professionals,
     * so it says nothing about the community.
     */
    private static boolean jointAt(RoleKind kind, ValueChainStage stage) {
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case CO_PLANNER -> stage == ValueChainStage.PLANNING;
            case CO_DESIGNER -> stage == ValueChainStage.DESIGN;
            case CO_COMMISSIONER -> stage == ValueChainStage.COMMISSIONING;
            case CO_DELIVERER -> stage == ValueChainStage.DELIVERING || stage == ValueChainStage.MANAGING;
            default -> false;
        };
    }

    /** A role without a component, or whose component is only a remark, belongs to every component of the case. */
    private static boolean appliesTo(Role r, String component, List<String> components) {
        if (component == null || !given(r.getComponent())) {
            return true;
        }
        return component.equals(r.getComponent()) || !components.contains(r.getComponent());
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
