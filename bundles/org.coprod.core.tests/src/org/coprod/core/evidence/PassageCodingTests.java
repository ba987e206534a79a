package org.coprod.core.evidence;

import static org.coprod.core.evidence.CodingLibraries.ALPHA_NOTE;
import static org.coprod.core.evidence.CodingLibraries.WHEN;
import static org.coprod.core.evidence.CodingLibraries.alpha;
import static org.coprod.core.evidence.CodingLibraries.ana;
import static org.coprod.core.evidence.CodingLibraries.beta;
import static org.coprod.core.evidence.CodingLibraries.cellCode;
import static org.coprod.core.evidence.CodingLibraries.code;
import static org.coprod.core.evidence.CodingLibraries.offsetOf;
import static org.coprod.core.evidence.CodingLibraries.userCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.core.evidence.BuiltInCodes.Dimension;
import org.coprod.core.evidence.BuiltInCodes.ValueMeaning;
import org.coprod.model.AssignedBy;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.CodedRecord;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Driver;
import org.coprod.model.DriverCoding;
import org.coprod.model.LimitationClaim;
import org.coprod.model.Note;
import org.coprod.model.Outcome;
import org.coprod.model.Segment;
import org.coprod.model.TypologyCoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Coding passages of notes: the segment made, the case-level record a built-in code stands for, and the refusals. */
class PassageCodingTests {

    @TempDir
    Path dir;
    Library library;
    Case alpha;
    Note note;
    Code trust;

    @BeforeEach
    void library() throws Exception {
        library = CodingLibraries.twoCases(dir);
        alpha = alpha(library);
        note = alpha.getNotes().get(0);
        trust = userCode(library.root(), "trust", "Confidence between residents and officials.");
    }

    @Test
    void codingANotePassageMakesASegmentWithItsQuoteCoderAndDate() throws Exception {
        // "Trust grew" starts after 😀 and 𠀀, two characters that take two UTF-16 units each.
        int utf16 = ALPHA_NOTE.indexOf("Trust grew");
        int start = utf16 - 2;
        PassageCoding.Coding coding = PassageCoding.code(null, library.root(), alpha, note, start, start + 10, trust, ana(library), WHEN,
                "Said by two delegates.");
        assertTrue(alpha.getSegments().isEmpty(), "nothing changes before the command runs");
        coding.command().execute();
        Segment s = coding.segment();
        assertTrue(coding.newSegment());
        assertEquals(List.of(s), alpha.getSegments());
        assertSame(note, s.getText());
        assertEquals(start, s.getStart());
        assertEquals(start + 10, s.getEnd());
        assertEquals("Trust grew", s.getQuote());
        assertEquals(List.of(trust), s.getCodes());
        assertSame(ana(library), s.getCoder());
        assertEquals(WHEN, s.getCodedOn());
        assertEquals("Said by two delegates.", s.getMemo().getText());
        assertSame(ana(library), s.getMemo().getAuthor());
        assertTrue(Records.citing(alpha, s).isEmpty(), "a user code records no conclusion");
    }

    @Test
    void aQuoteOfCharactersOutsideTheBasicPlaneIsWholeCharacters() throws Exception {
        Segment emoji = code(library, alpha, "😀 Delegates", trust).segment();
        assertEquals(0, emoji.getStart());
        assertEquals(11, emoji.getEnd(), "😀 is one code point");
        assertEquals("😀 Delegates", emoji.getQuote());
        Code forum = userCode(library.root(), "forum", "The budget forum.");
        Segment cjk = code(library, alpha, "𠀀 forum", forum).segment();
        assertEquals(19, cjk.getStart(), "after 😀, counted once");
        assertEquals(26, cjk.getEnd());
        assertEquals("𠀀 forum", cjk.getQuote());
        assertEquals(cjk.getQuote(), CodePoints.slice(note.getText(), cjk.getStart(), cjk.getEnd()));
    }

    @Test
    void theSameRangeCodedAgainGetsTheNewCodeOnItsSegment() throws Exception {
        Segment first = code(library, alpha, "Trust grew", trust).segment();
        Code officials = userCode(library.root(), "officials", "Passages about officials.");
        PassageCoding.Coding again = code(library, alpha, "Trust grew", officials);
        assertFalse(again.newSegment());
        assertSame(first, again.segment());
        assertEquals(List.of(trust, officials), first.getCodes());
        assertEquals(1, alpha.getSegments().size());
    }

    @Test
    void aCellCodeRecordsThePlacementWithTheSegmentAsEvidenceAndASecondPassageExtendsIt() throws Exception {
        Code p2d1 = cellCode(library, "P2-D1");
        Segment first = code(library, alpha, "Delegates of the 𠀀 forum chose the works", p2d1).segment();
        assertEquals(1, alpha.getCodings().size());
        TypologyCoding coding = alpha.getCodings().get(0);
        assertEquals("P2-D1", coding.getCell().getCode());
        assertEquals(AssignedBy.CODER, coding.getAssignedBy());
        assertSame(ana(library), coding.getCoder());
        assertEquals(WHEN, coding.getCodedOn());
        assertEquals(List.of(first), coding.getSegments());
        Segment second = code(library, alpha, "residents gave their labour", p2d1).segment();
        assertEquals(1, alpha.getCodings().size(), "the same placement, not a second one");
        assertEquals(List.of(first, second), coding.getSegments());
    }

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void aValueCodeRecordsItsConclusionAndASecondPassageExtendsIt(Dimension dimension) throws Exception {
        Enum<?> value = (Enum<?>) dimension.type().getELiterals().get(0).getInstance();
        Code code = BuiltInCodes.forValue(library.root(), dimension, value).orElseThrow();
        Segment first = code(library, alpha, "Trust grew", code).segment();
        Segment second = code(library, alpha, "The city paid for the materials", code).segment();
        List<CodedRecord> records = Records.all(alpha);
        assertEquals(1, records.size(), records.toString());
        CodedRecord record = records.get(0);
        Class<?> expected = switch (dimension) {
            case DRIVER -> DriverCoding.class;
            case BENEFIT -> BenefitClaim.class;
            case LIMITATION -> LimitationClaim.class;
            case OUTCOME -> Outcome.class;
        };
        assertTrue(expected.isInstance(record), record.toString());
        Object recorded = switch (record) {
            case DriverCoding d -> d.getDriver();
            case BenefitClaim b -> b.getBenefit();
            case LimitationClaim l -> l.getLimitation();
            case Outcome o -> o.getDomain();
            default -> null;
        };
        assertEquals(value, recorded);
        assertEquals(List.of(first, second), record.getSegments());
        assertSame(ana(library), record.getCoder());
    }

    @Test
    void aConclusionRecordedBeforeTakesThePassageAndKeepsItsCoder() throws Exception {
        Coder unknown = Coders.unknown();
        library.root().getCoders().add(unknown);
        DriverCoding recorded = CoprodFactory.eINSTANCE.createDriverCoding();
        recorded.setDriver(Driver.values()[0]);
        recorded.setCoder(unknown);
        alpha.getDrivers().add(recorded);
        Code code = BuiltInCodes.forValue(library.root(), Dimension.DRIVER, Driver.values()[0]).orElseThrow();
        Segment s = code(library, alpha, "Trust grew", code).segment();
        assertEquals(List.of(recorded), alpha.getDrivers());
        assertEquals(List.of(s), recorded.getSegments());
        assertSame(unknown, recorded.getCoder(), "who recorded the conclusion stays; who coded the passage is on the segment");
        assertSame(ana(library), s.getCoder());
    }

    @Test
    void aCoderNewToTheLibraryJoinsItAndAKnownIdIsTheLibrarysOwnCoder() throws Exception {
        Coder newcomer = Coders.create("Bea Costa");
        int start = offsetOf(ALPHA_NOTE, "Trust");
        PassageCoding.code(null, library.root(), alpha, note, start, start + 5, trust, newcomer, WHEN, null).command().execute();
        assertTrue(library.root().getCoders().contains(newcomer));
        // The identity kept in preferences is a copy with the same id: the library's coder is the one recorded.
        Coder copy = Coders.create(ana(library).getId(), "Ana Silva");
        Segment s = PassageCoding.code(null, library.root(), alpha, note, start, start + 11, trust, copy, WHEN, null).segment();
        assertSame(ana(library), s.getCoder());
    }

    @Test
    void aCodeGroupIsRefused() throws Exception {
        Code drivers = BuiltInCodes.withKey(library.root().getCodebook(), "drivers").orElseThrow();
        assertRefused(drivers, 0, 5, "code group");
        Code typology = BuiltInCodes.withKey(library.root().getCodebook(), "typology:bovaird").orElseThrow();
        assertRefused(typology, 0, 5, "code group");
    }

    @Test
    void theNotApplicableCellIsRefusedAsSuch() throws Exception {
        assertRefused(cellCode(library, "P3-D1"), 0, 5, "not applicable");
    }

    @Test
    void aRangeOutsideTheTextIsRefused() throws Exception {
        int length = CodePoints.length(ALPHA_NOTE);
        assertRefused(trust, length - 2, length + 1, "not inside");
        assertRefused(trust, -1, 3, "not inside");
        assertRefused(trust, 4, 4, "not inside");
        assertRefused(trust, 6, 4, "not inside");
        // The last character counted as one code point is inside; counted in UTF-16 units it would be past the end.
        PassageCoding.code(null, library.root(), alpha, note, length - 1, length, trust, ana(library), WHEN, null).command().execute();
        assertEquals(".", alpha.getSegments().get(0).getQuote());
    }

    @Test
    void aTextOfAnotherCaseIsRefused() throws Exception {
        Note other = beta(library).getNotes().get(0);
        CodingRefused e = assertThrows(CodingRefused.class,
                () -> PassageCoding.code(null, library.root(), alpha, other, 0, 5, trust, ana(library), WHEN, null));
        assertTrue(e.getMessage().contains("Shop visit") && e.getMessage().contains("Alpha budget forum"), e.getMessage());
        assertTrue(alpha.getSegments().isEmpty() && beta(library).getSegments().isEmpty());
    }

    @Test
    void aCodeOfNoCodebookIsRefused() throws Exception {
        Code stray = CodebookChanges.create("stray", null, "Not in the codebook.", null);
        assertRefused(stray, 0, 5, "not a code of this library");
    }

    @Test
    void aPassageAlreadyCodedWithTheCodeIsRefused() throws Exception {
        code(library, alpha, "Trust grew", trust);
        int start = offsetOf(ALPHA_NOTE, "Trust grew");
        assertRefused(trust, start, start + 10, "already coded");
        assertEquals(1, alpha.getSegments().size());
        assertEquals(List.of(trust), alpha.getSegments().get(0).getCodes());
    }

    @Test
    void uncodingTheLastCodeRemovesTheSegmentFromTheCaseAndFromItsConclusions() throws Exception {
        Code p2d1 = cellCode(library, "P2-D1");
        Segment s = code(library, alpha, "Trust grew", p2d1).segment();
        code(library, alpha, "Trust grew", trust);
        PassageCoding.uncode(null, library.root(), s, p2d1).execute();
        assertEquals(List.of(trust), s.getCodes());
        assertTrue(alpha.getCodings().get(0).getSegments().isEmpty(), "the placement no longer cites it");
        assertEquals(1, alpha.getCodings().size(), "the placement itself stays");
        PassageCoding.uncode(null, library.root(), s, trust).execute();
        assertTrue(alpha.getSegments().isEmpty());
        assertNull(s.eContainer());
    }

    private void assertRefused(Code code, int start, int end, String why) {
        CodingRefused e = assertThrows(CodingRefused.class,
                () -> PassageCoding.code(null, library.root(), alpha, note, start, end, code, ana(library), WHEN, null));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
