package org.coprod.ui.emf;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import org.coprod.core.EnumText;
import org.coprod.core.Labels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

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
            if (t.isEmpty()) {
                return null;
            }
            // what the workbench shows (a translated label) is read back too
            for (EEnumLiteral literal : en.getELiterals()) {
                if (Labels.shown(literal.getInstance()).equalsIgnoreCase(t)) {
                    return literal.getInstance();
                }
            }
            // the importer's rule, so a value a spreadsheet may hold can be typed here too
            List<String> known = en.getELiterals().stream().map(l -> Labels.shown(l.getInstance())).toList();
            return EnumText.value(en, t).orElseThrow(() -> new IllegalArgumentException(
                    NLS.bind(Messages.AttributeValues_unknownValue, new Object[] { t, Labels.shown(a), String.join(", ", known) })));
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
            String what = c == Integer.class || c == int.class ? Messages.AttributeValues_wholeNumber
                    : c == Double.class || c == double.class ? Messages.AttributeValues_number
                    : type.getName();
            throw new IllegalArgumentException(NLS.bind(Messages.AttributeValues_notA, new Object[] { t, what, Labels.shown(a) }), e);
        }
    }

    /** The text shown for an attribute's value. */
    public static String format(EAttribute a, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator e) {
            return Labels.shown(e);
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
