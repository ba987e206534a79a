package org.coprod.refi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.w3c.dom.Element;

/**
 * What a project says, without its GUIDs, as a test reads it from the XML and the zip (never through the importer):
 * codes by their path of names, users, sources with their text, selections by source and code points with the words
 * they cover, who coded them and with what, cases with their variables and sources, and the declared variables.
 */
record Canonical(List<String> codes, List<String> users, List<String> sources, List<String> selections, List<String> cases,
        List<String> variables) {

    static Canonical of(Qdpx q) {
        Map<String, String> users = new HashMap<>();
        q.all("User").forEach(u -> users.put(u.getAttribute("guid"), u.getAttribute("name")));
        Map<String, String> codeNames = new HashMap<>();
        List<String> codes = new ArrayList<>();
        q.all("Code").forEach(c -> {
            codeNames.put(c.getAttribute("guid"), path(c));
            codes.add(path(c) + " codable=" + c.getAttribute("isCodable") + " colour=" + c.getAttribute("color").toLowerCase()
                    + " definition=" + text(c, "Description"));
        });
        Map<String, String> sourceNames = new HashMap<>();
        List<String> sources = new ArrayList<>();
        List<String> selections = new ArrayList<>();
        for (Element s : q.all("TextSource")) {
            String name = s.getAttribute("name");
            sourceNames.put(s.getAttribute("guid"), name);
            String path = s.getAttribute("plainTextPath").substring("internal://".length());
            String content = new String(q.entries().get("sources/" + path), StandardCharsets.UTF_8);
            sources.add(name + " = " + content);
            int[] cps = content.codePoints().toArray();
            for (Element sel : Qdpx.children(s, "PlainTextSelection")) {
                int start = Integer.parseInt(sel.getAttribute("startPosition"));
                int end = Integer.parseInt(sel.getAttribute("endPosition"));
                TreeSet<String> coded = new TreeSet<>();
                for (Element coding : Qdpx.children(sel, "Coding")) {
                    coded.add(codeNames.get(Qdpx.children(coding, "CodeRef").get(0).getAttribute("targetGUID")) + " by "
                            + users.get(coding.getAttribute("creatingUser")));
                }
                selections.add(name + " " + start + "-" + end + " '" + new String(cps, start, end - start) + "' by "
                        + users.get(sel.getAttribute("creatingUser")) + " " + coded + " memo=" + text(sel, "Description"));
            }
        }
        Map<String, String> variableNames = new HashMap<>();
        List<String> variables = new ArrayList<>();
        q.all("Variable").forEach(v -> {
            variableNames.put(v.getAttribute("guid"), v.getAttribute("name"));
            variables.add(v.getAttribute("name") + " : " + v.getAttribute("typeOfVariable"));
        });
        List<String> cases = new ArrayList<>();
        for (Element c : q.all("Case")) {
            Map<String, String> values = new TreeMap<>();
            for (Element vv : Qdpx.children(c, "VariableValue")) {
                String name = variableNames.get(Qdpx.children(vv, "VariableRef").get(0).getAttribute("targetGUID"));
                values.put(name, vv.getTextContent().strip());
            }
            TreeSet<String> refs = new TreeSet<>();
            Qdpx.children(c, "SourceRef").forEach(r -> refs.add(sourceNames.get(r.getAttribute("targetGUID"))));
            TreeSet<String> coded = new TreeSet<>();
            Qdpx.children(c, "CodeRef").forEach(r -> coded.add(codeNames.get(r.getAttribute("targetGUID"))));
            cases.add(c.getAttribute("name") + " summary=" + text(c, "Description") + " " + values + " sources=" + refs + " codes="
                    + coded + " selections=" + Qdpx.children(c, "SelectionRef").size());
        }
        return new Canonical(sorted(codes), sorted(new ArrayList<>(users.values())), sorted(sources), sorted(selections), sorted(cases),
                sorted(variables));
    }

    private static String path(Element code) {
        String name = code.getAttribute("name");
        return code.getParentNode() instanceof Element p && p.getLocalName().equals("Code") ? path(p) + "/" + name : name;
    }

    private static String text(Element owner, String child) {
        List<Element> found = Qdpx.children(owner, child);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }
}
