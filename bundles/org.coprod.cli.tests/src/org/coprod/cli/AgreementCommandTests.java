package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Driver;
import org.coprod.model.DriverCoding;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/**
 * {@code coprod agreement} on libraries saved to disk: one with two coders, and two copies of it with one coder each.
 * Case alpha has a note of 10 code points that begins with a character outside the Basic Multilingual Plane; Ana codes
 * Local trust on 0-4, Ben on 2-6 (both 2, Ana only 2, Ben only 2, neither 4: 60 %, kappa 0.8 / 4.8 = 0.167).
 * Drivers: alpha Ana governance, Ben governance; beta Ana governance, Ben logistical/feasibility.
 */
class AgreementCommandTests {

    static final String NOTE = "\uD83C\uDFDBabcdefghi";
    private static final CoprodFactory F = CoprodFactory.eINSTANCE;

    @TempDir
    static Path dir;
    static Path both;
    static Path anaOnly;
    static Path benOnly;

    @BeforeAll
    static void libraries() throws Exception {
        both = make(dir.resolve("both"), true, true);
        anaOnly = make(dir.resolve("ana"), true, false);
        benOnly = make(dir.resolve("ben"), false, true);
    }

    /** The library with Ana's work, Ben's, or both; the same cases, note and code ids in each. */
    private static Path make(Path folder, boolean withAna, boolean withBen) throws Exception {
        Library library = Library.create(folder, "Two coders");
        library.root().setCodebook(F.createCodebook());
        Code trust = F.createCode();
        trust.setId("code-trust");
        trust.setName("Local trust");
        library.root().getCodebook().getCodes().add(trust);
        Coder ana = coder(library, "coder-ana", "Ana Souza", "AS");
        Coder ben = coder(library, "coder-ben", "Ben Ode", "BO");
        Case alpha = library.addCase(FixtureLibraries.newCase("alpha", "Alpha budget forum", "BR"));
        Case beta = library.addCase(FixtureLibraries.newCase("beta", "Beta village shop", "GB"));
        Note note = F.createNote();
        note.setId("note-1");
        note.setTitle("Visit");
        note.setText(NOTE);
        alpha.getNotes().add(note);
        if (withAna) {
            segment(alpha, note, "seg-ana", 0, 4, ana, trust);
            driver(alpha, Driver.GOVERNANCE, ana);
            driver(beta, Driver.GOVERNANCE, ana);
        }
        if (withBen) {
            segment(alpha, note, "seg-ben", 2, 6, ben, trust);
            driver(alpha, Driver.GOVERNANCE, ben);
            driver(beta, Driver.LOGISTICAL_FEASIBILITY, ben);
        }
        library.save();
        return folder;
    }

    private static Coder coder(Library library, String id, String name, String initials) {
        Coder c = F.createCoder();
        c.setId(id);
        c.setName(name);
        c.setInitials(initials);
        library.root().getCoders().add(c);
        return c;
    }

    private static void segment(Case c, Note note, String id, int start, int end, Coder coder, Code code) {
        Segment s = F.createSegment();
        s.setId(id);
        s.setText(note);
        s.setStart(start);
        s.setEnd(end);
        s.setCoder(coder);
        s.getCodes().add(code);
        c.getSegments().add(s);
    }

    private static void driver(Case c, Driver value, Coder coder) {
        DriverCoding d = F.createDriverCoding();
        d.setDriver(value);
        d.setCoder(coder);
        c.getDrivers().add(d);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(CommandRun r) {
        assertEquals(0, r.code(), r.err());
        return new Gson().fromJson(r.out(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Object list) {
        return ((List<Map<String, Object>>) list).get(0);
    }

    @Test
    void printsTheFiguresPerCodeAndTheDisagreementsSideBySide() {
        CommandRun r = CommandRun.of("agreement", "--library", both.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.startsWith("Agreement between Ana Souza, Ben Ode ("), out);
        assertTrue(out.contains("Ana Souza and Ben Ode, 1 text coded by both"), out);
        assertTrue(out.matches("(?s).*\n  Local trust +1 +10 +60\\.0 % +0\\.167\n.*"), out);
        assertTrue(out.contains("Local trust in alpha/note-1 \"Visit\", 10 code points: both 2, Ana Souza only 2, Ben Ode only 2,"
                + " neither 4: 60.0 %, kappa 0.167"), out);
        // the emoji and a are Ana's only; d e Ben's only
        assertTrue(out.contains("passage alpha/note-1 0–2 Local trust: Ana Souza coded it, Ben Ode did not: \"\uD83C\uDFDBa\""), out);
        assertTrue(out.contains("passage alpha/note-1 4–6 Local trust: Ben Ode coded it, Ana Souza did not: \"de\""), out);
        assertTrue(out.contains("case beta drivers: Ana Souza governance; Ben Ode logistical/feasibility"), out);
        // initiator mode is not a coder's in one library: said, not computed
        assertTrue(out.contains("initiator mode is a fact of the case with no coder recorded"), out);
        assertTrue(!out.contains("NaN"), out);
    }

    @Test
    void jsonHasTheFiguresAndSaysWhyAFigureIsNotDefined() {
        Map<String, Object> j = json(CommandRun.of("agreement", "--coders", "ana souza, BO", "--json", "--library", both.toString()));
        Map<String, Object> passages = first(j.get("passages"));
        Map<String, Object> trust = first(passages.get("codes"));
        assertEquals("Local trust", trust.get("code"));
        assertEquals(0.6, (Double) trust.get("agreement"), 1e-12);
        assertEquals(1.0 / 6.0, (Double) trust.get("kappa"), 1e-12);
        Map<String, Object> row = first(passages.get("rows"));
        assertEquals(List.of(2.0, 2.0, 2.0, 4.0),
                List.of(row.get("both"), row.get("firstOnly"), row.get("secondOnly"), row.get("neither")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> figures = (List<Map<String, Object>>) ((Map<String, Object>) j.get("cases")).get("figures");
        Map<String, Object> drivers = figures.stream().filter(f -> f.get("measure").equals("drivers") && f.get("category") == null)
                .findFirst().orElseThrow();
        // yes/no units over alpha and beta, values governance and logistical/feasibility:
        //   governance alpha yes/yes, beta yes/no; logistical alpha no/no, beta no/yes
        //   n = 8: yes 4, no 4, 2 disagreeing units (4 off the diagonal): alpha = 1 - 7 * 4 / (64 - 16 - 16) = 1 - 28/32 = 0.125
        //   kappa: observed 2/4; Ana yes 2/4, Ben yes 2/4: chance 1/2; kappa (1/2 - 1/2) / (1/2) = 0
        assertEquals(4.0, drivers.get("units"));
        assertEquals(0.125, (Double) drivers.get("alpha"), 1e-12);
        assertEquals(0.0, (Double) drivers.get("kappa"), 1e-12);
        Map<String, Object> initiator = figures.stream().filter(f -> f.get("measure").equals("initiator mode")).findFirst().orElseThrow();
        assertNull(initiator.get("alpha"));
        assertTrue(((String) initiator.get("alphaNotDefined")).contains("--with"));
    }

    @Test
    void withAnotherCopyEachLibraryIsOneCoderAndTheFiguresAreTheSame() {
        Map<String, Object> j = json(CommandRun.of("agreement", "--with", benOnly.toString(), "--json", "--library", anaOnly.toString()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raters = (List<Map<String, Object>>) j.get("raters");
        assertEquals(List.of("ana", "ben"), raters.stream().map(x -> x.get("label")).toList());
        Map<String, Object> trust = first(first(j.get("passages")).get("codes"));
        assertEquals(0.6, (Double) trust.get("agreement"), 1e-12);
        assertEquals(1.0 / 6.0, (Double) trust.get("kappa"), 1e-12);
        Map<String, Object> named = json(CommandRun.of("agreement", "--with", benOnly.toString(), "--coders", "Ana Souza,Ben Ode", "--json",
                "--library", anaOnly.toString()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> namedRaters = (List<Map<String, Object>>) named.get("raters");
        assertEquals("Ana Souza in ana", namedRaters.get(0).get("label"));
        assertEquals(1.0 / 6.0, (Double) first(first(named.get("passages")).get("codes")).get("kappa"), 1e-12);
    }

    @Test
    void aSingleCoderGetsAClearAnswerNotANumber() {
        CommandRun r = CommandRun.of("agreement", "--library", anaOnly.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("only Ana Souza coded anything: agreement needs two coders"), r.out());
        assertTrue(r.out().contains("not defined: only one coder is compared"), r.out());
        assertTrue(!r.out().contains("NaN"), r.out());
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheProblem() {
        CommandRun unknown = CommandRun.of("agreement", "--coders", "Ana Souza,Carla", "--library", both.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("has no coder 'Carla' (coders: Ana Souza, Ben Ode)"), unknown.err());
        CommandRun one = CommandRun.of("agreement", "--coders", "Ana Souza", "--library", both.toString());
        assertEquals(2, one.code());
        assertTrue(one.err().contains("--coders needs two coders or more"), one.err());
        CommandRun missing = CommandRun.of("agreement", "--with", dir.resolve("nowhere").toString(), "--library", both.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such folder"), missing.err());
        CommandRun itself = CommandRun.of("agreement", "--with", both.toString(), "--library", both.toString());
        assertEquals(2, itself.code());
        assertTrue(itself.err().contains("names the library itself"), itself.err());
    }
}
