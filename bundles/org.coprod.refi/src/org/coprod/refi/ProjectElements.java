package org.coprod.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Walks a {@code project.qde} as it streams out of the archive, one part at a time (a user, the codebook, a variable,
 * a case, a source with its selections, a note, a link …): each is read whole, handed to its reader and let go, so the
 * project is never held in memory as a tree. Cases, sources and notes name users and variables by GUID, and the schema
 * puts those first; a file that gives them later is read again in two passes ({@link OutOfOrder}), the first for them
 * alone, so that any order reads as before. The project's own notes are read at its end, after every note.
 */
final class ProjectElements {

    /** Which parts one pass over the file reads. */
    enum Pass {
        /** Everything, in the file's order, as long as it is the schema's order for what others need. */
        ALL,
        /** Only users, the codebook and variables. */
        FIRST,
        /** Everything but those. */
        REST
    }

    /** The file gives users or variables after a part that needs them: it is read again in two passes. */
    static final class OutOfOrder extends Exception {
        private static final long serialVersionUID = 1L;

        OutOfOrder(String part) {
            super(part);
        }
    }

    private interface Reader {
        void read(XmlNode part) throws RefiException;
    }

    private static final Set<String> FIRST = Set.of("Users", "CodeBook", "Variables");
    private static final Set<String> NEEDING_THEM = Set.of("Cases", "Sources", "Notes");

    private final ImportContext ctx;
    private final ProjectReading parts;
    private final SourceReading sources;
    private final IProgressMonitor monitor;
    private final List<XmlNode> projectNotes = new ArrayList<>();
    private boolean described;

    ProjectElements(ImportContext ctx, ProjectReading parts, IProgressMonitor monitor) {
        this.ctx = ctx;
        this.parts = parts;
        this.sources = new SourceReading(ctx, parts);
        this.monitor = monitor;
    }

    /** Reads the children of the project's root element (which {@code xml} has just given) to its end. */
    void read(XmlTree xml, XmlNode project, Pass pass) throws RefiException, OutOfOrder {
        ctx.origin = project.attr("origin") == null ? "" : project.attr("origin");
        ctx.projectName = project.attr("name");
        boolean needingSeen = false;
        for (XmlNode part = xml.next(); part != null; part = xml.next()) {
            boolean first = FIRST.contains(part.name);
            if (pass == Pass.FIRST && !first || pass == Pass.REST && first) {
                xml.skip();
                continue;
            }
            if (first && needingSeen && pass == Pass.ALL) {
                throw new OutOfOrder(part.name);
            }
            needingSeen |= NEEDING_THEM.contains(part.name);
            switch (part.name) {
                case "Users" -> each(xml, "User", parts::user);
                case "CodeBook" -> parts.codes(xml.rest(part));
                case "Variables" -> each(xml, "Variable", parts::variable);
                case "Cases" -> each(xml, "Case", parts::caseOf);
                case "Sources" -> each(xml, null, sources::source);
                case "Notes" -> each(xml, "Note", n -> parts.note(n, sources));
                case "Links" -> each(xml, "Link", parts::link);
                case "Sets" -> each(xml, "Set", parts::set);
                case "Graphs" -> each(xml, "Graph", parts::graph);
                case "Description" -> description(xml.rest(part));
                case "NoteRef" -> projectNotes.add(xml.rest(part));
                default -> xml.skip();
            }
        }
        if (pass != Pass.FIRST) {
            projectNotes.forEach(parts::projectNote);
        }
    }

    private void description(XmlNode d) {
        if (!described) {
            described = true;
            ctx.description = d.text();
        }
    }

    /** Reads each child of the container just opened that has this name (any name for null), one at a time. */
    private void each(XmlTree xml, String name, Reader reader) throws RefiException {
        for (XmlNode item = xml.next(); item != null; item = xml.next()) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (name == null || item.name.equals(name)) {
                reader.read(xml.rest(item));
            } else {
                xml.skip();
            }
        }
    }
}
