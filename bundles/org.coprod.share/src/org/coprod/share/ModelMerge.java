package org.coprod.share;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A three-way merge of one file's model (a case, or the library file) by the objects' stable ids, not by the XML text:
 * the changes the other side made since the common ancestor are applied to the local version, field by field and list
 * element by list element. A field both sides changed to different values is a {@link Conflict}; so is an element one
 * side deleted and the other edited. An unresolved conflict keeps the local value in the merged model, but a merge with
 * an unresolved conflict is never written: the caller asks the user first, and merges again with the answers.
 * <p>
 * Every change taken from the other side is recorded as a {@link FieldChange}, which also gives a case's history: the
 * changes from one version to the next are those a merge of the next into the earlier one takes.
 */
final class ModelMerge {

    private final String owner;
    private final Map<String, Side> resolutions;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<FieldChange> changes = new ArrayList<>();
    /** References to set once every element exists: a copied coding may point to a phase copied after it. */
    private final List<Runnable> references = new ArrayList<>();
    private Resource result;

    /**
     * @param owner       the case id (or {@link Conflict#LIBRARY}) that conflicts are reported under
     * @param resolutions the side the user took for each conflict already answered, by feature path
     */
    ModelMerge(String owner, Map<String, Side> resolutions) {
        this.owner = owner;
        this.resolutions = resolutions;
    }

    /** Applies to {@code mine} (changed in place) what {@code theirs} changed since {@code base}. */
    void merge(EObject base, EObject mine, EObject theirs) {
        result = mine.eResource();
        object(base, mine, theirs, "");
        references.forEach(Runnable::run);
        references.clear();
    }

    List<Conflict> conflicts() {
        return conflicts;
    }

    List<FieldChange> changes() {
        return changes;
    }

    private void object(EObject base, EObject mine, EObject theirs, String path) {
        for (EStructuralFeature f : ModelValues.compared(mine)) {
            if (f instanceof EAttribute a && a.isID()) {
                continue;
            }
            String p = path.isEmpty() ? f.getName() : path + "/" + f.getName();
            if (f instanceof EAttribute a) {
                attribute(base, mine, theirs, a, p);
            } else if (f instanceof EReference r && !r.isContainment()) {
                reference(base, mine, theirs, r, p);
            } else if (f.isMany()) {
                elements(base, mine, theirs, (EReference) f, p);
            } else {
                child(base, mine, theirs, (EReference) f, p);
            }
        }
    }

    private void attribute(EObject base, EObject mine, EObject theirs, EAttribute f, String p) {
        List<Object> b = ModelValues.values(base, f);
        List<Object> m = ModelValues.values(mine, f);
        List<Object> t = ModelValues.values(theirs, f);
        List<Object> merged = f.isMany() ? mergedSet(b, m, t) : decide(p, f, b, m, t);
        if (!merged.equals(m)) {
            changes.add(new FieldChange(p, ModelValues.text(f, m), ModelValues.text(f, merged)));
            setValues(mine, f, merged);
        }
    }

    private static void setValues(EObject o, EAttribute f, List<Object> values) {
        if (f.isMany()) {
            @SuppressWarnings("unchecked")
            EList<Object> list = (EList<Object>) o.eGet(f);
            list.clear();
            list.addAll(values);
        } else if (values.isEmpty()) {
            o.eUnset(f);
        } else {
            o.eSet(f, values.get(0));
        }
    }

    private void reference(EObject base, EObject mine, EObject theirs, EReference f, String p) {
        List<EObject> b = ModelValues.targets(base, f);
        List<EObject> m = ModelValues.targets(mine, f);
        List<EObject> t = ModelValues.targets(theirs, f);
        List<URI> bu = uris(b);
        List<URI> mu = uris(m);
        List<URI> tu = uris(t);
        List<URI> merged = f.isMany() ? mergedSet(bu, mu, tu) : decide(p, f, bu, mu, tu, b, m, t);
        if (!merged.equals(mu)) {
            List<EObject> all = new ArrayList<>(b);
            all.addAll(t);
            changes.add(new FieldChange(p, ModelValues.text(f, m), texts(merged)));
            references.add(() -> point(mine, f, merged, all));
        }
    }

    /** The value of a single-valued field: the changed side's, or on a real difference the user's answer. */
    private List<Object> decide(String p, EAttribute f, List<Object> b, List<Object> m, List<Object> t) {
        if (m.equals(t) || t.equals(b)) {
            return m;
        }
        if (m.equals(b)) {
            return t;
        }
        return answer(p, ModelValues.text(f, b), ModelValues.text(f, m), ModelValues.text(f, t), b, m, t);
    }

    private List<URI> decide(String p, EReference f, List<URI> b, List<URI> m, List<URI> t, List<EObject> bo, List<EObject> mo,
            List<EObject> to) {
        if (m.equals(t) || t.equals(b)) {
            return m;
        }
        if (m.equals(b)) {
            return t;
        }
        return answer(p, ModelValues.text(f, bo), ModelValues.text(f, mo), ModelValues.text(f, to), b, m, t);
    }

    private <T> T answer(String p, String bt, String mt, String tt, T b, T m, T t) {
        Side side = resolutions.get(p);
        if (side == null) {
            conflicts.add(new Conflict(owner, p, bt, mt, tt));
            return m;
        }
        return side == Side.BASE ? b : side == Side.THEIRS ? t : m;
    }

    /** A list merged as a set: the local list, less what the other side removed, plus what it added. */
    private static <T> List<T> mergedSet(List<T> b, List<T> m, List<T> t) {
        Set<T> merged = new LinkedHashSet<>(m);
        for (T x : b) {
            if (!t.contains(x)) {
                merged.remove(x);
            }
        }
        for (T x : t) {
            if (!b.contains(x)) {
                merged.add(x);
            }
        }
        return new ArrayList<>(merged);
    }

    private void child(EObject base, EObject mine, EObject theirs, EReference f, String p) {
        EObject b = single(base, f);
        EObject m = single(mine, f);
        EObject t = single(theirs, f);
        String bf = ModelValues.fingerprint(b);
        String mf = ModelValues.fingerprint(m);
        String tf = ModelValues.fingerprint(t);
        if (mf.equals(tf) || tf.equals(bf)) {
            return;
        }
        if (m != null && t != null) {
            object(b != null ? b : EcoreUtil.create(t.eClass()), m, t, p);
            return;
        }
        EObject take = mf.equals(bf) ? t : answer(p, describe(b, true), describe(m, b != null), describe(t, b != null), b, m, t);
        if (take != m) {
            changes.add(new FieldChange(p, ModelValues.describe(m), ModelValues.describe(take)));
            mine.eSet(f, take == null ? null : copy(take));
        }
    }

    private static EObject single(EObject o, EReference f) {
        List<EObject> t = ModelValues.targets(o, f);
        return t.isEmpty() ? null : t.get(0);
    }

    @SuppressWarnings("unchecked")
    private void elements(EObject base, EObject mine, EObject theirs, EReference f, String p) {
        Map<String, EObject> b = ElementKeys.of(ModelValues.targets(base, f));
        Map<String, EObject> m = ElementKeys.of(ModelValues.targets(mine, f));
        Map<String, EObject> t = ElementKeys.of(ModelValues.targets(theirs, f));
        EList<EObject> list = (EList<EObject>) mine.eGet(f);
        Set<String> keys = new LinkedHashSet<>(t.keySet());
        keys.addAll(b.keySet());
        String previous = null;
        for (String key : keys) {
            EObject xb = b.get(key);
            EObject xm = m.get(key);
            EObject xt = t.get(key);
            String ep = p + "[" + key + "]";
            if (xm != null && xt != null) {
                if (!ModelValues.fingerprint(xm).equals(ModelValues.fingerprint(xt))) {
                    object(xb != null ? xb : EcoreUtil.create(xt.eClass()), xm, xt, ep);
                }
            } else if (xt != null) {
                EObject take = xb == null || ModelValues.fingerprint(xt).equals(ModelValues.fingerprint(xb)) ? (xb == null ? xt : null)
                        : answer(ep, describe(xb, true), Messages.Value_deleted, describe(xt, true), xb, null, xt);
                if (take != null) {
                    changes.add(new FieldChange(ep, null, ModelValues.describe(take)));
                    list.add(position(list, m, previous), copy(take));
                }
            } else if (xm != null) {
                boolean unchanged = ModelValues.fingerprint(xm).equals(ModelValues.fingerprint(xb));
                EObject take = unchanged ? null : answer(ep, describe(xb, true), describe(xm, true), Messages.Value_deleted, xb, xm, null);
                if (take != xm) {
                    changes.add(new FieldChange(ep, ModelValues.describe(xm), take == null ? null : ModelValues.describe(take)));
                    int at = list.indexOf(xm);
                    list.remove(at);
                    if (take != null) {
                        list.add(at, copy(take));
                    }
                }
            }
            if (xt != null) {
                previous = key;
            }
        }
    }

    /** Where an element the other side added goes: after the element it follows there, if the local list has it. */
    private static int position(EList<EObject> list, Map<String, EObject> mine, String previous) {
        EObject before = previous == null ? null : mine.get(previous);
        int at = before == null ? -1 : list.indexOf(before);
        return at < 0 ? (previous == null ? 0 : list.size()) : at + 1;
    }

    private static String describe(EObject o, boolean existed) {
        return o == null ? (existed ? Messages.Value_deleted : null) : ModelValues.describe(o);
    }

    /** A copy of another version's element for the merged model; its references are set once all elements exist. */
    private EObject copy(EObject original) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier(false, false);
        EObject copy = copier.copy(original);
        for (Map.Entry<EObject, EObject> e : copier.entrySet()) {
            for (EStructuralFeature f : ModelValues.compared(e.getKey())) {
                if (f instanceof EReference r && !r.isContainment()) {
                    List<EObject> targets = ModelValues.targets(e.getKey(), r);
                    List<URI> uris = uris(targets);
                    references.add(() -> point(e.getValue(), r, uris, targets));
                }
            }
        }
        return copy;
    }

    /** Sets a reference of the merged model to the objects at these URIs: in the merged file itself, or proxies. */
    @SuppressWarnings("unchecked")
    private void point(EObject owner, EReference f, List<URI> uris, List<EObject> originals) {
        List<EObject> targets = new ArrayList<>();
        for (URI uri : uris) {
            EObject target = uri.trimFragment().equals(result.getURI()) ? result.getEObject(uri.fragment()) : null;
            if (target == null) {
                EObject original = originals.stream().filter(o -> uri.equals(ModelValues.uri(o))).findFirst().orElseThrow();
                target = EcoreUtil.create(original.eClass());
                ((InternalEObject) target).eSetProxyURI(uri);
            }
            targets.add(target);
        }
        if (f.isMany()) {
            EList<EObject> list = (EList<EObject>) owner.eGet(f, false);
            list.clear();
            list.addAll(targets);
        } else {
            owner.eSet(f, targets.isEmpty() ? null : targets.get(0));
        }
    }

    private static List<URI> uris(List<EObject> objects) {
        List<URI> uris = new ArrayList<>();
        objects.forEach(o -> uris.add(ModelValues.uri(o)));
        return uris;
    }

    private static String texts(List<URI> uris) {
        List<String> parts = new ArrayList<>();
        uris.forEach(u -> parts.add(u.fragment()));
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
