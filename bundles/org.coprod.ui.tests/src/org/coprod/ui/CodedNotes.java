package org.coprod.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;

import org.coprod.core.Library;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.CodingRefused;
import org.coprod.core.evidence.NoteIds;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Note;
import org.coprod.model.Sector;
import org.coprod.testing.FixtureLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A small library with coded notes only, made by hand so that a test of the evidence views knows every passage in it
 * and every count (unlike {@code org.coprod.testing.CodedLibraries}, it has a code group and passages laid out so that
 * "all of", "none of" and "within the same case" each give a different answer):
 * <pre>
 * alpha (BR, health)  A1 trust · A2 trust + clientelism · A3 co-financing · A4 the driver "governance"
 * beta  (GB, water)   B1 trust · B2 co-financing
 * gamma (IN, water)   C1 clientelism · C2 trust + co-financing
 * </pre>
 * "trust" and "clientelism" lie in the group "Relations"; "co-financing" at the top.
 */
public final class CodedNotes {

    public static final String A1 = "Residents trusted the council.";
    public static final String A2 = "Patronage decided who was trusted with the jobs.";
    public static final String A3 = "The fund was shared by both sides.";
    public static final String A4 = "The council set the rules of the forum.";
    public static final String B1 = "Villagers trusted the shop committee.";
    public static final String B2 = "The parish paid half of the lease.";
    public static final String C1 = "Votes were traded for connections.";
    public static final String C2 = "Trust grew as both paid into the water fund.";

    private CodedNotes() {
    }

    /** Writes the library into {@code dir}/coded and opens it in a workbench session. */
    public static WorkbenchSession open(Path dir) throws IOException {
        Path folder = dir.resolve("coded");
        write(folder);
        return WorkbenchSession.open(folder, new NullProgressMonitor());
    }

    /** Writes the library into a folder (which must not hold one yet). */
    public static void write(Path folder) throws IOException {
        Library library = Library.create(folder, "Coded library");
        CaseLibrary root = library.root();
        Code relations = add(root, CodebookChanges.create("Relations", null, "How the sides relate.", "#336699"));
        relations.setCodable(false);
        Code trust = add(root, CodebookChanges.create("trust", relations, "Confidence between the sides.", "#2ca02c"));
        Code clientelism = add(root, CodebookChanges.create("clientelism", relations, "Favours traded for support.", "#d62728"));
        Code cofinancing = add(root, CodebookChanges.create("co-financing", null, "Both sides pay.", "#1f77b4"));
        Code governance = CodebookChanges.find(root.getCodebook(), "driver:GOVERNANCE").orElseThrow();
        Coder coder = Coders.create("Fixture Coder");
        root.getCoders().add(coder);
        Case alpha = library.addCase(caseOf("alpha", "Alpha health forum", "BR", Sector.HEALTH));
        Case beta = library.addCase(caseOf("beta", "Beta village shop", "GB", Sector.WATER));
        Case gamma = library.addCase(caseOf("gamma", "Gamma water board", "IN", Sector.WATER));
        Note a = note(alpha, "Interview", "Intro. " + A1 + " " + A2 + " Then " + A3 + " " + A4 + " End.");
        Note b = note(beta, "Field notes", B1 + " Later " + B2);
        Note c = note(gamma, "Minutes", "Start: " + C1 + " " + C2);
        code(root, alpha, a, A1, coder, trust);
        code(root, alpha, a, A2, coder, trust, clientelism);
        code(root, alpha, a, A3, coder, cofinancing);
        code(root, alpha, a, A4, coder, governance);
        code(root, beta, b, B1, coder, trust);
        code(root, beta, b, B2, coder, cofinancing);
        code(root, gamma, c, C1, coder, clientelism);
        code(root, gamma, c, C2, coder, trust, cofinancing);
        library.save();
    }

    private static Code add(CaseLibrary root, Code code) {
        root.getCodebook().getCodes().add(code);
        return code;
    }

    private static Case caseOf(String id, String name, String country, Sector sector) {
        Case c = FixtureLibraries.newCase(id, name, country);
        c.getSectors().add(sector);
        return c;
    }

    private static Note note(Case c, String title, String text) {
        Note n = CoprodFactory.eINSTANCE.createNote();
        n.setId(NoteIds.next(c));
        n.setTitle(title);
        n.setText(text);
        c.getNotes().add(n);
        return n;
    }

    /** Codes the first occurrence of a passage of the note with each code, as the command line would. */
    private static void code(CaseLibrary root, Case c, Note note, String passage, Coder coder, Code... codes) {
        int from = note.getText().indexOf(passage);
        int start = note.getText().codePointCount(0, from);
        int end = start + passage.codePointCount(0, passage.length());
        for (Code code : codes) {
            try {
                PassageCoding.code(null, root, c, note, start, end, code, coder, new Date(), null).command().execute();
            } catch (CodingRefused e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    /** The code of the session's codebook with this name or built-in key. */
    public static Code code(WorkbenchSession session, String nameOrKey) {
        return CodebookChanges.find(session.library().root().getCodebook(), nameOrKey).orElseThrow();
    }
}
