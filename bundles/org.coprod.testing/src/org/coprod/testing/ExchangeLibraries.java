package org.coprod.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

import org.coprod.core.BovairdTypology;
import org.coprod.core.Library;
import org.coprod.core.documents.DocumentFiles;
import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.BuiltInCodes.Dimension;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.CodingRefused;
import org.coprod.core.evidence.NoteIds;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.core.evidence.Texts;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.CodeSummary;
import org.coprod.model.Coder;
import org.coprod.model.Confidence;
import org.coprod.model.ContributionKind;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Driver;
import org.coprod.model.InitiatorMode;
import org.coprod.model.Note;
import org.coprod.model.Phase;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.Sector;
import org.coprod.model.StateStance;
import org.coprod.model.TypologyCoding;

/**
 * A small library holding every kind of thing an exchange with the QDA tools carries, every value known to the test
 * ({@link EvidenceLibrary} is the one for retrieval and search): two coders, user codes in a hierarchy with
 * definitions, colours and a memo, a document shared by two cases and a case note (both with characters outside the
 * Basic Multilingual Plane), coded passages by both coders with built-in and user codes, case facts, memos and a
 * framework-matrix summary.
 */
public final class ExchangeLibraries {

    public static final String ANA = "0f6a3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b";
    public static final String BEN = "7d2e4f60-8a1b-4c3d-9e5f-6a7b8c9d0e1f";
    public static final String DOCUMENT_ID = "doc-federation-interview-1a2b3c4d";
    /** The document's text: an emoji and a CJK Extension B character shift UTF-16 indices away from code points. */
    public static final String DOCUMENT_TEXT = "The federation 🚰 mapped every lane.\nResidents built sewers with their own savings.\n"
            + "Officials 𠜎 distrusted the survey at first, then used it.";
    public static final String NOTE_TEXT = "# Field note\n\nThe council 🏛 backed the budget forum in 1990.";
    public static final Date WHEN = new Date(1_700_000_000_000L);

    private ExchangeLibraries() {
    }

    /** Makes the library in {@code dir} (saved) and returns it opened. */
    public static Library coded(Path dir) throws IOException {
        Library library = Library.create(dir, "Evidence fixture");
        library.root().setDescription("Coded passages for the exchange tests");
        Coder ana = Coders.create(ANA, "Ana Silva");
        Coder ben = Coders.create(BEN, "Ben Okafor");
        library.root().getCoders().add(ana);
        library.root().getCoders().add(ben);

        Code trust = CodebookChanges.create("Trust", null, "Residents and officials relying on each other.", "#AA3300");
        trust.setId("code-trust");
        Code distrust = CodebookChanges.create("Distrust of officials", trust, "Doubt about what officials promise.", "#3366cc");
        distrust.setId("code-distrust");
        Code savings = CodebookChanges.create("Savings", null, null, "#2ca02c");
        savings.setId("code-3f1e2d4c-5b6a-4789-8a9b-0c1d2e3f4a5b");
        library.root().getCodebook().getCodes().add(trust);
        library.root().getCodebook().getCodes().add(distrust);
        library.root().getCodebook().getCodes().add(savings);
        trust.getMemos().add(PassageCoding.memo("Split into trust *of* and trust *by* officials?", ana, WHEN));
        trust.getMemos().get(0).setId("memo-trust-1");

        Document doc = document(dir, DOCUMENT_ID, "Interview with the federation", DOCUMENT_TEXT);
        doc.setLanguage("en");
        library.root().getDocuments().add(doc);
        doc.getMemos().add(PassageCoding.memo("Transcribed by the federation's secretary.", ben, WHEN));
        doc.getMemos().get(0).setId("memo-doc-1");

        Case alpha = alpha(library);
        alpha.getDocuments().add(doc);
        Case beta = FixtureLibraries.newCase("beta", "Beta village shop", "GB");
        beta.getDocuments().add(doc);
        library.addCase(beta);
        library.addCase(alpha);

        Note note = alpha.getNotes().get(0);
        try {
            code(library, alpha, doc, "Residents built sewers", savings, ana, "Their own savings, not a grant.");
            code(library, alpha, doc, "Officials 𠜎 distrusted", distrust, ana, null);
            code(library, alpha, note, "backed the budget forum", cell(library, "P2-D1"), ben, null);
            code(library, alpha, note, "The council 🏛", trust, ben, null);
            code(library, beta, doc, "mapped every lane", trust, ben, null);
        } catch (CodingRefused e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        alpha.getMemos().add(PassageCoding.memo("Compare with the Recife forum.", ana, WHEN));
        alpha.getMemos().get(0).setId("memo-alpha-1");
        CodeSummary summary = CoprodFactory.eINSTANCE.createCodeSummary();
        summary.setCode(trust);
        summary.setText("Trust grew once the council backed the forum.");
        summary.setAuthor(ana);
        summary.setDate(WHEN);
        alpha.getCodeSummaries().add(summary);
        library.save();
        return Library.open(dir);
    }

    private static Case alpha(Library library) {
        CoprodFactory f = CoprodFactory.eINSTANCE;
        Case alpha = FixtureLibraries.newCase("alpha", "Alpha budget forum", "BR");
        alpha.getCountries().add("PT");
        alpha.getSectors().add(Sector.BUDGETING);
        alpha.getSectors().add(Sector.GOVERNANCE);
        alpha.setPeriodStart(1989);
        alpha.setPeriodEnd(2004);
        alpha.setOngoing(true);
        alpha.setInitiatorMode(InitiatorMode.STATE_SPONSORED);
        alpha.setSummary("Residents decide part of the city budget.");
        Phase startUp = f.createPhase();
        startUp.setId("alpha.phase1");
        startUp.setLabel("start-up (1989-1992)");
        startUp.setStartYear(1989);
        startUp.setEndYear(1992);
        alpha.getPhases().add(startUp);
        TypologyCoding whole = f.createTypologyCoding();
        whole.setCell(library.findCell(BovairdTypology.ID, "P2-D2").orElseThrow());
        whole.setAssignedBy(AssignedBy.DOCUMENT);
        whole.setConfidence(Confidence.HIGH);
        whole.setJustification("Bovaird's own example.");
        alpha.getCodings().add(whole);
        TypologyCoding phase = f.createTypologyCoding();
        phase.setCell(library.findCell(BovairdTypology.ID, "P2-D1").orElseThrow());
        phase.setPhase(startUp);
        phase.setComponent("budget forum");
        phase.setAssignedBy(AssignedBy.CODER);
        alpha.getCodings().add(phase);
        var driver = f.createDriverCoding();
        driver.setDriver(Driver.GOVERNANCE);
        alpha.getDrivers().add(driver);
        PoliticalProfile profile = f.createPoliticalProfile();
        profile.setStateStance(StateStance.SUPPORTIVE);
        profile.setAffiliation("Workers' Party");
        alpha.setPoliticalProfile(profile);
        var contribution = f.createResourceContribution();
        contribution.setKind(ContributionKind.LABOUR);
        contribution.setDescription("residents' evenings at the forum");
        alpha.getContributions().add(contribution);
        Note note = f.createNote();
        note.setTitle("Field note");
        note.setText(NOTE_TEXT);
        note.setAuthor("Ana Silva");
        note.setDate(WHEN);
        note.setId(NoteIds.next(alpha));
        alpha.getNotes().add(note);
        return alpha;
    }

    /** The built-in code of a Bovaird cell. */
    public static Code cell(Library library, String code) {
        return BuiltInCodes.forCell(library.root(), library.findCell(BovairdTypology.ID, code).orElseThrow()).orElseThrow();
    }

    /** The built-in code of a driver. */
    public static Code driver(Library library, Driver driver) {
        return BuiltInCodes.forValue(library.root(), Dimension.DRIVER, driver).orElseThrow();
    }

    /** Codes the first occurrence of {@code passage} in a text of the case. */
    public static void code(Library library, Case c, CodableText text, String passage, Code code, Coder coder, String memo)
            throws CodingRefused {
        String content = Texts.of(text).orElseThrow();
        int at = content.indexOf(passage);
        if (at < 0) {
            throw new IllegalArgumentException("'" + passage + "' is not in " + Texts.title(text));
        }
        int start = CodePoints.offset(content, at);
        int end = start + CodePoints.length(passage);
        PassageCoding.code(null, library.root(), c, text, start, end, code, coder, WHEN, memo).command().execute();
    }

    /** A document of the library folder with its text file written as an import would write it. */
    public static Document document(Path libraryFolder, String id, String title, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path folder = libraryFolder.resolve(Texts.DOCUMENTS_DIR);
        Files.createDirectories(folder);
        Document d = CoprodFactory.eINSTANCE.createDocument();
        d.setId(id);
        Files.write(DocumentFiles.textFile(libraryFolder, d), bytes);
        d.setTitle(title);
        d.setImported(WHEN);
        d.setTextDigest(Texts.sha256(bytes));
        d.setLength(CodePoints.length(text));
        return d;
    }
}
