package org.coprod.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.coprod.core.BovairdTypology;
import org.coprod.core.Library;
import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.CodingRefused;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.core.evidence.NoteIds;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.core.evidence.Texts;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Note;
import org.coprod.model.Source;
import org.coprod.model.TypologyCoding;

/**
 * A small library with coded passages, saved in a test's folder, for tests of retrieval, quotations, the framework
 * matrix and briefs that must know every passage in it. Unlike {@link EvidenceLibrary}, whose segments are set by hand
 * for search, its passages are coded through {@code PassageCoding} with the built-in codes too, so its placements have
 * evidence; its document has a source and a text file, and a code has a summary. Its three cases:
 * <ul>
 * <li>{@code alpha}: a document with a source, whose first passage is coded "trust", "co-financing" and P2-D2, so it
 * is the evidence of its P2-D2 placement; a note passage coded "clientelism"; a summary of "trust".</li>
 * <li>{@code beta}: a note passage coded "trust" and P1-D1, so its placement's evidence is a note.</li>
 * <li>{@code gamma}: a P3-D3 placement without evidence, and no passage at all.</li>
 * </ul>
 */
public final class CodedLibraries {

    public static final String TRUST = "trust";
    public static final String CLIENTELISM = "clientelism";
    public static final String COFINANCING = "co-financing";
    public static final String CODER = "Ana Silva";
    public static final String DOCUMENT_ID = "doc-council";
    public static final String DOCUMENT_TITLE = "Interview with the budget council";
    public static final String SOURCE_ID = "souza-2019";
    /** The document's coded passage, its first line, with a character outside the BMP (so code points and UTF-16 differ). */
    public static final String DOCUMENT_PASSAGE = "We trust the council \uD83E\uDD1D because it kept every promise, and we pay a share"
            + " of the works.";
    public static final String DOCUMENT_TEXT = DOCUMENT_PASSAGE + "\nOther matters were left for later.";
    public static final String ALPHA_NOTE_TITLE = "Field visit";
    public static final String ALPHA_NOTE = "The ward boss promised paving in exchange for votes.\nThe assembly refused.";
    public static final String ALPHA_NOTE_PASSAGE = "The ward boss promised paving in exchange for votes.";
    public static final String BETA_NOTE_TITLE = "Shop meeting";
    public static final String BETA_NOTE = "Villagers said they trust the committee to keep the shop open.";
    public static final String TRUST_SUMMARY = "Trust grew as the council kept its promises.";
    /** The day every passage was coded (noon, where the tests run). */
    public static final LocalDate CODED_ON = LocalDate.of(2024, 5, 2);

    private CodedLibraries() {
    }

    /** The library, saved in {@code dir} (which must not hold one yet). */
    public static Library write(Path dir) throws IOException {
        Library library = Library.create(dir, "Coded library");
        var root = library.root();
        Case alpha = library.addCase(FixtureLibraries.newCase("alpha", "Alpha budget forum", "BR"));
        Case beta = library.addCase(FixtureLibraries.newCase("beta", "Beta village shop", "GB"));
        Case gamma = library.addCase(FixtureLibraries.newCase("gamma", "Gamma water board", "KE"));
        Coder coder = Coders.create(CODER);
        Date when = Date.from(CODED_ON.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());

        Source source = CoprodFactory.eINSTANCE.createSource();
        source.setId(SOURCE_ID);
        source.setAuthors("Ana Souza; Bruno Lima");
        source.setYear(2019);
        source.setShortTitle("Budget voices");
        source.setCitation("Souza, A. and Lima, B. (2019). Budget voices. Porto Alegre.");
        root.getSources().add(source);
        Document document = CoprodFactory.eINSTANCE.createDocument();
        document.setId(DOCUMENT_ID);
        document.setTitle(DOCUMENT_TITLE);
        document.setSource(source);
        document.setLanguage("en");
        byte[] text = DOCUMENT_TEXT.getBytes(StandardCharsets.UTF_8);
        Path file = Texts.file(dir.toAbsolutePath().normalize(), document);
        Files.createDirectories(file.getParent());
        Files.write(file, text);
        document.setTextDigest(Texts.sha256(text));
        document.setLength(CodePoints.length(DOCUMENT_TEXT));
        root.getDocuments().add(document);
        alpha.getDocuments().add(document);
        Note alphaNote = note(alpha, ALPHA_NOTE_TITLE, ALPHA_NOTE);
        Note betaNote = note(beta, BETA_NOTE_TITLE, BETA_NOTE);

        Code trust = code(library, TRUST, "Confidence that the other side will keep its word.");
        Code clientelism = code(library, CLIENTELISM, "Favours exchanged for political support.");
        Code cofinancing = code(library, COFINANCING, "Users pay part of the cost.");
        Code p2d2 = cell(library, "P2-D2");
        Code p1d1 = cell(library, "P1-D1");
        try {
            int end = CodePoints.length(DOCUMENT_PASSAGE);
            code(library, alpha, document, 0, end, trust, coder, when);
            code(library, alpha, document, 0, end, cofinancing, coder, when);
            code(library, alpha, document, 0, end, p2d2, coder, when);
            code(library, alpha, alphaNote, 0, CodePoints.length(ALPHA_NOTE_PASSAGE), clientelism, coder, when);
            code(library, beta, betaNote, 0, CodePoints.length(BETA_NOTE), trust, coder, when);
            code(library, beta, betaNote, 0, CodePoints.length(BETA_NOTE), p1d1, coder, when);
        } catch (CodingRefused e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        FrameworkMatrix.summarise(null, alpha, trust, TRUST_SUMMARY, coder, when).execute();
        TypologyCoding unsupported = CoprodFactory.eINSTANCE.createTypologyCoding();
        unsupported.setCell(library.findCell(BovairdTypology.ID, "P3-D3").orElseThrow());
        unsupported.setAssignedBy(AssignedBy.DOCUMENT);
        gamma.getCodings().add(unsupported);
        library.save();
        return library;
    }

    private static Note note(Case c, String title, String text) {
        Note note = CoprodFactory.eINSTANCE.createNote();
        note.setId(NoteIds.next(c));
        note.setTitle(title);
        note.setText(text);
        c.getNotes().add(note);
        return note;
    }

    private static Code code(Library library, String name, String definition) {
        Code code = CodebookChanges.create(name, null, definition, "#336699");
        library.root().getCodebook().getCodes().add(code);
        return code;
    }

    private static Code cell(Library library, String cell) {
        return BuiltInCodes.forCell(library.root(), library.findCell(BovairdTypology.ID, cell).orElseThrow()).orElseThrow();
    }

    private static void code(Library library, Case c, CodableText text, int start, int end, Code code, Coder coder, Date when)
            throws CodingRefused {
        PassageCoding.code(null, library.root(), c, text, start, end, code, coder, when, null).command().execute();
    }
}
