package org.coprod.refi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Ids;
import org.coprod.core.Languages;
import org.coprod.core.documents.DocumentFiles;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Note;
import org.coprod.model.Source;
import org.coprod.refi.ProjectParts.CaseIn;
import org.coprod.refi.ProjectParts.CodingIn;
import org.coprod.refi.ProjectParts.SelectionIn;
import org.coprod.refi.ProjectParts.SourceIn;
import org.coprod.refi.ProjectParts.ValueIn;
import org.eclipse.osgi.util.NLS;

/**
 * Decides what each source of the project becomes — a note of a case (when it says "Note of case" and that case is
 * imported), or a document of the library, new or one the library has with the same text — and which case each
 * selection belongs to: the case that lists it ({@code SelectionRef}), or that NVivo codes it with, or the one case
 * that holds its source; a source that holds selections but belongs to no case gets a case of its own. The
 * selections then become passages ({@link PassagePlanning}).
 */
final class TextPlanning {

    /** A document's files, written when the import is applied. */
    record DocumentBytes(byte[] text, String originalName, byte[] original) {
    }

    private final ImportContext ctx;
    private final CasePlanning cases;
    final Map<String, CodableText> texts = new HashMap<>();
    /** The planned case each source's selections go to when nothing else says, by source GUID. */
    private final Map<String, List<String>> referrers = new HashMap<>();
    private final Map<String, String> selectionOwners = new HashMap<>();
    final List<Document> newDocuments = new ArrayList<>();
    final Map<Document, DocumentBytes> files = new IdentityHashMap<>();
    final List<Source> newSources = new ArrayList<>();
    private final Set<String> documentIds = new HashSet<>();
    /** The library's documents and the new ones by the SHA-256 of their text: one text is one document. */
    private final Map<String, Document> byDigest = new HashMap<>();
    /** Sources that got a case of their own, by source GUID → the case's GUID. */
    final Map<String, String> madeCases = new LinkedHashMap<>();

    TextPlanning(ImportContext ctx, CasePlanning cases) {
        this.ctx = ctx;
        this.cases = cases;
        for (Document d : ctx.root.getDocuments()) {
            documentIds.add(d.getId());
            if (d.getTextDigest() != null) {
                byDigest.putIfAbsent(d.getTextDigest().toLowerCase(Locale.ROOT), d);
            }
        }
    }

    /** Before the cases are planned: who refers to each source and selection, and a case for each source no case holds. */
    void prepare() {
        for (CaseIn c : ctx.cases.values()) {
            c.sourceRefs().forEach(s -> referrers.computeIfAbsent(s, k -> new ArrayList<>()).add(c.guid()));
            for (String sel : c.selectionRefs()) {
                String earlier = selectionOwners.putIfAbsent(sel, c.guid());
                if (earlier != null && !earlier.equals(c.guid())) {
                    ctx.report.changed("SelectionRef", sel, NLS.bind(Messages.Reason_selectionSeveralCases, ctx.cases.get(earlier).name()));
                }
            }
        }
        for (SourceIn s : ctx.sources.values()) {
            for (SelectionIn sel : s.selections()) {
                for (CodingIn coding : sel.codings()) {
                    if (ctx.cases.containsKey(coding.code())) {
                        selectionOwners.putIfAbsent(sel.guid(), coding.code()); // NVivo codes a case's text with the case
                    }
                }
            }
        }
        for (SourceIn s : ctx.sources.values()) {
            boolean owned = s.selections().stream().allMatch(sel -> selectionOwners.containsKey(sel.guid()));
            if (!referrers.containsKey(s.guid()) && noteOf(s) == null && !s.selections().isEmpty() && !owned) {
                String guid = Guids.of("case-of-source", s.guid());
                List<ValueIn> values = s.values().stream().filter(v -> !sourceVariable(v.name())).toList();
                ctx.cases.put(guid, new CaseIn(guid, s.name(), null, values, List.of(), List.of(s.guid()), List.of()));
                referrers.put(s.guid(), List.of(guid));
                madeCases.put(s.guid(), guid);
            }
        }
    }

    /** After the cases are planned: notes, documents, and which planned case each selection goes to. */
    void plan(PassagePlanning passages, MemoPlanning memos) {
        for (SourceIn s : ctx.sources.values()) {
            String caseId = noteOf(s);
            String owner = caseId == null ? null : cases.guidOf(caseId).orElse(null);
            if (owner != null) {
                note(s, owner, passages, memos);
            } else {
                if (caseId != null) {
                    ctx.report.note("TextSource", s.name(), NLS.bind(Messages.Reason_noteOfMissingCase, caseId));
                }
                document(s, passages, memos);
            }
        }
        madeCases.forEach((source, guid) -> {
            if (cases.kept.containsKey(guid)) {
                ctx.report.note("TextSource", ctx.sources.get(source).name(),
                        NLS.bind(Messages.Reason_ownCase, cases.kept.get(guid).target.getId()));
            }
        });
    }

    private void note(SourceIn s, String ownerGuid, PassagePlanning passages, MemoPlanning memos) {
        CasePlanning.Planned owner = cases.kept.get(ownerGuid);
        if (owner == null) {
            return; // the case is skipped, and its notes with it
        }
        Case c = owner.target;
        Note n = CoprodFactory.eINSTANCE.createNote();
        n.setId(noteId(s.guid(), c, owner.existing));
        n.setTitle(XmlOut.clean(s.name()));
        String text = XmlOut.clean(s.text().text);
        if (!text.equals(s.text().text)) {
            ctx.report.changed("TextSource", s.name(), Messages.Reason_replacedChars);
        }
        n.setText(text);
        n.setAuthor(XmlOut.clean(CasePlanning.value(s.values(), SourceVariables.AUTHOR.name())));
        String language = CasePlanning.value(s.values(), SourceVariables.LANGUAGE.name());
        if (language != null && Languages.isCode(language)) {
            n.setLanguage(language);
        }
        n.setDate(s.created());
        c.getNotes().add(n);
        ctx.report.caseNotes++;
        texts.put(s.guid(), n);
        for (SelectionIn sel : s.selections()) {
            passages.add(owner, n, s, sel);
        }
        memos.ofSource(s, owner, null);
    }

    /** The id a note had when it was exported ({@code note-N}, whose GUID is made from it), or one made from its GUID. */
    private static String noteId(String guid, Case c, Case existing) {
        Set<String> taken = new HashSet<>();
        c.getNotes().forEach(n -> taken.add(n.getId()));
        int limit = c.getNotes().size() + (existing == null ? 0 : existing.getNotes().size()) + 50;
        for (int k = 1; k <= limit; k++) {
            String id = "note-" + k;
            if (Guids.of("note", c.getId() + "/" + id).equals(guid) && !taken.contains(id)) {
                return id;
            }
        }
        String id = "note-" + guid;
        return taken.contains(id) ? "note-" + Guids.of("note", guid + "/" + taken.size()) : id;
    }

    private void document(SourceIn s, PassagePlanning passages, MemoPlanning memos) {
        List<String> refs = referrers.getOrDefault(s.guid(), List.of());
        Map<SelectionIn, CasePlanning.Planned> owners = new LinkedHashMap<>();
        int skipped = 0;
        for (SelectionIn sel : s.selections()) {
            String owner = selectionOwners.get(sel.guid());
            if (owner == null || !ctx.cases.containsKey(owner)) {
                owner = refs.stream().filter(cases.kept::containsKey).findFirst().orElse(refs.isEmpty() ? null : refs.get(0));
                if (refs.size() > 1 && cases.kept.containsKey(owner)) {
                    ctx.report.changed("PlainTextSelection", sel.guid(),
                            NLS.bind(Messages.Reason_selectionOwner,
                            new Object[] {s.name(), refs.size(), cases.kept.get(owner).target.getId()}));
                }
            }
            CasePlanning.Planned planned = owner == null ? null : cases.kept.get(owner);
            if (planned == null) {
                skipped++;
            } else {
                owners.put(sel, planned);
            }
        }
        boolean keptReferrer = refs.stream().anyMatch(cases.kept::containsKey);
        if (!keptReferrer && owners.isEmpty() && (!refs.isEmpty() || skipped > 0)) {
            ctx.report.note("TextSource", s.name(), Messages.Reason_skippedCasesOnly);
            return;
        }
        Document d = documentFor(s);
        texts.put(s.guid(), d);
        for (String ref : refs) {
            CasePlanning.Planned p = cases.kept.get(ref);
            if (p != null && !p.target.getDocuments().contains(d)) {
                p.target.getDocuments().add(d);
            }
        }
        owners.forEach((sel, planned) -> passages.add(planned, d, s, sel));
        memos.ofSource(s, null, d);
    }

    /** The library's document with this text, or a new one with its files to write. */
    private Document documentFor(SourceIn s) {
        byte[] bytes = s.text().text.getBytes(StandardCharsets.UTF_8);
        String digest = Texts.sha256(bytes);
        Document same = byDigest.get(digest);
        if (same != null && !files.containsKey(same)) {
            ctx.report.note("TextSource", s.name(), NLS.bind(Messages.Reason_sameText, Texts.title(same)));
            ctx.report.documentsReused++;
            return same;
        }
        if (same != null) {
            return same; // another source of the project with the same text
        }
        ctx.root.getDocuments().stream().filter(d -> Guids.document(d).equals(s.guid())).findFirst().ifPresent(d -> ctx.report.changed(
                "TextSource", s.name(), NLS.bind(Messages.Reason_sameGuid, d.getId())));
        Document d = CoprodFactory.eINSTANCE.createDocument();
        d.setId(documentId(s.guid()));
        d.setTitle(XmlOut.clean(s.name()));
        String language = CasePlanning.value(s.values(), SourceVariables.LANGUAGE.name());
        if (language != null && Languages.isCode(language)) {
            d.setLanguage(language);
        }
        d.setSource(source(s));
        d.setImported(s.created() != null ? s.created() : new Date());
        d.setTextDigest(digest);
        d.setLength(CodePoints.length(s.text().text));
        String originalName = s.original() == null ? null : d.getId() + "." + s.originalExtension();
        d.setOriginalFile(originalName);
        files.put(d, new DocumentBytes(bytes, originalName, s.original()));
        newDocuments.add(d);
        byDigest.put(digest, d);
        ctx.report.documents++;
        List<String> dropped = s.values().stream().map(ValueIn::name).filter(n -> !sourceVariable(n)).distinct().toList();
        if (!dropped.isEmpty() && !madeCases.containsKey(s.guid())) {
            ctx.report.notCarried("TextSource", s.name(), NLS.bind(Messages.Reason_sourceVariables, dropped));
        }
        return d;
    }

    /** {@code doc-<GUID>}, which an export turns back into the same GUID; another suffix when that id or its file is taken. */
    private String documentId(String guid) {
        String base = "doc-" + guid;
        String id = Ids.unique(base, x -> documentIds.contains(x)
                || Files.exists(ctx.library.folder().resolve(DocumentFiles.FOLDER).resolve(x + ".txt")));
        documentIds.add(id);
        return id;
    }

    /** The bibliographic source a document names: the library's of that id, or a new one with its citation. */
    private Source source(SourceIn s) {
        String id = CasePlanning.value(s.values(), SourceVariables.SOURCE_ID.name());
        String citation = CasePlanning.value(s.values(), SourceVariables.CITATION.name());
        if (id == null && citation == null) {
            return null;
        }
        String wanted = id != null ? id : "source-" + Ids.fromName(citation, "imported");
        for (Source known : ctx.root.getSources()) {
            if (wanted.equals(known.getId())) {
                return known;
            }
        }
        for (Source made : newSources) {
            if (wanted.equals(made.getId())) {
                return made;
            }
        }
        Source made = CoprodFactory.eINSTANCE.createSource();
        made.setId(wanted);
        made.setCitation(XmlOut.clean(citation));
        newSources.add(made);
        ctx.report.note("TextSource", s.name(), NLS.bind(Messages.Reason_newSource, wanted));
        return made;
    }

    private static String noteOf(SourceIn s) {
        return CasePlanning.value(s.values(), SourceVariables.NOTE_OF_CASE.name());
    }

    private static boolean sourceVariable(String name) {
        return SourceVariables.is(SourceVariables.LANGUAGE, name) || SourceVariables.is(SourceVariables.SOURCE_ID, name)
                || SourceVariables.is(SourceVariables.CITATION, name) || SourceVariables.is(SourceVariables.NOTE_OF_CASE, name)
                || SourceVariables.is(SourceVariables.AUTHOR, name);
    }
}
