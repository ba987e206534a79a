package org.coprod.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.Note;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Passages compared code point by code point on texts small enough to count by hand. The first text begins with a
 * character outside the Basic Multilingual Plane: 10 code points, 11 UTF-16 units, and only 10 gives the figures below.
 */
class PassageComparisonTests {

    /** Code points 0..9: the building emoji (two UTF-16 units), then a b c d e f g h i. */
    static final String FIRST = "\uD83C\uDFDBabcdefghi";
    /** 20 code points. */
    static final String SECOND = "jklmnopqrstuvwxyzABC";

    HandCoded lib;
    Coder ana;
    Coder ben;
    Code trust;
    Code clientelism;
    Note first;
    Note second;

    @BeforeEach
    void twoCodersTwoTexts() {
        lib = new HandCoded();
        ana = lib.coder("ana", "Ana Souza");
        ben = lib.coder("ben", "Ben Ode");
        trust = lib.code("trust", "Local trust");
        clientelism = lib.code("clientelism", "Clientelism");
        Case alpha = lib.addCase("alpha");
        first = lib.note(alpha, "note-1", FIRST);
        second = lib.note(alpha, "note-2", SECOND);
        // Ana codes Local trust on 0-4 (emoji a b c) in two overlapping segments, 0-3 and 1-4; Ben on 2-6 (b c d e)
        lib.segment(alpha, first, 0, 3, ana, trust);
        lib.segment(alpha, first, 1, 4, ana, trust);
        lib.segment(alpha, first, 2, 6, ben, trust);
        // Ana alone codes Clientelism on 6-9 (f g h)
        lib.segment(alpha, first, 6, 9, ana, clientelism);
        // In the second text both code Local trust on 0-10
        lib.segment(alpha, second, 0, 10, ana, trust);
        lib.segment(alpha, second, 0, 10, ben, trust);
        // A third text only Ana coded is not compared
        Note third = lib.note(alpha, "note-3", "only Ana read this");
        lib.segment(alpha, third, 0, 4, ana, trust);
    }

    private PassageComparison compare() {
        List<Work> works = new WorkReader(lib.library).byCoder(lib.library, List.of(ana, ben));
        return PassageComparison.of(works.get(0), works.get(1));
    }

    private static double value(Figure f) {
        assertTrue(f.defined(), f.text());
        return ((Figure.Value) f).value();
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        assertEquals(11, FIRST.length(), "the test text must have a surrogate pair");
        PassageComparison c = compare();
        PassageComparison.Row row = c.rows().stream().filter(r -> r.code().equals("trust") && r.text().key().textId().equals("note-1"))
                .findFirst().orElseThrow();
        // both: 2-4 = 2 (b c); Ana only: 0-2 = 2 (emoji a); Ben only: 4-6 = 2 (d e); neither: 10 - 6 = 4 (f g h i)
        assertEquals(new TwoByTwo(2, 2, 2, 4), row.table());
        assertEquals(10, row.text().length());
        // agreement (2 + 4) / 10 = 60 % (counting UTF-16 units it would be 7 / 11 = 63.6 %)
        assertEquals(0.6, value(row.agreement()), 1e-12);
        // Ana coded 4, Ben 4: EF1 = 4 * 4 / 10 = 1.6, EF2 = 6 * 6 / 10 = 3.6, sum 5.2;
        // kappa = (6 - 5.2) / (10 - 5.2) = 0.8 / 4.8 = 1/6
        assertEquals(1.0 / 6.0, value(row.kappa()), 1e-12);
    }

    @Test
    void nvivosKappaIsCohensKappaOverTheCodePoints() {
        // the same 10 code points as DKPro's two-rater study of yes/no units gives the same kappa
        boolean[] anaCoded = { true, true, true, true, false, false, false, false, false, false };
        boolean[] benCoded = { false, false, true, true, true, true, false, false, false, false };
        CodingAnnotationStudy study = new CodingAnnotationStudy(2);
        for (int i = 0; i < 10; i++) {
            study.addItem(anaCoded[i], benCoded[i]);
        }
        assertEquals(new CohenKappaAgreement(study).calculateAgreement(), value(new TwoByTwo(2, 2, 2, 4).kappa()), 1e-12);
    }

    @Test
    void perCodeFiguresAreWeightedByTextLength() {
        PassageComparison c = compare();
        assertEquals(2, c.texts(), "the text only Ana coded is not compared");
        PassageComparison.Summary trustFigures = c.perCode().stream().filter(s -> s.code().equals("trust")).findFirst().orElseThrow();
        // Local trust: text 1 (10 code points) agreement 6/10, kappa 1/6; text 2 (20) both 0-10, neither 10-20:
        //   agreement 20/20; EF1 = 10 * 10 / 20 = 5, EF2 = 5, kappa = (20 - 10) / (20 - 10) = 1.
        // weighted: agreement (6 + 20) / 30 = 0.8666..., kappa (10 * 1/6 + 20 * 1) / 30 = 0.7222...
        assertEquals(2, trustFigures.texts());
        assertEquals(30, trustFigures.characters());
        assertEquals(26.0 / 30.0, value(trustFigures.agreement()), 1e-12);
        assertEquals((10.0 / 6.0 + 20.0) / 30.0, value(trustFigures.kappa()), 1e-12);
        PassageComparison.Summary client = c.perCode().stream().filter(s -> s.code().equals("clientelism")).findFirst().orElseThrow();
        // Clientelism only in text 1, Ana 6-9: both 0, Ana only 3, neither 7: agreement 7/10;
        //   EF1 = 3 * 0 / 10 = 0, EF2 = 7 * 10 / 10 = 7, kappa = (7 - 7) / (10 - 7) = 0. Text 2 is left out.
        assertEquals(1, client.texts());
        assertEquals(0.7, value(client.agreement()), 1e-12);
        assertEquals(0.0, value(client.kappa()), 1e-12);
        // overall over the three rows (40 code points): agreement (6 + 20 + 7) / 40, kappa (10/6 + 20 + 0) / 40
        PassageComparison.Summary all = c.overall();
        assertEquals(33.0 / 40.0, value(all.agreement()), 1e-12);
        assertEquals((10.0 / 6.0 + 20.0) / 40.0, value(all.kappa()), 1e-12);
        assertEquals(2, all.texts());
    }

    @Test
    void disagreementsAreThePassagesOnlyOneCoderCoded() {
        List<String> found = compare().disagreements().stream()
                .map(d -> d.code() + " " + d.text().key().textId() + " " + d.start() + "-" + d.end() + " " + d.codedBy().label()).toList();
        assertEquals(List.of("trust note-1 0-2 Ana Souza", "trust note-1 4-6 Ben Ode", "clientelism note-1 6-9 Ana Souza"), found);
    }

    @Test
    void aTextThatDiffersBetweenCopiesIsLeftOutAndSaid() {
        HandCoded copy = new HandCoded();
        Coder ben2 = copy.coder("ben", "Ben Ode");
        Code trust2 = copy.code("trust", "Local trust");
        Case alpha = copy.addCase("alpha");
        Note changed = copy.note(alpha, "note-1", FIRST + " and more");
        copy.segment(alpha, changed, 0, 4, ben2, trust2);
        AgreementReport r = Agreement.betweenLibraries(lib.library, new Rater("a", "Ana (copy A)"), ana, copy.library,
                new Rater("b", "Ben (copy B)"), ben2);
        assertEquals(0, r.passages().get(0).texts());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("alpha/note-1") && n.contains("differs")), r.notes().toString());
    }
}
