package org.coprod.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An element of an imported XML file, by local name (the namespace is ignored: tools write the REFI-QDA namespace, an
 * older one or none), with its attributes, child elements and text.
 */
final class XmlNode {

    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final int line;
    private StringBuilder text;

    XmlNode(String name, int line) {
        this.name = name;
        this.line = line;
    }

    void append(char[] ch, int start, int length) {
        if (text == null) {
            text = new StringBuilder(length);
        }
        text.append(ch, start, length);
    }

    /** Drops the indentation between child elements, which is not text anyone wrote. */
    void close() {
        if (!children.isEmpty() && text != null && text.toString().isBlank()) {
            text = null;
        }
    }

    /** The element's text as written (null when it has none). */
    String text() {
        return text == null ? null : text.toString();
    }

    /** An attribute, looked up exactly, then ignoring case ({@code GUID}, {@code Guid}); null when absent. */
    String attr(String name) {
        String v = attributes.get(name);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The child elements with a local name. */
    List<XmlNode> all(String name) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    Optional<XmlNode> first(String name) {
        for (XmlNode c : children) {
            if (c.name.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The text of the first child of that name, or null. */
    String childText(String name) {
        return first(name).map(XmlNode::text).orElse(null);
    }

    /** The children of the first child of that name ({@code <Codes><Code/>…</Codes>} → the codes). */
    List<XmlNode> in(String container, String name) {
        return first(container).map(c -> c.all(name)).orElse(List.of());
    }
}
