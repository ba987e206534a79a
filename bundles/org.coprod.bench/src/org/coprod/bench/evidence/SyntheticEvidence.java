package org.coprod.bench.evidence;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.coprod.bench.SyntheticLibrary;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Coders;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Note;
import org.coprod.model.Segment;

/**
 * A synthetic library held in memory with coded passages: {@code cases} generated cases, a codebook of {@code codes}
 * user codes, and {@code segments} segments spread evenly over the cases' notes, each with one to three codes. The
 * same seed gives the same library.
 */
public final class SyntheticEvidence {

    public final CaseLibrary library;
    public final List<Code> codes;
    public final Coder coder;

    private SyntheticEvidence(CaseLibrary library, List<Code> codes, Coder coder) {
        this.library = library;
        this.codes = codes;
        this.coder = coder;
    }

    public static SyntheticEvidence generate(int cases, int codes, int segments, long seed) {
        CoprodFactory f = CoprodFactory.eINSTANCE;
        CaseLibrary library = f.createCaseLibrary();
        library.setCodebook(f.createCodebook());
        Coder coder = Coders.create("bench-coder", "Bench Coder");
        library.getCoders().add(coder);
        List<Code> made = new ArrayList<>();
        for (int i = 0; i < codes; i++) {
            Code code = CodebookChanges.create(String.format(Locale.ROOT, "code %02d", i), null, "Synthetic code " + i, "#336699");
            made.add(code);
        }
        library.getCodebook().getCodes().addAll(made);
        SyntheticLibrary generator = SyntheticLibrary.inMemory(seed);
        for (int i = 0; i < cases; i++) {
            library.getCases().add(generator.generate(i));
        }
        code(library.getCases(), made, coder, segments, seed);
        return new SyntheticEvidence(library, made, coder);
    }

    /**
     * Codes {@code segments} passages spread evenly over these cases' notes, each with one to three of the codes, by
     * the coder; the same seed codes the same passages.
     */
    public static void code(List<Case> cases, List<Code> codes, Coder coder, int segments, long seed) {
        Random r = new Random(seed);
        int perCase = segments / cases.size();
        int extra = segments % cases.size();
        Date when = new Date(0);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            int n = perCase + (i < extra ? 1 : 0);
            for (int k = 0; k < n; k++) {
                Note note = c.getNotes().get(k % c.getNotes().size());
                c.getSegments().add(segment(r, note, codes, coder, when));
            }
        }
    }

    private static Segment segment(Random r, Note note, List<Code> codes, Coder coder, Date when) {
        String text = note.getText();
        int length = CodePoints.length(text);
        int start = r.nextInt(Math.max(1, length - 200));
        int end = Math.min(length, start + 20 + r.nextInt(180));
        Segment s = CoprodFactory.eINSTANCE.createSegment();
        s.setId("seg-" + Long.toHexString(r.nextLong()));
        s.setText(note);
        s.setStart(start);
        s.setEnd(end);
        s.setQuote(CodePoints.slice(text, start, end));
        int nCodes = 1 + r.nextInt(3);
        for (int k = 0; k < nCodes; k++) {
            Code code = codes.get(skewed(r, codes.size()));
            if (!s.getCodes().contains(code)) {
                s.getCodes().add(code);
            }
        }
        s.setCoder(coder);
        s.setCodedOn(when);
        return s;
    }

    /** Some codes are used far more than others, as in a real codebook. */
    private static int skewed(Random r, int n) {
        double x = r.nextDouble();
        return Math.min(n - 1, (int) (n * x * x));
    }
}
