package org.coprod.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.coprod.model.ActorType;
import org.coprod.model.Case;
import org.coprod.model.Role;
import org.coprod.model.RoleKind;
import org.coprod.model.ValueChainStage;

/**
 * Who acts at each stage of a service's value chain (Bovaird): P when only professionals or the state act, U when only
 * users or the community act, C when both do (or a community actor holds a "co-" role). Derived from the case's roles.
 */
final class ValueChain {

    private ValueChain() {
    }

    /** The one classification of actor types, shared with the core's derived cells. */
    static boolean isProfessional(ActorType type) {
        return org.coprod.core.ValueChain.isProfessional(type);
    }

    /**
     * The service components of a case (OPP's lane and trunk sewers): names that a coding or a contribution uses, or
     * that two roles share. A role's component used once is a remark about the role, not a part of the service.
     */
    static List<String> components(Case c) {
        Set<String> names = new LinkedHashSet<>();
        c.getCodings().stream().map(k -> k.getComponent()).filter(s -> s != null && !s.isBlank()).forEach(names::add);
        c.getContributions().stream().map(k -> k.getComponent()).filter(s -> s != null && !s.isBlank()).forEach(names::add);
        java.util.Map<String, Long> roleUses = c.getRoles().stream().map(Role::getComponent).filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
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

    /** P, C, U or "–" (nobody recorded) for one stage of one component (null: roles without a component). */
    static String mark(Case c, String component, ValueChainStage stage) {
        boolean professional = false;
        boolean community = false;
        boolean joint = false;
        for (Role r : c.getRoles()) {
            if (!r.getStages().contains(stage) || !appliesTo(r, component)) {
                continue;
            }
            boolean pro = r.getActor() != null && isProfessional(r.getActor().getType());
            professional |= pro;
            community |= !pro;
            joint |= !pro && jointAt(r.getKind(), stage);
        }
        if (professional && community || joint) {
            return "C";
        }
        return professional ? "P" : community ? "U" : "–";
    }

    /** A community actor in a "co-" role acts jointly at the stage the role names (a co-planner plans jointly). */
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

    private static boolean appliesTo(Role r, String component) {
        if (component == null || r.getComponent() == null || r.getComponent().isBlank()) {
            return true;
        }
        return component.equals(r.getComponent()) || !components((org.coprod.model.Case) r.eContainer()).contains(r.getComponent());
    }

    /** Actors recorded at a stage, for the single-case "how it works" table. */
    static String actors(Case c, ValueChainStage stage) {
        List<String> names = new ArrayList<>();
        for (Role r : c.getRoles()) {
            if (r.getStages().contains(stage) && r.getActor() != null) {
                String s = r.getActor().getName() + " (" + CaseFacts.literal(r.getKind()) + ")";
                if (!names.contains(s)) {
                    names.add(s);
                }
            }
        }
        return names.isEmpty() ? "–" : String.join("; ", names);
    }
}
