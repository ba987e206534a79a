package org.coprod.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.BuiltInCodes.Dimension;
import org.coprod.core.evidence.Texts;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.CodeSummary;
import org.coprod.model.Coder;
import org.coprod.model.Document;
import org.coprod.model.LimitationClaim;
import org.coprod.model.Memo;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.model.TypologyCoding;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Writes the {@code project.qde} of an export, element by element in the schema's sequence order, leaving out every
 * empty container and value (which the schema refuses). Its GUIDs come from {@link Guids} and it writes no export
 * date, so the same library always gives the same file.
 */
final class ProjectWriter {

    static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    static final String ORIGIN = "Co-production Workbench";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_INSTANT;

    /** A note to write: a memo, a case's record, a summary of a code in a case. */
    private record NoteOut(String guid, String name, Coder author, Date date, String text) {
    }

    private record LinkOut(String name, String origin, String target) {
    }

    private final ExportScope scope;
    private final XmlOut out;
    private final List<NoteOut> notes = new ArrayList<>();
    private final List<LinkOut> links = new ArrayList<>();
    private final Map<Object, List<String>> noteRefs = new IdentityHashMap<>();
    private final Map<Case, List<CaseVariables.Value>> caseValues = new LinkedHashMap<>();
    private final Set<Code> inBook = Collections.newSetFromMap(new IdentityHashMap<>());
    private int selections;
    /** GUIDs and dates that 200,000 passages share: made once (each is a digest or a formatting). */
    private final Map<Code, String> codes = new IdentityHashMap<>();
    private final Map<Coder, String> coders = new IdentityHashMap<>();
    private final Map<Date, String> dates = new HashMap<>();

    ProjectWriter(ExportScope scope, OutputStream stream) {
        this.scope = scope;
        this.out = new XmlOut(stream);
        if (scope.library.root().getCodebook() != null) {
            inBook.addAll(scope.library.root().getCodebook().getCodes());
        }
    }

    /** Writes the whole project; returns the number of selections written. */
    int write(IProgressMonitor monitor) throws IOException {
        collectNotes();
        scope.cases.forEach(c -> caseValues.put(c, CaseVariables.of(c)));
        String name = scope.library.root().getName();
        out.declaration();
        out.start("Project").attr("xmlns", NAMESPACE).attr("name", name == null || name.isBlank() ? scope.library.folder()
                .getFileName().toString() : name).attr("origin", ORIGIN);
        users();
        if (!inBook.isEmpty()) {
            out.start("CodeBook");
            CodebookXml.write(out, scope.library.root().getCodebook(), c -> noteRefs.getOrDefault(c, List.of()));
            out.end();
        }
        variables();
        cases(monitor);
        sources(monitor);
        notes();
        links();
        out.element("Description", scope.library.root().getDescription());
        out.end();
        out.finish();
        return selections;
    }

    /** Characters XML cannot hold that were written as U+FFFD. */
    int replaced() {
        return out.replaced();
    }

    int notesWritten() {
        return notes.size();
    }

    private void collectNotes() {
        for (Code code : inBook) {
            for (int i = 0; i < code.getMemos().size(); i++) {
                memo(code, code.getMemos().get(i), "code/" + code.getId() + "/" + i);
            }
        }
        for (Document d : scope.documents) {
            for (int i = 0; i < d.getMemos().size(); i++) {
                memo(d, d.getMemos().get(i), "document/" + d.getId() + "/" + i);
            }
        }
        for (Case c : scope.cases) {
            String caseGuid = Guids.caseOf(c);
            for (int i = 0; i < c.getMemos().size(); i++) {
                Memo m = c.getMemos().get(i);
                String guid = Guids.memo(m, "case/" + c.getId() + "/" + i);
                notes.add(new NoteOut(guid, title(m.getText(), "Memo"), m.getAuthor(), m.getDate(), m.getText()));
                links.add(new LinkOut("memo", guid, caseGuid));
            }
            String record = CaseRecordText.of(c);
            if (record != null) {
                notes.add(new NoteOut(Guids.record(c), CaseRecordText.title(c), null, null, record));
                links.add(new LinkOut("record", Guids.record(c), caseGuid));
            }
            for (CodeSummary s : c.getCodeSummaries()) {
                if (s.getCode() != null && inBook.contains(s.getCode()) && s.getText() != null && !s.getText().isBlank()) {
                    String guid = Guids.summary(c, s.getCode());
                    notes.add(new NoteOut(guid, "Summary: " + CodebookXml.name(s.getCode()), s.getAuthor(), s.getDate(), s.getText()));
                    links.add(new LinkOut("summary", guid, caseGuid));
                    links.add(new LinkOut("summary", guid, Guids.code(s.getCode())));
                }
            }
        }
    }

    private void memo(Object owner, Memo m, String where) {
        String guid = Guids.memo(m, where);
        notes.add(new NoteOut(guid, title(m.getText(), "Memo"), m.getAuthor(), m.getDate(), m.getText()));
        noteRefs.computeIfAbsent(owner, k -> new ArrayList<>()).add(guid);
    }

    /** A note's name: the first line of its text, without Markdown heading marks, shortened. */
    static String title(String text, String fallback) {
        String first = text == null ? "" : text.strip().lines().findFirst().orElse("").replaceFirst("^#+\\s*", "").strip();
        if (first.isEmpty()) {
            return fallback;
        }
        return first.codePointCount(0, first.length()) > 60 ? first.substring(0, first.offsetByCodePoints(0, 59)) + "…" : first;
    }

    private void users() throws IOException {
        if (scope.coders.isEmpty()) {
            return;
        }
        out.start("Users");
        for (Coder c : scope.coders) {
            out.start("User").attr("guid", Guids.coder(c)).attr("name", c.getName()).attr("id", c.getInitials()).end();
        }
        out.end();
    }

    private void variables() throws IOException {
        Map<String, CaseVariables.Variable> declared = new LinkedHashMap<>();
        caseValues.values().forEach(values -> values.forEach(v -> declared.putIfAbsent(v.variable().name(), v.variable())));
        for (Document d : scope.documents) {
            SourceVariables.of(d).forEach(v -> declared.putIfAbsent(v.variable().name(), v.variable()));
        }
        for (Case c : scope.cases) {
            c.getNotes().forEach(n -> SourceVariables.of(c, n).forEach(v -> declared.putIfAbsent(v.variable().name(), v.variable())));
        }
        if (declared.isEmpty()) {
            return;
        }
        out.start("Variables");
        for (CaseVariables.Variable v : declared.values()) {
            out.start("Variable").attr("guid", Guids.variable(v.name())).attr("name", v.name()).attr("typeOfVariable", v.type().refi);
            out.element("Description", v.description());
            out.end();
        }
        out.end();
    }

    private void values(List<CaseVariables.Value> values) throws IOException {
        for (CaseVariables.Value v : values) {
            out.start("VariableValue");
            out.ref("VariableRef", Guids.variable(v.variable().name()));
            out.element(switch (v.variable().type()) {
                case TEXT -> "TextValue";
                case INTEGER -> "IntegerValue";
                case BOOLEAN -> "BooleanValue";
            }, v.text());
            out.end();
        }
    }

    private void cases(IProgressMonitor monitor) throws IOException {
        if (scope.cases.isEmpty()) {
            return;
        }
        out.start("Cases");
        for (Case c : scope.cases) {
            cancelled(monitor);
            out.start("Case").attr("guid", Guids.caseOf(c)).attr("name", c.getName() == null ? c.getId() : c.getName());
            out.element("Description", c.getSummary());
            for (Code code : recordCodes(c)) {
                out.ref("CodeRef", Guids.code(code));
            }
            values(caseValues.get(c));
            Set<Document> documents = new LinkedHashSet<>(c.getDocuments());
            scope.caseSegments.get(c).stream().map(Segment::getText).filter(Document.class::isInstance).map(Document.class::cast)
                    .forEach(documents::add);
            for (Document d : documents) {
                if (scope.kinds.containsKey(d)) {
                    out.ref("SourceRef", Guids.document(d));
                }
            }
            for (Note n : c.getNotes()) {
                out.ref("SourceRef", Guids.note(c, n));
            }
            for (Segment s : scope.caseSegments.get(c)) {
                out.ref("SelectionRef", Guids.segment(s));
            }
            out.end();
            monitor.worked(1);
        }
        out.end();
    }

    /** The built-in codes of the case's coded records: the case as a whole is coded with its cells, drivers, benefits … */
    private List<Code> recordCodes(Case c) {
        var library = scope.library.root();
        Set<Code> codes = new LinkedHashSet<>();
        for (TypologyCoding k : c.getCodings()) {
            if (k.getCell() != null) {
                BuiltInCodes.forCell(library, k.getCell()).ifPresent(codes::add);
            }
        }
        c.getDrivers().forEach(d -> BuiltInCodes.forValue(library, Dimension.DRIVER, d.getDriver()).ifPresent(codes::add));
        c.getBenefits().stream().map(BenefitClaim::getBenefit)
                .forEach(v -> BuiltInCodes.forValue(library, Dimension.BENEFIT, v).ifPresent(codes::add));
        c.getLimitations().stream().map(LimitationClaim::getLimitation)
                .forEach(v -> BuiltInCodes.forValue(library, Dimension.LIMITATION, v).ifPresent(codes::add));
        c.getOutcomes().forEach(o -> BuiltInCodes.forValue(library, Dimension.OUTCOME, o.getDomain()).ifPresent(codes::add));
        codes.retainAll(inBook);
        return List.copyOf(codes);
    }

    private void sources(IProgressMonitor monitor) throws IOException {
        boolean any = !scope.documents.isEmpty() || scope.cases.stream().anyMatch(c -> !c.getNotes().isEmpty());
        if (!any) {
            return;
        }
        out.start("Sources");
        for (Document d : scope.documents) {
            cancelled(monitor);
            String guid = Guids.document(d);
            List<String> refs = noteRefs.getOrDefault(d, List.of());
            switch (scope.kinds.get(d)) {
                case PDF -> {
                    out.start("PDFSource").attr("guid", guid).attr("name", Texts.title(d)).attr("path", ProjectFiles.internal(guid, "pdf"))
                            .attr("creationDateTime", date(d.getImported()));
                    String rep = Guids.representation(d);
                    textSource("Representation", rep, Texts.title(d), null, rep, null, d, List.of(), List.of());
                    refs(refs);
                    values(SourceVariables.of(d));
                    out.end();
                }
                case DOCX -> textSource("TextSource", guid, Texts.title(d), ProjectFiles.internal(guid, "docx"), guid, d.getImported(), d,
                        refs, SourceVariables.of(d));
                case TEXT -> textSource("TextSource", guid, Texts.title(d), null, guid, d.getImported(), d, refs, SourceVariables.of(d));
            }
        }
        for (Case c : scope.cases) {
            for (Note n : c.getNotes()) {
                String guid = Guids.note(c, n);
                textSource("TextSource", guid, Texts.title(n), null, guid, n.getDate(), n, List.of(), SourceVariables.of(c, n));
            }
        }
        out.end();
    }

    private void textSource(String element, String guid, String name, String richPath, String textGuid, Date created, CodableText text,
            List<String> refs, List<CaseVariables.Value> values) throws IOException {
        out.start(element).attr("guid", guid).attr("name", name).attr("richTextPath", richPath)
                .attr("plainTextPath", ProjectFiles.internal(textGuid, "txt")).attr("creationDateTime", date(created));
        for (Segment s : scope.segmentsOf(text)) {
            selection(s);
        }
        refs(refs);
        values(values);
        out.end();
    }

    private void refs(List<String> refs) throws IOException {
        for (String guid : refs) {
            out.ref("NoteRef", guid);
        }
    }

    private void selection(Segment s) throws IOException {
        String user = s.getCoder() == null ? null : coders.computeIfAbsent(s.getCoder(), Guids::coder);
        String when = s.getCodedOn() == null ? null : dates.computeIfAbsent(s.getCodedOn(), ProjectWriter::date);
        String guid = Guids.segment(s);
        out.start("PlainTextSelection").attr("guid", guid).attr("startPosition", Integer.toString(s.getStart()))
                .attr("endPosition", Integer.toString(s.getEnd())).attr("creatingUser", user).attr("creationDateTime", when);
        out.element("Description", s.getMemo() == null ? null : s.getMemo().getText());
        for (Code code : s.getCodes()) {
            if (inBook.contains(code)) {
                String codeGuid = codes.computeIfAbsent(code, Guids::code);
                out.start("Coding").attr("guid", Guids.coding(guid, codeGuid)).attr("creatingUser", user).attr("creationDateTime", when);
                out.ref("CodeRef", codeGuid);
                out.end();
            }
        }
        out.end();
        selections++;
    }

    private void notes() throws IOException {
        if (notes.isEmpty()) {
            return;
        }
        out.start("Notes");
        for (NoteOut n : notes) {
            out.start("Note").attr("guid", n.guid()).attr("name", n.name()).attr("creatingUser", n.author() == null ? null
                    : Guids.coder(n.author())).attr("creationDateTime", date(n.date()));
            out.element("PlainTextContent", n.text());
            out.end();
        }
        out.end();
    }

    private void links() throws IOException {
        if (links.isEmpty()) {
            return;
        }
        out.start("Links");
        for (LinkOut l : links) {
            out.start("Link").attr("guid", Guids.link(l.origin(), l.target())).attr("name", l.name()).attr("direction", "OneWay")
                    .attr("originGUID", l.origin()).attr("targetGUID", l.target()).end();
        }
        out.end();
    }

    /** A date as {@code xsd:dateTime} in UTC, to the second; null for none. */
    static String date(Date date) {
        return date == null ? null : DATE.format(date.toInstant().truncatedTo(ChronoUnit.SECONDS));
    }

    private static void cancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
