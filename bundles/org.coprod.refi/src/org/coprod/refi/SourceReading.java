package org.coprod.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.coprod.refi.ProjectParts.CodingIn;
import org.coprod.refi.ProjectParts.SelectionIn;
import org.coprod.refi.ProjectParts.SourceIn;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a project's sources: each {@code TextSource}, and each {@code PDFSource} through its plain-text
 * representation, with its text and its selections. The text comes from {@code PlainTextContent}, else from the file
 * {@code plainTextPath} names, else (when that file is empty, as NVivo for Mac writes it) from the Word document
 * {@code richTextPath} names; a PDF without a representation is read by the document text extraction. Offsets
 * become offsets into the kept text: a byte order mark never counts, and where the text has Windows line ends the way
 * the tool counted them is worked out from the selections' own quotes, then from which reading fits the text, then
 * from the tool (ATLAS.ti counts CR LF as one character).
 */
final class SourceReading {

    private final ImportContext ctx;
    private final ProjectReading parts;

    SourceReading(ImportContext ctx, ProjectReading parts) {
        this.ctx = ctx;
        this.parts = parts;
    }

    /** One child of the project's {@code <Sources>}. */
    void source(XmlNode s) throws RefiException {
        String name = s.attr("name");
        switch (s.name) {
            case "TextSource" -> text(s, s, name, "TextSource");
            case "PDFSource" -> pdf(s, name);
            case "PictureSource", "AudioSource", "VideoSource" -> ctx.report.notCarried(s.name, name,
                    s.all("Transcript").isEmpty() ? Messages.Reason_media : Messages.Reason_mediaTranscripts);
            default -> ctx.report.notCarried(s.name, name, Messages.Reason_unknownSource);
        }
    }

    private void pdf(XmlNode pdf, String name) throws RefiException {
        Optional<XmlNode> representation = pdf.first("Representation");
        if (!pdf.all("PDFSelection").isEmpty()) {
            ctx.report.notCarried("PDFSource", name, NLS.bind(Messages.Reason_pdfSelections, pdf.all("PDFSelection").size()));
        }
        if (representation.isEmpty()) {
            extracted(pdf, name);
            return;
        }
        text(pdf, representation.get(), name, "PDFSource");
    }

    /** A PDF without a text representation: its text is extracted from the PDF itself (its selections are of page areas). */
    private void extracted(XmlNode pdf, String name) throws RefiException {
        String guid = ctx.guid(pdf.attr("guid"), "PDFSource", name);
        Optional<ProjectArchive.Entry> file = ctx.archive.find(pdf.attr("path"));
        if (file.isEmpty()) {
            ctx.report.notCarried("PDFSource", name, pdf.attr("path") == null ? Messages.Reason_pdfUnnamed
                    : NLS.bind(Messages.Reason_pdfMissing, pdf.attr("path")));
            return;
        }
        String text;
        byte[] bytes = ctx.archive.bytes(file.get());
        try {
            text = SourceFiles.text(bytes, "pdf", ctx.archive.what() + "!" + file.get().name(), ctx.options.limits());
        } catch (Refusal e) {
            throw e;
        } catch (RefiException e) {
            ctx.report.notCarried("PDFSource", name, e.getMessage());
            return;
        }
        ctx.report.note("PDFSource", name, Messages.Reason_pdfExtracted);
        String created = pdf.attr("creationDateTime") != null ? pdf.attr("creationDateTime") : pdf.attr("modifiedDateTime");
        String description = pdf.childText("Description");
        ctx.sources.put(guid, new SourceIn(guid, name == null || name.isBlank() ? "Source " + guid.substring(0, 8) : name.strip(),
                "PDFSource", PlainText.of(text), List.of(), refs(pdf), parts.values(pdf, "PDFSource", name), "pdf", bytes,
                ImportContext.date(created), description == null || description.isBlank() ? null : description.strip()));
    }

    /** A source whose GUID, notes and variables are on {@code outer} and whose text and selections are on {@code inner}. */
    private void text(XmlNode outer, XmlNode inner, String name, String element) throws RefiException {
        String guid = ctx.guid(outer.attr("guid"), element, name);
        Original original = new Original();
        PlainText text = read(inner, name, element, original);
        if ("docx".equals(original.extension) && !keepDocx(original.bytes, name, element)) {
            original.extension = null;
            original.bytes = null;
        }
        if (element.equals("PDFSource")) {
            Optional<ProjectArchive.Entry> pdf = ctx.archive.find(outer.attr("path"));
            if (pdf.isPresent()) {
                original.extension = "pdf";
                original.bytes = ctx.archive.bytes(pdf.get());
            }
        }
        if (text == null) {
            return;
        }
        boolean crlfAsOne = crlfAsOne(text, inner.all("PlainTextSelection"), element, name);
        List<SelectionIn> selections = new ArrayList<>();
        for (XmlNode sel : inner.all("PlainTextSelection")) {
            selection(sel, text, crlfAsOne, name).ifPresent(selections::add);
        }
        if (!inner.all("Coding").isEmpty()) {
            ctx.report.notCarried(element, name, NLS.bind(Messages.Reason_wholeSourceCodings, inner.all("Coding").size()));
        }
        List<String> notes = new ArrayList<>(refs(outer));
        if (inner != outer) {
            notes.addAll(refs(inner));
        }
        List<ProjectParts.ValueIn> values = new ArrayList<>(parts.values(outer, element, name));
        String created = outer.attr("creationDateTime") != null ? outer.attr("creationDateTime") : outer.attr("modifiedDateTime");
        String description = outer.childText("Description");
        ctx.sources.put(guid, new SourceIn(guid, name == null || name.isBlank() ? "Source " + guid.substring(0, 8) : name.strip(), element,
                text, selections, notes, values, original.extension, original.bytes, ImportContext.date(created),
                description == null || description.isBlank() ? null : description.strip()));
    }

    /** Whether a Word original can travel with the document: every part is checked as any XML is; a damaged one is left out. */
    private boolean keepDocx(byte[] docx, String name, String element) throws RefiException {
        try {
            WordParts.check(docx, ctx.archive.what() + ": the Word document of " + name, ctx.options.limits());
            return true;
        } catch (Refusal e) {
            throw e;
        } catch (RefiException e) {
            ctx.report.notCarried(element, name, NLS.bind(Messages.Reason_wordLeftOut, e.getMessage()));
            return false;
        }
    }

    private static final class Original {
        String extension;
        byte[] bytes;
    }

    private PlainText read(XmlNode source, String name, String element, Original original) throws RefiException {
        String content = source.childText("PlainTextContent");
        if (content != null && !content.isEmpty()) {
            return PlainText.of(content);
        }
        String plainPath = source.attr("plainTextPath");
        String richPath = source.attr("richTextPath");
        Optional<ProjectArchive.Entry> rich = ctx.archive.find(richPath);
        if (rich.isPresent() && richPath.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            original.extension = "docx";
            original.bytes = ctx.archive.bytes(rich.get());
        }
        Optional<ProjectArchive.Entry> plain = ctx.archive.find(plainPath);
        if (plain.isPresent()) {
            PlainText text = PlainText.of(ctx.archive.bytes(plain.get()));
            if (!text.text.isBlank()) {
                described(text, element, name);
                return text;
            }
        }
        if (original.bytes != null) {
            try {
                PlainText text = PlainText.of(SourceFiles.text(original.bytes, "docx", ctx.archive.what() + "!" + rich.get().name(),
                        ctx.options.limits()));
                ctx.report.note(element, name,
                        NLS.bind(Messages.Reason_textFromWord, rich.get().name(),
                                plain.isPresent() ? Messages.Reason_fileEmpty : Messages.Reason_fileMissing));
                return text;
            } catch (Refusal e) {
                throw e; // hostile content refuses the whole import
            } catch (RefiException e) {
                ctx.report.notCarried(element, name, e.getMessage());
                return null;
            }
        }
        String path = plainPath != null ? plainPath : richPath;
        if (path != null && ProjectArchive.external(path) && plain.isEmpty()) {
            ctx.report.notCarried(element, name, NLS.bind(Messages.Reason_textOutside, path));
        } else {
            ctx.report.notCarried(element, name, path == null ? Messages.Reason_noText
                    : NLS.bind(plain.isPresent() ? Messages.Reason_textFileEmpty : Messages.Reason_textFileMissing, path));
        }
        return null;
    }

    private void described(PlainText text, String element, String name) {
        if (text.decodedAs != null) {
            ctx.report.changed(element, name, NLS.bind(Messages.Reason_decodedAs, text.decodedAs));
        }
        if (text.hadBom && text.decodedAs == null) {
            ctx.report.note(element, name, Messages.Reason_bom);
        }
    }

    /** How the tool counted a CR LF, for a text that has them (see the class comment); reported when it matters. */
    private boolean crlfAsOne(PlainText text, List<XmlNode> selections, String element, String name) {
        if (!text.hasCrLf()) {
            return false;
        }
        int quotedOne = 0;
        int quotedTwo = 0;
        int outsideOne = 0;
        int outsideTwo = 0;
        for (XmlNode s : selections) {
            Integer start = integer(s.attr("startPosition"));
            Integer end = integer(s.attr("endPosition"));
            if (start == null || end == null) {
                continue;
            }
            String quote = s.attr("name") == null ? "" : s.attr("name").replace("\r\n", "\n").replace('\r', '\n').strip();
            for (boolean one : new boolean[] { true, false }) {
                int a = text.position(start, one);
                int b = text.position(end, one);
                boolean fits = a >= 0 && b > a;
                if (!fits) {
                    if (one) {
                        outsideOne++;
                    } else {
                        outsideTwo++;
                    }
                } else if (!quote.isEmpty() && text.slice(a, b).strip().equals(quote)) {
                    if (one) {
                        quotedOne++;
                    } else {
                        quotedTwo++;
                    }
                }
            }
        }
        boolean one;
        String why;
        if (quotedOne != quotedTwo) {
            one = quotedOne > quotedTwo;
            why = Messages.Reason_whyQuotes;
        } else if (outsideOne != outsideTwo) {
            one = outsideOne < outsideTwo;
            why = Messages.Reason_whyFit;
        } else {
            one = ctx.atlas();
            why = one ? Messages.Reason_whyAtlas : Messages.Reason_whyRefi;
        }
        ctx.report.changed(element, name, one ? NLS.bind(Messages.Reason_crlfOne, why) : NLS.bind(Messages.Reason_crlfTwo, why));
        return one;
    }

    private Optional<SelectionIn> selection(XmlNode s, PlainText text, boolean crlfAsOne, String source) {
        String guid = ctx.guid(s.attr("guid"), "PlainTextSelection", source);
        Integer start = integer(s.attr("startPosition"));
        Integer end = integer(s.attr("endPosition"));
        String where = NLS.bind(Messages.Reason_selectionWhere, new Object[] {source, s.attr("startPosition"), s.attr("endPosition")});
        if (start == null || end == null) {
            ctx.report.notCarried("PlainTextSelection", guid, NLS.bind(Messages.Reason_positionsNotNumbers, where));
            return Optional.empty();
        }
        int a = text.position(start, crlfAsOne);
        int b = text.position(end, crlfAsOne);
        if (a < 0 || b < 0) {
            ctx.report.notCarried("PlainTextSelection", guid, NLS.bind(Messages.Reason_outsideText, new Object[] {where, text.length()}));
            return Optional.empty();
        }
        if (b <= a) {
            ctx.report.notCarried("PlainTextSelection", guid, NLS.bind(Messages.Reason_emptySelection, where));
            return Optional.empty();
        }
        String user = s.attr("creatingUser") != null ? s.attr("creatingUser") : s.attr("modifyingUser");
        String date = s.attr("creationDateTime") != null ? s.attr("creationDateTime") : s.attr("modifiedDateTime");
        List<CodingIn> codings = new ArrayList<>();
        for (XmlNode c : s.all("Coding")) {
            String code = c.first("CodeRef").map(r -> ImportContext.ref(r.attr("targetGUID"))).orElse(null);
            if (code == null) {
                ctx.report.notCarried("Coding", ImportContext.ref(c.attr("guid")), NLS.bind(Messages.Reason_codingNoCode, where));
                continue;
            }
            String codingUser = c.attr("creatingUser") != null ? c.attr("creatingUser") : user;
            String codingDate = c.attr("creationDateTime") != null ? c.attr("creationDateTime") : date;
            codings.add(new CodingIn(ImportContext.ref(c.attr("guid")), code, ImportContext.ref(codingUser), ctx.when(codingDate),
                    refs(c)));
        }
        String description = s.childText("Description");
        return Optional.of(new SelectionIn(guid, a, b, ImportContext.ref(user), ctx.when(date),
                description == null || description.isBlank() ? null : description.strip(), codings, refs(s)));
    }

    /** The text of a {@code Note}: its content, or the file it names, or its Word document; null (reported) when it has none. */
    String noteText(XmlNode note, String name) throws RefiException {
        Original original = new Original();
        PlainText text = read(note, name, "Note", original);
        return text == null ? null : text.text;
    }

    private static List<String> refs(XmlNode owner) {
        return owner.all("NoteRef").stream().map(r -> ImportContext.ref(r.attr("targetGUID"))).filter(g -> g != null).toList();
    }

    static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip().replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
