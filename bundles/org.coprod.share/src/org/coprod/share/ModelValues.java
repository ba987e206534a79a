package org.coprod.share;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Reads the features of model objects that come from different versions of a file, each in a resource set of its own,
 * so that they can be compared: references as the URIs they point to (never resolved, so that no other file is
 * loaded from disk), values as text, whole objects as a canonical fingerprint.
 */
final class ModelValues {

    private static final int SHOWN = 300;

    private ModelValues() {
    }

    /** The features a merge compares: stored ones only (the library's cases are in files of their own). */
    static List<EStructuralFeature> compared(EObject o) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
            boolean container = f instanceof EReference r && r.isContainer();
            if (!f.isTransient() && !f.isDerived() && f.isChangeable() && !container) {
                features.add(f);
            }
        }
        return features;
    }

    /** Where a referenced object is, the same in every version loaded under the same file URI. */
    static URI uri(EObject target) {
        if (target == null) {
            return null;
        }
        if (target.eIsProxy()) {
            return ((InternalEObject) target).eProxyURI();
        }
        return EcoreUtil.getURI(target);
    }

    /** The objects a non-containment reference holds, unresolved. */
    @SuppressWarnings("unchecked")
    static List<EObject> targets(EObject o, EReference f) {
        if (f.isMany()) {
            return new ArrayList<>(((InternalEList<EObject>) o.eGet(f, false)).basicList());
        }
        EObject t = (EObject) o.eGet(f, false);
        return t == null ? List.of() : List.of(t);
    }

    /** The values of an attribute, as a list whether it is many-valued or not (empty for an unset single value). */
    static List<Object> values(EObject o, EAttribute f) {
        if (f.isMany()) {
            return new ArrayList<>((List<?>) o.eGet(f));
        }
        // A value equal to the default is not written to the file, so it reads back as unset in every version.
        return o.eIsSet(f) ? Collections.singletonList(o.eGet(f)) : List.of();
    }

    /** A value as a person reads it: an attribute's literal, a reference's target id. */
    static String text(EStructuralFeature f, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof EObject target) {
            URI uri = uri(target);
            return uri == null ? describe(target) : uri.fragment();
        }
        if (f.getEType() instanceof EDataType type) {
            return EcoreUtil.convertToString(type, value);
        }
        return String.valueOf(value);
    }

    /** Several values as one text, or null when there are none. */
    static String text(EStructuralFeature f, List<?> values) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() == 1) {
            return text(f, values.get(0));
        }
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.add(text(f, v)));
        return String.join(", ", parts);
    }

    /** A contained element in a line: its class and its attributes that are set, cut to a readable length. */
    static String describe(EObject o) {
        if (o == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(o.eClass().getName());
        String sep = " ";
        for (EStructuralFeature f : compared(o)) {
            if (!o.eIsSet(f) || f instanceof EReference r && r.isContainment()) {
                continue;
            }
            Object v = f instanceof EReference r ? targets(o, r) : o.eGet(f);
            String shown = v instanceof List<?> list ? text(f, list) : text(f, v);
            out.append(sep).append(f.getName()).append('=').append(shown);
            sep = ", ";
        }
        return out.length() > SHOWN ? out.substring(0, SHOWN - 1) + "…" : out.toString();
    }

    /** The whole content of an object (and what it contains) as text: equal fingerprints, equal content. */
    static String fingerprint(EObject o) {
        if (o == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        fingerprint(o, out);
        return out.toString();
    }

    private static void fingerprint(EObject o, StringBuilder out) {
        out.append(o.eClass().getName()).append('{');
        for (EStructuralFeature f : compared(o)) {
            out.append(f.getName()).append('=');
            if (f instanceof EReference r && r.isContainment()) {
                for (EObject child : targets(o, r)) {
                    fingerprint(child, out);
                }
            } else if (f instanceof EReference r) {
                targets(o, r).forEach(t -> out.append(uri(t)).append(' '));
            } else {
                values(o, (EAttribute) f).forEach(v -> out.append(text(f, v)).append('\u0001'));
            }
            out.append(';');
        }
        out.append('}');
    }
}
