package org.coprod.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.Coders;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.refi.ProjectParts.CaseIn;
import org.coprod.refi.ProjectParts.LinkIn;
import org.coprod.refi.ProjectParts.NoteIn;
import org.coprod.refi.ProjectParts.ValueIn;
import org.eclipse.osgi.util.NLS;

/**
 * Reads the parts of a project other than its sources, leniently: users (matched to the library's coders by GUID,
 * then by name), the codebook (matched to the library's codes the same way, so built-in codes and a re-imported
 * project's codes are not doubled), variables, notes, cases and links. Elements the workbench has no place for (sets,
 * graphs, project notes) are named in the report. A built-in code is matched by GUID only: another tool's "Other"
 * is not the outcome domain "other".
 */
final class ProjectReading {

    private static final List<String> VALUES = List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue",
            "DateTimeValue");

    private final ImportContext ctx;
    private final Map<String, Code> libraryCodes = new HashMap<>();
    private final Set<String> takenNames = new HashSet<>();
    private final Set<String> takenIds = new HashSet<>();

    ProjectReading(ImportContext ctx) {
        this.ctx = ctx;
        if (ctx.root.getCodebook() != null) {
            for (Code c : ctx.root.getCodebook().getCodes()) {
                libraryCodes.put(Guids.code(c), c);
                ctx.libraryCodes.put(Guids.code(c), c);
                takenIds.add(c.getId());
                if (c.getName() != null) {
                    takenNames.add(c.getName().strip().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** A {@code <User>} of the project's {@code <Users>}. */
    void user(XmlNode u) {
        String name = u.attr("name");
        String guid = ctx.guid(u.attr("guid"), "User", name);
        Coder existing = ctx.root.getCoders().stream().filter(c -> Guids.coder(c).equals(guid)).findFirst().orElse(null);
        if (existing == null && name != null && !name.isBlank()) {
            existing = Coders.byName(ctx.root, name).orElse(null);
            if (existing != null) {
                ctx.report.note("User", name, Messages.Reason_coderMatched);
            }
        }
        if (existing == null) {
            existing = ctx.newCoders.stream().filter(c -> c.getId().equals(guid)).findFirst().orElse(null);
        }
        if (existing == null) {
            String shown = name == null || name.isBlank() ? "User " + guid.substring(0, 8) : name;
            existing = guid.equals(Guids.of("coder", Coders.UNKNOWN_ID)) ? ctx.unknown() : Coders.create(guid, shown);
            if (!ctx.newCoders.contains(existing) && !ctx.root.getCoders().contains(existing)) {
                ctx.newCoders.add(existing);
            }
        }
        ctx.users.put(guid, existing);
    }

    /** The codes of {@code <CodeBook><Codes>} (of a project, or of a codebook file). */
    void codes(XmlNode codebook) {
        for (XmlNode code : codebook.in("Codes", "Code")) {
            code(code, null);
        }
    }

    private void code(XmlNode node, Code parent) {
        String name = node.attr("name");
        String guid = ctx.guid(node.attr("guid"), "Code", name);
        Code code = libraryCodes.get(guid);
        if (code == null && name != null && !name.isBlank()) {
            code = ctx.root.getCodebook() == null ? null : ctx.root.getCodebook().getCodes().stream()
                    .filter(c -> !BuiltInCodes.isBuiltIn(c) && c.getName() != null && c.getName().strip().equalsIgnoreCase(name.strip()))
                    .findFirst().orElse(null);
            if (code != null) {
                ctx.report.note("Code", name, Messages.Reason_codeMatched);
            }
        }
        if (code != null) {
            ctx.report.codesMatched++;
        } else {
            code = newCode(node, guid, name, parent);
        }
        ctx.codes.put(guid, code);
        List<String> notes = node.all("NoteRef").stream().map(n -> ImportContext.ref(n.attr("targetGUID"))).toList();
        if (!notes.isEmpty()) {
            ctx.codeNotes.computeIfAbsent(code, k -> new ArrayList<>()).addAll(notes);
        }
        for (XmlNode child : node.all("Code")) {
            code(child, code);
        }
    }

    private Code newCode(XmlNode node, String guid, String written, Code parent) {
        Code code = CoprodFactory.eINSTANCE.createCode();
        String id = "code-" + guid;
        for (int n = 2; takenIds.contains(id); n++) {
            id = "code-" + guid + "-" + n;
        }
        takenIds.add(id);
        code.setId(id);
        String name = written == null || written.isBlank() ? "Code " + guid.substring(0, 8) : written.strip();
        String unique = name;
        for (int n = 2; takenNames.contains(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = name + " (" + n + ")";
        }
        if (!unique.equals(written)) {
            ctx.report.changed("Code", written, written == null || written.isBlank()
                    ? NLS.bind(Messages.Reason_codeUnnamed, unique) : NLS.bind(Messages.Reason_codeRenamed, unique));
        }
        takenNames.add(unique.toLowerCase(Locale.ROOT));
        code.setName(unique);
        String codable = node.attr("isCodable");
        code.setCodable(codable == null || !codable.strip().equalsIgnoreCase("false"));
        String definition = node.childText("Description");
        code.setDefinition(definition == null || definition.isBlank() ? null : definition.strip());
        String colour = node.attr("color");
        Optional<String> normal = Colours.normal(colour);
        normal.ifPresent(code::setColour);
        if (colour != null && !colour.isBlank() && normal.isEmpty()) {
            ctx.report.notCarried("Code", unique, NLS.bind(Messages.Reason_colourUnreadable, colour));
        } else if (normal.isPresent() && !normal.get().equals(colour.strip())) {
            ctx.report.changed("Code", unique, NLS.bind(Messages.Reason_colourNormalised, new Object[] {colour, normal.get()}));
        }
        code.setParent(parent);
        ctx.newCodes.add(code);
        ctx.report.codes++;
        return code;
    }

    /** A {@code <Variable>} of the project's {@code <Variables>}. */
    void variable(XmlNode v) {
        String name = v.attr("name");
        ctx.variables.put(ctx.guid(v.attr("guid"), "Variable", name), name == null ? "" : name.strip());
    }

    /** The values of an element's {@code VariableValue}s, by variable name; an undeclared or empty value is reported. */
    List<ValueIn> values(XmlNode owner, String element, String ownerName) {
        List<ValueIn> out = new ArrayList<>();
        for (XmlNode vv : owner.all("VariableValue")) {
            String ref = vv.first("VariableRef").map(r -> ImportContext.ref(r.attr("targetGUID"))).orElse(null);
            String name = ref == null ? null : ctx.variables.get(ref);
            String value = null;
            for (XmlNode child : vv.children) {
                if (VALUES.contains(child.name) && child.text() != null) {
                    value = child.text().strip();
                }
            }
            if (name == null) {
                ctx.report.notCarried("VariableValue", ownerName, value == null
                        ? NLS.bind(Messages.Reason_valueUndeclared, new Object[] {element, ref})
                        : NLS.bind(Messages.Reason_valueUndeclaredWith, new Object[] {element, ref, value}));
            } else if (value != null && !value.isEmpty()) {
                out.add(new ValueIn(name, value));
            }
        }
        return out;
    }

    /** A {@code <Note>} of the project's {@code <Notes>}. */
    void note(XmlNode n, SourceReading texts) throws RefiException {
        String name = n.attr("name");
        String guid = ctx.guid(n.attr("guid"), "Note", name);
        String text = texts.noteText(n, name);
        String user = n.attr("creatingUser") != null ? n.attr("creatingUser") : n.attr("modifyingUser");
        Coder author = user == null ? null : ctx.coder(ImportContext.ref(user));
        String date = n.attr("creationDateTime") != null ? n.attr("creationDateTime") : n.attr("modifiedDateTime");
        ctx.notes.put(guid, new NoteIn(guid, name, text, author, ImportContext.date(date)));
        if (!n.all("PlainTextSelection").isEmpty()) {
            ctx.report.notCarried("Note", name, NLS.bind(Messages.Reason_noteSelections, n.all("PlainTextSelection").size()));
        }
    }

    /** A {@code <Case>} of the project's {@code <Cases>}. */
    void caseOf(XmlNode c) {
        String name = c.attr("name");
        String guid = ctx.guid(c.attr("guid"), "Case", name);
        ctx.cases.put(guid, new CaseIn(guid, name, c.childText("Description"), values(c, "the case", name), refs(c, "CodeRef"),
                refs(c, "SourceRef"), refs(c, "SelectionRef")));
    }

    /** A {@code <Link>} of the project's {@code <Links>}. */
    void link(XmlNode l) {
        String guid = l.attr("guid") == null ? UUID.randomUUID().toString() : ImportContext.ref(l.attr("guid"));
        ctx.links.add(new LinkIn(guid, l.attr("name"), ImportContext.ref(l.attr("originGUID")),
                ImportContext.ref(l.attr("targetGUID"))));
    }

    /** A {@code <Set>} of the project's {@code <Sets>}: the workbench has nowhere to keep it. */
    void set(XmlNode s) {
        ctx.report.notCarried("Set", s.attr("name"),
                NLS.bind(Messages.Reason_set, s.all("MemberCode").size() + s.all("MemberSource").size() + s.all("MemberNote").size()));
    }

    /** A {@code <Graph>} of the project's {@code <Graphs>}: the workbench has nowhere to keep it. */
    void graph(XmlNode g) {
        ctx.report.notCarried("Graph", g.attr("name"), NLS.bind(Messages.Reason_graph, g.all("Vertex").size()));
    }

    /** A {@code <NoteRef>} of the project as a whole (read after its notes): the workbench has nowhere to keep it. */
    void projectNote(XmlNode ref) {
        String guid = ImportContext.ref(ref.attr("targetGUID"));
        NoteIn note = ctx.notes.get(guid);
        ctx.usedNotes.add(guid);
        ctx.report.notCarried("Note", note == null ? guid : note.name(), NLS.bind(Messages.Reason_projectNote, excerpt(note)));
    }

    static String excerpt(NoteIn note) {
        if (note == null || note.text() == null || note.text().isBlank()) {
            return "";
        }
        String t = note.text().strip().replaceAll("\\s+", " ");
        return " (\"" + (t.length() > 80 ? t.substring(0, 80) + "…" : t) + "\")";
    }

    private static List<String> refs(XmlNode owner, String name) {
        return owner.all(name).stream().map(r -> ImportContext.ref(r.attr("targetGUID"))).filter(g -> g != null).toList();
    }
}
