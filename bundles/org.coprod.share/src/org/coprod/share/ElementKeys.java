package org.coprod.share;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What makes an element of a list the same element in two versions of a file. An element with an id (a phase, an
 * evidence record, a segment, a typology cell) is known by its id. Elements without one (a typology coding, a role, a
 * contribution) are known by the fields that say what they are about: a coding by its cell, phase and component, a role
 * by its actor, kind, phase and component. Two elements with the same key in one list are told apart by their order
 * ({@code key#2}). Changing a key field therefore reads as removing one element and adding another, which is what it
 * means to the user: the coding moved to another cell.
 */
final class ElementKeys {

    /** Key fields by class name, for the classes that have no id; any other class is known by its position. */
    private static final Map<String, List<String>> KEY_FIELDS = Map.ofEntries(
            Map.entry("TypologyCoding", List.of("cell", "phase", "component")),
            Map.entry("Role", List.of("actor", "kind", "phase", "component")),
            Map.entry("DriverCoding", List.of("driver")),
            Map.entry("ResourceContribution", List.of("actor", "kind", "component", "year")),
            Map.entry("Outcome", List.of("domain", "indicator")),
            Map.entry("BenefitClaim", List.of("benefit")),
            Map.entry("LimitationClaim", List.of("limitation")),
            Map.entry("DiffusionLink", List.of("toCase", "toCountry", "mechanism")),
            Map.entry("SourceRef", List.of("source", "locator")),
            Map.entry("CodeSummary", List.of("code", "author")));

    private ElementKeys() {
    }

    /** The elements of a list by key, in their order. */
    static Map<String, EObject> of(List<EObject> elements) {
        Map<String, EObject> keyed = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (EObject e : elements) {
            String key = key(e);
            int n = seen.merge(key, 1, Integer::sum);
            keyed.put(n == 1 ? key : key + "#" + n, e);
        }
        return keyed;
    }

    private static String key(EObject e) {
        String id = EcoreUtil.getID(e);
        if (id != null) {
            return id;
        }
        List<String> fields = KEY_FIELDS.get(e.eClass().getName());
        if (fields == null) {
            return e.eClass().getName();
        }
        StringBuilder key = new StringBuilder();
        for (String name : fields) {
            EStructuralFeature f = e.eClass().getEStructuralFeature(name);
            String part = null;
            if (f instanceof EReference r) {
                part = ModelValues.text(r, ModelValues.targets(e, r));
            } else if (f instanceof EAttribute a) {
                part = ModelValues.text(a, ModelValues.values(e, a));
            }
            if (part != null) {
                key.append(key.isEmpty() ? "" : "/").append(part);
            }
        }
        return key.isEmpty() ? e.eClass().getName() : key.toString();
    }
}
