package org.coprod.ui.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Segment;
import org.coprod.testing.SampleLibraries;
import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.CurrentCoder;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A copy of the sample library with one document of its first case, written by hand as an import would leave it
 * ({@code documents/<id>.txt} and its SHA-256), the user code "Trust in engineers" (red), and any segments asked for;
 * then opened in a workbench session.
 */
final class CodedLibrary {

    /** An emoji (two UTF-16 units, one code point) comes before every coded passage. */
    static final String TEXT = "Minutes of the ward meeting 😀 on water.\n"
            + "The residents said they trust the council engineers now.\n"
            + "Funding came from the ward budget, and the lanes were paved by the residents.\n";
    static final String DOC_ID = "doc-ward-minutes";
    static final String TRUST = "Trust in engineers";

    final Path folder;
    final WorkbenchSession session;
    private final String caseId;

    private CodedLibrary(Path folder, WorkbenchSession session, String caseId) {
        this.folder = folder;
        this.session = session;
        this.caseId = caseId;
    }

    /** A passage to code before the library opens: its code-point range and its code's name. */
    record Coded(int start, int end, String code) {
    }

    /** The code-point range of the first occurrence of a passage in a text, found with the JDK's own counting. */
    static int[] range(String text, String passage) {
        int at = text.indexOf(passage);
        if (at < 0) {
            throw new IllegalArgumentException(passage);
        }
        int start = text.codePointCount(0, at);
        return new int[] { start, start + passage.codePointCount(0, passage.length()) };
    }

    static CodedLibrary create(Path dir, String text, List<Coded> segments) throws IOException {
        Path folder = SampleLibraries.copy(dir);
        Library lib = Library.open(folder);
        CaseLibrary root = lib.root();
        Case c = root.getCases().get(0);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve(Texts.DOCUMENTS_DIR));
        Files.write(folder.resolve(Texts.DOCUMENTS_DIR).resolve(DOC_ID + ".txt"), bytes);
        Document d = CoprodFactory.eINSTANCE.createDocument();
        d.setId(DOC_ID);
        d.setTitle("Ward minutes");
        d.setLanguage("en");
        d.setImported(new Date());
        d.setTextDigest(Texts.sha256(bytes));
        d.setLength(text.codePointCount(0, text.length()));
        root.getDocuments().add(d);
        c.getDocuments().add(d);
        Code trust = CodebookChanges.create(TRUST, null, "Residents say they trust the engineers", "#ff0000");
        root.getCodebook().getCodes().add(trust);
        Coder ana = Coders.create("Ana Maria Silva");
        root.getCoders().add(ana);
        for (Coded s : segments) {
            Code code = CodebookChanges.find(root.getCodebook(), s.code()).orElseThrow();
            Segment seg = CoprodFactory.eINSTANCE.createSegment();
            seg.setId("seg-" + c.getSegments().size());
            seg.setText(d);
            seg.setStart(s.start());
            seg.setEnd(s.end());
            seg.setQuote(text.substring(text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end())));
            seg.getCodes().add(code);
            seg.setCoder(ana);
            seg.setCodedOn(new Date());
            seg.setMemo(PassageCoding.memo("Said twice in the meeting", ana, new Date()));
            c.getSegments().add(seg);
        }
        lib.save();
        return new CodedLibrary(folder, WorkbenchSession.open(folder, new NullProgressMonitor()), c.getId());
    }

    CaseLibrary root() {
        return session.library().root();
    }

    Case theCase() {
        return session.findCase(caseId);
    }

    Document document() {
        return root().getDocuments().stream().filter(d -> d.getId().equals(DOC_ID)).findFirst().orElseThrow();
    }

    Code code(String name) {
        return CodebookChanges.find(root().getCodebook(), name).orElseThrow();
    }

    List<Segment> segmentsOf(Object text) {
        return theCase().getSegments().stream().filter(s -> s.getText() == text).toList();
    }

    /** Gives the workbench a coder's name, as the first-start prompt would. */
    static void nameTheCoder(String name) {
        CurrentCoder.set(name);
    }

    /** Forgets the coder's identity, as on a first start. */
    static void forgetTheCoder() {
        CoprodPreferences.node().remove(CurrentCoder.NAME);
        CoprodPreferences.node().remove(CurrentCoder.ID);
        CoprodPreferences.flush();
    }
}
