package org.coprod.ui.editor;

import java.util.Collection;
import java.util.stream.Collectors;

import org.coprod.core.Labels;
import org.coprod.model.Actor;
import org.coprod.model.Case;
import org.coprod.model.Evidence;
import org.coprod.model.Phase;
import org.coprod.model.Source;
import org.coprod.model.SourceRef;
import org.coprod.model.TypologyCell;
import org.eclipse.emf.common.util.Enumerator;

/** The short text that names a model object in tables, combos and the comparison view. */
public final class Names {

    private Names() {
    }

    public static String of(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof Enumerator e) {
            return Labels.shown(e);
        }
        if (o instanceof Case c) {
            return c.getName() != null ? c.getName() : c.getId();
        }
        if (o instanceof Actor a) {
            return a.getName() != null ? a.getName() : a.getId();
        }
        if (o instanceof Phase p) {
            return p.getLabel() != null ? p.getLabel() : p.getId() != null ? p.getId() : "phase";
        }
        if (o instanceof TypologyCell cell) {
            return cell.getCode();
        }
        if (o instanceof Source s) {
            return s.getShortTitle() != null ? s.getShortTitle() : s.getCitation() != null ? s.getCitation() : s.getId();
        }
        if (o instanceof SourceRef r) {
            return of(r.getSource()) + (r.getLocator() != null ? ", " + r.getLocator() : "");
        }
        if (o instanceof Evidence e) {
            return of(e.getType()) + (e.getDate() != null ? " (" + e.getDate() + ")" : "");
        }
        if (o instanceof Collection<?> c) {
            return c.stream().map(Names::of).collect(Collectors.joining(", "));
        }
        return String.valueOf(o);
    }
}
