package org.coprod.ui.emf;

import java.text.SimpleDateFormat;
import java.util.Date;
import org.coprod.core.EnumText;
import org.coprod.core.Labels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Turns text typed by the user into an attribute's value, with a message naming the problem when it cannot. */
public final class AttributeValues {

    private AttributeValues() {
    }

    /** The value for the text; blank text is null (unset). Throws IllegalArgumentException with a readable message. */
    public static Object parse(EObject owner, Object feature, String text) {
        if (!(feature instanceof EAttribute a)) {
            return text;
        }
        String t = text == null ? "" : text.trim();
        EDataType type = a.getEAttributeType();
        if (type instanceof EEnum en) {
            // the importer's rule, so a value a spreadsheet may hold can be typed here too
            return t.isEmpty() ? null : EnumText.value(en, t).orElseThrow(() -> new IllegalArgumentException("'" + t + "' is not a known "
                    + Labels.of(a) + " value; known: " + String.join(", ", EnumText.labels(en))));
        }
        Class<?> c = type.getInstanceClass();
        if (c == String.class) {
            return text == null || text.isEmpty() ? null : text;
        }
        if (t.isEmpty()) {
            return null;
        }
        try {
            return EcoreUtil.createFromString(type, t);
        } catch (RuntimeException e) {
            String what = c == Integer.class || c == int.class ? "a whole number" : c == Double.class || c == double.class ? "a number"
                    : type.getName();
            throw new IllegalArgumentException("'" + t + "' is not " + what + " (" + a.getName() + ")", e);
        }
    }

    /** The text shown for an attribute's value. */
    public static String format(EAttribute a, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator e) {
            return Labels.of(e);
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (value instanceof Date d) {
            return new SimpleDateFormat("yyyy-MM-dd").format(d);
        }
        return EcoreUtil.convertToString(a.getEAttributeType(), value);
    }
}
