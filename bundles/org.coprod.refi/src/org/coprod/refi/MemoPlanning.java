package org.coprod.refi;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.CodeSummary;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Memo;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.refi.ProjectParts.CodingIn;
import org.coprod.refi.ProjectParts.LinkIn;
import org.coprod.refi.ProjectParts.NoteIn;
import org.coprod.refi.ProjectParts.SelectionIn;
import org.coprod.refi.ProjectParts.SourceIn;
import org.eclipse.osgi.util.NLS;

/**
 * Turns the project's notes into memos where the workbench keeps them: of a code ({@code NoteRef} in a code), of a
 * document (in a source, or its description), of a passage (in a selection or a coding), of a case (a note linked to
 * the case — a record note an export wrote is kept this way, its facts not read back), and a summary of a code in a
 * case (a note linked to both). A note nothing refers to is named in the report. Memos for what the library already
 * has are added when the import is applied, never twice.
 */
final class MemoPlanning {

    private final ImportContext ctx;
    private final CasePlanning cases;
    private final Map<String, Integer> uses = new HashMap<>();
    /** Memos for codes and documents the library already has, added when the plan is applied. */
    final List<Runnable> additions = new ArrayList<>();
    private int recordNotes;

    MemoPlanning(ImportContext ctx, CasePlanning cases) {
        this.ctx = ctx;
        this.cases = cases;
    }

    static Memo memo(String id, String text, Coder author, Date date) {
        Memo m = CoprodFactory.eINSTANCE.createMemo();
        m.setId(id);
        m.setText(XmlOut.clean(text));
        m.setAuthor(author);
        m.setDate(date);
        return m;
    }

    /** A memo of a note of the project, or null (reported) when the project has no such note or it has no text. */
    private Memo of(String noteGuid, String where) {
        NoteIn note = ctx.notes.get(noteGuid);
        if (note == null) {
            ctx.report.notCarried("NoteRef", noteGuid, NLS.bind(Messages.Reason_noteRefMissing, where));
            return null;
        }
        ctx.usedNotes.add(noteGuid);
        if (note.text() == null || note.text().isBlank()) {
            return null; // its text was already reported as missing, or it says nothing
        }
        int n = uses.merge(noteGuid, 1, Integer::sum);
        String id = n == 1 ? "memo-" + noteGuid : "memo-" + Guids.of("memo", noteGuid + "/" + n);
        ctx.report.memos++;
        return memo(id, note.text(), note.author(), note.date());
    }

    /** The text of a passage's memo: its selection's description and the notes of the selection and of the codings. */
    String passageMemo(SelectionIn sel, List<CodingIn> codings) {
        List<String> parts = new ArrayList<>();
        if (sel.description() != null) {
            parts.add(sel.description());
        }
        List<String> refs = new ArrayList<>(sel.noteRefs());
        codings.forEach(c -> refs.addAll(c.noteRefs()));
        for (String ref : refs.stream().distinct().toList()) {
            NoteIn note = ctx.notes.get(ref);
            if (note == null) {
                ctx.report.notCarried("NoteRef", ref, Messages.Reason_selectionNoteMissing);
            } else {
                ctx.usedNotes.add(ref);
                if (note.text() != null && !note.text().isBlank() && !parts.contains(note.text().strip())) {
                    parts.add(note.text().strip());
                }
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** The notes and description of a source: memos of its document, or of the case whose note it is. */
    void ofSource(SourceIn s, CasePlanning.Planned owner, Document d) {
        List<Memo> made = new ArrayList<>();
        for (String ref : s.noteRefs()) {
            Memo m = of(ref, s.element() + " " + s.name());
            if (m != null) {
                made.add(m);
            }
        }
        if (s.description() != null) {
            made.add(memo("memo-" + Guids.of("description", s.guid()), s.description(), null, s.created()));
            ctx.report.memos++;
            ctx.report.note(s.element(), s.name(), owner != null ? Messages.Reason_descriptionCaseMemo
                    : Messages.Reason_descriptionDocumentMemo);
        }
        if (owner != null) {
            owner.target.getMemos().addAll(made);
        } else if (d.eContainer() == ctx.root) {
            additions.add(() -> addNew(d.getMemos(), made));
        } else {
            d.getMemos().addAll(made);
        }
    }

    void ofCodes() {
        ctx.codeNotes.forEach((code, refs) -> {
            List<Memo> made = new ArrayList<>();
            for (String ref : refs) {
                Memo m = of(ref, NLS.bind(Messages.Reason_whereCode, code.getName()));
                if (m != null) {
                    made.add(m);
                }
            }
            if (ctx.newCodes.contains(code)) {
                code.getMemos().addAll(made);
            } else {
                additions.add(() -> addNew(code.getMemos(), made));
            }
        });
    }

    private static void addNew(List<Memo> list, List<Memo> memos) {
        for (Memo m : memos) {
            if (list.stream().noneMatch(x -> Objects.equals(x.getId(), m.getId()))) {
                list.add(m);
            }
        }
    }

    /** Notes linked to cases, codes, sources or selections. */
    void links(TextPlanning texts, PassagePlanning passages) {
        Map<String, List<LinkIn>> byOrigin = new LinkedHashMap<>();
        for (LinkIn l : ctx.links) {
            if (l.origin() != null && ctx.notes.containsKey(l.origin())) {
                byOrigin.computeIfAbsent(l.origin(), k -> new ArrayList<>()).add(l);
            } else if (l.target() != null && ctx.notes.containsKey(l.target())) {
                byOrigin.computeIfAbsent(l.target(), k -> new ArrayList<>()).add(new LinkIn(l.guid(), l.name(), l.target(), l.origin()));
            } else {
                ctx.report.notCarried("Link", l.name() == null ? l.guid() : l.name(),
                        NLS.bind(Messages.Reason_linkNotNotes, new Object[] {l.origin(), l.target()}));
            }
        }
        byOrigin.forEach((note, links) -> linked(note, links, texts, passages));
        if (recordNotes > 0) {
            ctx.report.note("Note", "Workbench record", NLS.bind(Messages.Reason_recordNotes, recordNotes));
        }
    }

    private void linked(String noteGuid, List<LinkIn> links, TextPlanning texts, PassagePlanning passages) {
        CasePlanning.Planned c = null;
        boolean skippedCase = false;
        Code code = null;
        for (LinkIn l : links) {
            skippedCase |= cases.skipped.contains(l.target());
            c = c != null ? c : cases.kept.get(l.target());
            code = code != null ? code : ctx.code(l.target());
        }
        if (skippedCase && c == null) {
            ctx.usedNotes.add(noteGuid); // it goes with the skipped case
            return;
        }
        if (c != null && code != null) {
            summary(noteGuid, c, code);
            return;
        }
        if (c != null) {
            Memo m = of(noteGuid, Messages.Reason_whereLink);
            if (m != null) {
                if (noteGuid.equals(Guids.of("record", c.target.getId()))) {
                    // not under the record's GUID, which the next export gives the record it writes anew
                    m.setId("memo-record-" + c.target.getId());
                    recordNotes++;
                }
                c.target.getMemos().add(m);
            }
            return;
        }
        if (code != null) {
            Memo m = of(noteGuid, Messages.Reason_whereLink);
            Code target = code;
            if (m != null) {
                if (ctx.newCodes.contains(target)) {
                    target.getMemos().add(m);
                } else {
                    additions.add(() -> addNew(target.getMemos(), List.of(m)));
                }
            }
            return;
        }
        for (LinkIn l : links) {
            if (texts.texts.get(l.target()) instanceof Document d) {
                Memo m = of(noteGuid, Messages.Reason_whereLink);
                if (m != null) {
                    if (d.eContainer() == ctx.root) {
                        additions.add(() -> addNew(d.getMemos(), List.of(m)));
                    } else {
                        d.getMemos().add(m);
                    }
                }
                return;
            }
            if (texts.texts.get(l.target()) instanceof Note n && n.eContainer() instanceof Case owner) {
                Memo m = of(noteGuid, Messages.Reason_whereLink);
                if (m != null) {
                    owner.getMemos().add(m);
                }
                return;
            }
            List<Segment> segments = passages.bySelection.get(l.target());
            if (segments != null) {
                NoteIn note = ctx.notes.get(noteGuid);
                ctx.usedNotes.add(noteGuid);
                if (note.text() != null && !note.text().isBlank()) {
                    for (Segment s : segments) {
                        if (s.getMemo() == null) {
                            s.setMemo(memo("memo-" + Guids.of("passage", s.getId()), note.text(), note.author(), note.date()));
                            ctx.report.memos++;
                        } else if (!s.getMemo().getText().contains(note.text().strip())) {
                            s.getMemo().setText(s.getMemo().getText() + "\n\n" + XmlOut.clean(note.text().strip()));
                        }
                    }
                }
                return;
            }
        }
        ctx.report.notCarried("Note", ctx.notes.get(noteGuid).name(),
                NLS.bind(Messages.Reason_noteLinkedToNothing, ProjectReading.excerpt(ctx.notes.get(noteGuid))));
        ctx.usedNotes.add(noteGuid);
    }

    private void summary(String noteGuid, CasePlanning.Planned c, Code code) {
        NoteIn note = ctx.notes.get(noteGuid);
        ctx.usedNotes.add(noteGuid);
        if (note.text() == null || note.text().isBlank()) {
            return;
        }
        if (c.target.getCodeSummaries().stream().anyMatch(s -> s.getCode() == code)) {
            ctx.report.notCarried("Note", note.name(),
                    NLS.bind(Messages.Reason_secondSummary, new Object[] {code.getName(), c.target.getId()}));
            return;
        }
        CodeSummary s = CoprodFactory.eINSTANCE.createCodeSummary();
        s.setCode(code);
        s.setText(XmlOut.clean(note.text()));
        s.setAuthor(note.author());
        s.setDate(note.date());
        c.target.getCodeSummaries().add(s);
        ctx.report.summaries++;
    }

    /** Notes nothing referred to. */
    void unused() {
        for (NoteIn n : ctx.notes.values()) {
            if (!ctx.usedNotes.contains(n.guid())) {
                ctx.report.notCarried("Note", n.name() == null ? n.guid() : n.name(),
                        NLS.bind(Messages.Reason_noteUnreferenced, ProjectReading.excerpt(n)));
            }
        }
    }
}
