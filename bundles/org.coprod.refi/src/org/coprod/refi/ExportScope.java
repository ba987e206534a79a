package org.coprod.refi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.Coder;
import org.coprod.model.Document;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.eclipse.osgi.util.NLS;

/**
 * What one export holds: the cases asked for, the documents they draw on (every document of the library when all
 * cases are exported), the segments of each text, and the coders. Each document's text file is read once here to
 * check that every segment lies inside it; a document whose text cannot be read, and a segment outside its text, are
 * left out and named in {@link #warnings()}, never written with offsets that point nowhere.
 */
final class ExportScope {

    /** How a document travels: as a Word original with its text, a PDF with a text representation, or its text alone. */
    enum Kind {
        DOCX, PDF, TEXT
    }

    final Library library;
    final List<Case> cases;
    final List<Document> documents = new ArrayList<>();
    final Map<Document, Kind> kinds = new HashMap<>();
    final Map<CodableText, List<Segment>> segments = new LinkedHashMap<>();
    final Map<Case, List<Segment>> caseSegments = new LinkedHashMap<>();
    /** The coders who made something the export holds: passages, memos, summaries (not the whole library's). */
    final Set<Coder> coders = new LinkedHashSet<>();
    final List<String> warnings = new ArrayList<>();

    ExportScope(Library library, List<Case> cases) {
        this.library = library;
        this.cases = List.copyOf(cases);
        boolean all = cases.size() == library.root().getCases().size();
        Set<Document> wanted = new LinkedHashSet<>(all ? library.root().getDocuments() : List.of());
        for (Case c : cases) {
            wanted.addAll(c.getDocuments());
            c.getSegments().stream().map(Segment::getText).filter(Document.class::isInstance).map(Document.class::cast)
                    .forEach(wanted::add);
        }
        Map<CodableText, Integer> lengths = new HashMap<>();
        Set<Coder> used = new LinkedHashSet<>();
        for (Document d : wanted) {
            String text = readText(d);
            if (text != null) {
                documents.add(d);
                lengths.put(d, CodePoints.length(text));
                kinds.put(d, kind(d));
            }
        }
        for (Case c : cases) {
            List<Segment> kept = new ArrayList<>();
            for (Segment s : c.getSegments()) {
                Integer length = s.getText() instanceof Note n
                        ? (c.getNotes().contains(n) ? lengths.computeIfAbsent(n, k -> CodePoints.length(noteText(n))) : null)
                        : lengths.get(s.getText());
                if (length == null) {
                    warnings.add(NLS.bind(Messages.Left_passageOfText, c.getId(), s.getId()));
                } else if (!CodePoints.inside(s.getStart(), s.getEnd(), length) || s.getCodes().isEmpty()) {
                    warnings.add(NLS.bind(Messages.Left_passageOutside, new Object[] {c.getId(), s.getId(), s.getStart(), s.getEnd()}));
                } else {
                    kept.add(s);
                    segments.computeIfAbsent(s.getText(), k -> new ArrayList<>()).add(s);
                    used.add(s.getCoder());
                }
            }
            caseSegments.put(c, kept);
        }
        if (library.root().getCodebook() != null) {
            library.root().getCodebook().getCodes().forEach(code -> code.getMemos().forEach(m -> used.add(m.getAuthor())));
        }
        documents.forEach(d -> d.getMemos().forEach(m -> used.add(m.getAuthor())));
        for (Case c : cases) {
            c.getMemos().forEach(m -> used.add(m.getAuthor()));
            c.getCodeSummaries().forEach(m -> used.add(m.getAuthor()));
        }
        // in the library's order, so that two exports list them alike; a coder missing from the library (none should be) last
        library.root().getCoders().stream().filter(used::contains).forEach(coders::add);
        used.stream().filter(c -> c != null && !coders.contains(c)).forEach(coders::add);
        Comparator<Segment> order = Comparator.comparingInt(Segment::getStart).thenComparingInt(Segment::getEnd)
                .thenComparing(s -> String.valueOf(s.getId()));
        segments.values().forEach(list -> list.sort(order));
    }

    /** The segments of a text, in text order. */
    List<Segment> segmentsOf(CodableText text) {
        return segments.getOrDefault(text, List.of());
    }

    static String noteText(Note n) {
        return n.getText() == null ? "" : n.getText();
    }

    /** The plain text of a document, or null (with a warning) when its file cannot be read or was changed. */
    private String readText(Document d) {
        Path file = Texts.file(library.folder(), d);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (d.getTextDigest() != null && !d.getTextDigest().equalsIgnoreCase(Texts.sha256(bytes))) {
                warnings.add(NLS.bind(Messages.Left_textChanged, d.getId(), file.getFileName()));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.add(NLS.bind(Messages.Left_textUnreadable, new Object[] {d.getId(), Texts.title(d), file}));
            return null;
        }
    }

    /** The plain text of an exported document (read again when its file is written, to keep the export's memory small). */
    byte[] textBytes(Document d) throws IOException {
        return Files.readAllBytes(Texts.file(library.folder(), d));
    }

    /** The original of a document, when it travels with it. */
    Path original(Document d) {
        return library.folder().resolve(Texts.DOCUMENTS_DIR).resolve(Path.of(d.getOriginalFile()).getFileName().toString());
    }

    private Kind kind(Document d) {
        if (d.getOriginalFile() == null || d.getOriginalFile().isBlank()) {
            return Kind.TEXT;
        }
        String name = d.getOriginalFile().toLowerCase(Locale.ROOT);
        Kind k = name.endsWith(".docx") ? Kind.DOCX : name.endsWith(".pdf") ? Kind.PDF : Kind.TEXT;
        if (k != Kind.TEXT && !Files.isRegularFile(original(d))) {
            warnings.add(NLS.bind(Messages.Left_originalMissing, d.getId(), d.getOriginalFile()));
            return Kind.TEXT;
        }
        return k;
    }
}
