package org.coprod.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.coprod.testing.XmlDocuments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A .qdpx as a test reads it, independently of the importer: its entries, and project.qde as a DOM. */
record Qdpx(Map<String, byte[]> entries, Document project) {

    static Qdpx read(Path file) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return new Qdpx(entries, XmlDocuments.parse(entries.get("project.qde")));
    }

    /** Every element of a local name, in document order. */
    List<Element> all(String name) {
        return elements(project.getElementsByTagNameNS("*", name));
    }

    static List<Element> elements(NodeList nodes) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The element children of an element with a local name. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The element with this GUID. */
    Element byGuid(String name, String guid) {
        return all(name).stream().filter(e -> e.getAttribute("guid").equals(guid)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " with guid " + guid));
    }

    /** The value of a variable of a case (or source) element, by the variable's name; null when it has none. */
    String value(Element owner, String variable) {
        String guid = all("Variable").stream().filter(v -> v.getAttribute("name").equals(variable)).map(v -> v.getAttribute("guid"))
                .findFirst().orElse(null);
        for (Element vv : children(owner, "VariableValue")) {
            if (children(vv, "VariableRef").get(0).getAttribute("targetGUID").equals(guid)) {
                Node value = children(vv, "VariableRef").get(0).getNextSibling();
                while (!(value instanceof Element)) {
                    value = value.getNextSibling();
                }
                return value.getTextContent();
            }
        }
        return null;
    }

    static Qdpx of(byte[] zip) throws IOException {
        try {
            Path temp = Files.createTempFile("qdpx", ".zip");
            Files.write(temp, zip);
            Qdpx q = read(temp);
            Files.delete(temp);
            return q;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
