package org.coprod.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Codebook;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Note;
import org.coprod.model.Segment;

/**
 * A small library whose cases have coded segments, made by hand so that a test knows every value in it:
 * <ul>
 * <li>alpha (BR): a note with two segments, "paving contracts…" coded Clientelism by Ana Souza, and "residents
 * pooled…" coded Co-financing and Local trust by Ben Ode;</li>
 * <li>beta (GB): a note that uses the word clientelism without any segment coded so, and one segment coded Local trust
 * by Ana Souza;</li>
 * <li>gamma (BR): a Portuguese document of the library with one segment coded Co-financing, by nobody known;</li>
 * <li>delta (GB): no segments.</li>
 * </ul>
 * The codebook also has Governance, a group (not codable) that is Clientelism's parent and carried by no segment.
 */
public final class EvidenceLibrary {

    /** A character outside the Basic Multilingual Plane comes first, so code points and UTF-16 offsets differ. */
    public static final String ALPHA_NOTE = "\uD83C\uDFDB Before 2001 the mayor handed out paving contracts to loyal wards."
            + " Later, residents pooled their savings with the council's grant.";
    public static final String BETA_NOTE = "Critics called the scheme clientelism, but the parish council kept open books."
            + " Volunteers earned local trust over ten years.";
    public static final String PAVING = "handed out paving contracts to loyal wards";
    public static final String POOLED = "residents pooled their savings with the council's grant";
    public static final String EARNED = "Volunteers earned local trust over ten years";
    public static final String BUDGET = "o orçamento participativo reuniu moradores e vereadores";
    public static final int BUDGET_START = 120;
    public static final Instant CODED_ON = Instant.parse("2024-03-05T12:00:00Z");

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;

    private EvidenceLibrary() {
    }

    /** The library, saved in {@code dir} and opened again from its files. */
    public static Library create(Path dir) throws IOException {
        Library library = Library.create(dir, "Evidence library");
        CaseLibrary root = library.root();
        Codebook codebook = F.createCodebook();
        root.setCodebook(codebook);
        Code governance = code(codebook, "code-governance", "Governance", null);
        governance.setCodable(false);
        Code clientelism = code(codebook, "code-clientelism", "Clientelism", governance);
        Code cofinancing = code(codebook, "code-cofinancing", "Co-financing", null);
        Code trust = code(codebook, "code-trust", "Local trust", null);
        Coder ana = coder(root, "coder-ana", "Ana Souza", "AS");
        Coder ben = coder(root, "coder-ben", "Ben Ode", "BO");

        Case alpha = library.addCase(FixtureLibraries.newCase("alpha", "Alpha budget forum", "BR"));
        Note alphaNote = note(alpha, "note-alpha", ALPHA_NOTE);
        segment(alpha, "seg-paving", alphaNote, ALPHA_NOTE, PAVING, ana, CODED_ON, clientelism);
        segment(alpha, "seg-pooled", alphaNote, ALPHA_NOTE, POOLED, ben, CODED_ON.plusSeconds(86_400), cofinancing, trust);

        Case beta = library.addCase(FixtureLibraries.newCase("beta", "Beta village shop", "GB"));
        Note betaNote = note(beta, "note-beta", BETA_NOTE);
        segment(beta, "seg-earned", betaNote, BETA_NOTE, EARNED, ana, CODED_ON, trust);

        Case gamma = library.addCase(FixtureLibraries.newCase("gamma", "Gamma city budget", "BR"));
        Document document = F.createDocument();
        document.setId("doc-porto");
        document.setTitle("Relatório do orçamento");
        document.setLanguage("pt");
        document.setLength(400);
        root.getDocuments().add(document);
        gamma.getDocuments().add(document);
        Segment budget = segment(gamma, "seg-budget", document, null, BUDGET, null, null, cofinancing);
        budget.setStart(BUDGET_START);
        budget.setEnd(BUDGET_START + BUDGET.codePointCount(0, BUDGET.length()));

        library.addCase(FixtureLibraries.newCase("delta", "Delta care homes", "GB"));
        library.save();
        return Library.open(dir);
    }

    /** Where a passage starts in a text, in code points. */
    public static int start(String text, String passage) {
        int at = text.indexOf(passage);
        if (at < 0) {
            throw new IllegalArgumentException("'" + passage + "' is not in the text");
        }
        return text.codePointCount(0, at);
    }

    /** Where a passage ends in a text (exclusive), in code points. */
    public static int end(String text, String passage) {
        return start(text, passage) + passage.codePointCount(0, passage.length());
    }

    private static Code code(Codebook codebook, String id, String name, Code parent) {
        Code code = F.createCode();
        code.setId(id);
        code.setName(name);
        code.setParent(parent);
        codebook.getCodes().add(code);
        return code;
    }

    private static Coder coder(CaseLibrary root, String id, String name, String initials) {
        Coder coder = F.createCoder();
        coder.setId(id);
        coder.setName(name);
        coder.setInitials(initials);
        root.getCoders().add(coder);
        return coder;
    }

    private static Note note(Case c, String id, String text) {
        Note note = F.createNote();
        note.setId(id);
        note.setText(text);
        note.setLanguage("en");
        c.getNotes().add(note);
        return note;
    }

    /** A segment on a passage of a text ({@code body} null: offsets set by the caller). */
    private static Segment segment(Case c, String id, CodableText text, String body, String quote, Coder coder,
            Instant codedOn, Code... codes) {
        Segment s = F.createSegment();
        s.setId(id);
        s.setText(text);
        if (body != null) {
            s.setStart(start(body, quote));
            s.setEnd(end(body, quote));
        }
        s.setQuote(quote);
        s.setCoder(coder);
        s.setCodedOn(codedOn == null ? null : Date.from(codedOn));
        s.getCodes().addAll(List.of(codes));
        c.getSegments().add(s);
        return s;
    }
}
