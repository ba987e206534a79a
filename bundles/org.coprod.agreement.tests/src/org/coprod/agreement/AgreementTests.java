package org.coprod.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.coprod.model.Case;
import org.coprod.model.Coder;
import org.coprod.model.Driver;
import org.coprod.model.InitiatorMode;
import org.coprod.model.Phase;
import org.junit.jupiter.api.Test;

/** Case-level codings of hand-made libraries compared, against figures worked out by hand. */
class AgreementTests {

    private static double value(Figure f) {
        assertTrue(f.defined(), f.text());
        return ((Figure.Value) f).value();
    }

    private static Reliability find(AgreementReport r, CaseMeasure m, String category) {
        return r.cases().reliabilities().stream().filter(x -> x.measure() == m && Objects.equals(x.category(), category))
                .findFirst().orElseThrow(() -> new AssertionError("no figures for " + m + " " + category));
    }

    @Test
    void typologyPlacementsPerCaseAndPhase() {
        HandCoded lib = new HandCoded();
        Coder ana = lib.coder("ana", "Ana Souza");
        Coder ben = lib.coder("ben", "Ben Ode");
        Case a = lib.addCase("a");
        Phase early = lib.phase(a, "a-1", "1990s");
        Phase late = lib.phase(a, "a-2", "2000s");
        Case b = lib.addCase("b");
        Case c = lib.addCase("c");
        Case e = lib.addCase("e");
        // unit          Ana    Ben
        // a, 1990s      P1-D1  P1-D1
        // a, 2000s      P2-D2  P2-D2
        // b             P3-D3  P1-D1
        // c             P1-D1  P1-D1
        // e             P2-D2  -      (one value: not pairable)
        lib.place(a, "P1-D1", early, ana);
        lib.place(a, "P1-D1", early, ben);
        lib.place(a, "P2-D2", late, ana);
        lib.place(a, "P2-D2", late, ben);
        lib.place(b, "P3-D3", null, ana);
        lib.place(b, "P1-D1", null, ben);
        lib.place(c, "P1-D1", null, ana);
        lib.place(c, "P1-D1", null, ben);
        lib.place(e, "P2-D2", null, ana);
        AgreementReport r = Agreement.inLibrary(lib.library, List.of(ana, ben));
        Reliability all = find(r, CaseMeasure.TYPOLOGY, null);
        // kappa over the 4 units both coded: observed 3/4; Ana P1-D1 2/4, P2-D2 1/4, P3-D3 1/4; Ben P1-D1 3/4, P2-D2 1/4;
        //   chance = 2/4 * 3/4 + 1/4 * 1/4 + 1/4 * 0 = 7/16; kappa = (12/16 - 7/16) / (1 - 7/16) = 5/9
        assertEquals(5.0 / 9.0, value(all.kappa()), 1e-12);
        // alpha: n = 8 values, n_P1-D1 = 5, n_P2-D2 = 2, n_P3-D3 = 1; unit b puts 2 off the diagonal;
        //   1 - 7 * 2 / (64 - 25 - 4 - 1) = 1 - 14 / 34 = 20 / 34
        assertEquals(20.0 / 34.0, value(all.alpha()), 1e-12);
        assertEquals(4, all.units());
        assertEquals(2, all.coders());
        // P3-D3 as yes/no: Ana yes on b only, Ben never: n = 8, yes 1, no 7, 2 off the diagonal;
        //   alpha = 1 - 7 * 2 / (64 - 1 - 49) = 0; kappa: observed 3/4, chance 1/4 * 0 + 3/4 * 1 = 3/4, kappa 0
        Reliability p3 = find(r, CaseMeasure.TYPOLOGY, "P3-D3");
        assertEquals(0.0, value(p3.alpha()), 1e-12);
        assertEquals(0.0, value(p3.kappa()), 1e-12);
        assertEquals(List.of(new CaseComparison.Disagreement(CaseMeasure.TYPOLOGY, new UnitKey("b", ""), List.of("P3-D3", "P1-D1"))),
                r.cases().disagreements());
    }

    @Test
    void driversAreYesNoUnitsPerCaseAndValueOverTheCasesBothCoded() {
        HandCoded lib = new HandCoded();
        Coder ana = lib.coder("ana", "Ana Souza");
        Coder ben = lib.coder("ben", "Ben Ode");
        Case a = lib.addCase("a");
        Case b = lib.addCase("b");
        Case c = lib.addCase("c");
        // case  Ana                                Ben
        // a     governance                         governance
        // b     governance, logistical/feasibility governance
        // c     both                               (none recorded: not coded, so c is not compared)
        lib.driver(a, Driver.GOVERNANCE, ana);
        lib.driver(a, Driver.GOVERNANCE, ben);
        lib.driver(b, Driver.GOVERNANCE, ana);
        lib.driver(b, Driver.LOGISTICAL_FEASIBILITY, ana);
        lib.driver(b, Driver.GOVERNANCE, ben);
        lib.driver(c, Driver.BOTH, ana);
        AgreementReport r = Agreement.inLibrary(lib.library, List.of());
        assertEquals(List.of("Ana Souza", "Ben Ode"), r.raters().stream().map(Rater::label).toList());
        // yes/no units (case, value) that both coded, values seen: governance, logistical/feasibility, both
        //   governance a: yes yes   b: yes yes
        //   logistical a: no no     b: yes no
        //   both       a: no no     b: no no
        // pooled: n = 12 values, yes 5, no 7, one disagreeing unit (2 off the diagonal):
        //   alpha = 1 - 11 * 2 / (144 - 25 - 49) = 1 - 22 / 70 = 48 / 70
        //   kappa: observed 5/6; Ana yes 3/6, Ben yes 2/6; chance = 3/6 * 2/6 + 3/6 * 4/6 = 1/2; kappa = (5/6 - 1/2) / (1/2) = 2/3
        Reliability pooled = find(r, CaseMeasure.DRIVERS, null);
        assertEquals(6, pooled.units());
        assertEquals(48.0 / 70.0, value(pooled.alpha()), 1e-12);
        assertEquals(2.0 / 3.0, value(pooled.kappa()), 1e-12);
        // logistical alone: n = 4, yes 1, no 3: alpha = 1 - 3 * 2 / (16 - 1 - 9) = 0; kappa: observed 1/2, chance 0 + 1 * 1/2, 0
        Reliability logistical = find(r, CaseMeasure.DRIVERS, "logistical/feasibility");
        assertEquals(0.0, value(logistical.alpha()), 1e-12);
        assertEquals(0.0, value(logistical.kappa()), 1e-12);
        // governance: every unit "yes" by both; both: every unit "no": one category only
        assertFalse(find(r, CaseMeasure.DRIVERS, "governance").alpha().defined());
        assertTrue(find(r, CaseMeasure.DRIVERS, "both").alpha().text().contains("one category only"));
        assertEquals(List.of(new CaseComparison.Disagreement(CaseMeasure.DRIVERS, new UnitKey("b", ""),
                List.of("governance + logistical/feasibility", "governance"))), r.cases().disagreements());
        // nobody recorded benefits
        assertEquals("not defined (no coder recorded any benefits)", find(r, CaseMeasure.BENEFITS, null).alpha().text());
    }

    @Test
    void krippendorffsPublishedExampleThroughFourCodersOfALibrary() {
        String[] cells = { null, "P1-D1", "P2-D2", "P3-D3", "P1-D2", "P2-D3" }; // the values 1..5 of the paper
        HandCoded lib = new HandCoded();
        Coder[] coders = { lib.coder("A", "Observer A"), lib.coder("B", "Observer B"), lib.coder("C", "Observer C"),
                lib.coder("D", "Observer D") };
        for (int u = 0; u < 12; u++) {
            Case unit = lib.addCase(String.format("u%02d", u + 1));
            for (int o = 0; o < 4; o++) {
                Integer v = NominalTests.KRIPPENDORFF[o][u];
                if (v != null) {
                    lib.place(unit, cells[v], null, coders[o]);
                }
            }
        }
        AgreementReport r = Agreement.inLibrary(lib.library, Arrays.asList(coders));
        Reliability all = find(r, CaseMeasure.TYPOLOGY, null);
        // worked out in NominalTests: 113 / 152 = 0.743 over 11 pairable units and 4 coders
        assertEquals(113.0 / 152.0, value(all.alpha()), 1e-9);
        assertEquals(11, all.units());
        assertEquals(4, all.coders());
        assertTrue(all.kappa().text().contains("two coders"), all.kappa().text());
        assertEquals(6, r.passages().size(), "passages are compared per pair of the 4 coders");
        assertEquals("not defined (no text was coded by both coders)", r.passages().get(0).overall().kappa().text());
    }

    @Test
    void initiatorModeCannotBeAttributedInOneLibraryButCanBetweenCopies() {
        HandCoded one = new HandCoded();
        Coder ana = one.coder("ana", "Ana Souza");
        one.addCase("x").setInitiatorMode(InitiatorMode.STATE_SPONSORED);
        one.driver(one.library.getCases().get(0), Driver.GOVERNANCE, ana);
        AgreementReport single = Agreement.inLibrary(one.library, List.of());
        assertTrue(find(single, CaseMeasure.INITIATOR_MODE, null).alpha().text().contains("--with"));
        assertTrue(single.notes().contains("only Ana Souza coded anything: agreement needs two coders"), single.notes().toString());
        assertEquals("not defined (only one coder is compared)", find(single, CaseMeasure.DRIVERS, null).alpha().text());

        // two copies: case   copy A                     copy B
        //             w      state-sponsored            state-sponsored
        //             x      self-organised grassroots  self-organised grassroots
        //             y      NGO/professional-led       state-sponsored
        //             z      state-sponsored            state-sponsored
        //             v      unknown (not set)          mixed               -> not pairable
        // the same structure as the typology example: kappa 5/9, alpha 20/34
        InitiatorMode[] first = { InitiatorMode.STATE_SPONSORED, InitiatorMode.SELF_ORGANISED_GRASSROOTS,
                InitiatorMode.NGO_PROFESSIONAL_LED, InitiatorMode.STATE_SPONSORED, InitiatorMode.UNKNOWN };
        InitiatorMode[] second = { InitiatorMode.STATE_SPONSORED, InitiatorMode.SELF_ORGANISED_GRASSROOTS, InitiatorMode.STATE_SPONSORED,
                InitiatorMode.STATE_SPONSORED, InitiatorMode.MIXED };
        HandCoded a = new HandCoded();
        HandCoded b = new HandCoded();
        String[] ids = { "w", "x", "y", "z", "v" };
        for (int i = 0; i < ids.length; i++) {
            a.addCase(ids[i]).setInitiatorMode(first[i]);
            b.addCase(ids[i]).setInitiatorMode(second[i]);
        }
        AgreementReport copies = Agreement.betweenLibraries(a.library, new Rater("a", "copy A"), null, b.library, new Rater("b", "copy B"),
                null);
        Reliability mode = find(copies, CaseMeasure.INITIATOR_MODE, null);
        assertEquals(5.0 / 9.0, value(mode.kappa()), 1e-12);
        assertEquals(20.0 / 34.0, value(mode.alpha()), 1e-12);
        assertEquals(4, mode.units());
    }
}
