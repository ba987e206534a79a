package org.coprod.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coprod.core.Library;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Codebook;
import org.coprod.model.Document;
import org.coprod.model.Segment;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects as NVivo, ATLAS.ti, MAXQDA and QualCoder really write them: read leniently, and what is lost is said. */
class LenientImportTests {

    private static final String USER = "{5C94BC9E-DB8C-4F1D-9CD6-E900C7440860}";
    private static final String S1 = "A2B94468-80A5-412F-92D6-E900D97B55A6";
    private static final String S3 = "b3c94468-80a5-412f-92d6-e900d97b55a7";
    private static final String WATER = "2dfba8c9-59f5-4424-99d6-ea9bce18134b";
    private static final String LAND = "3dfba8c9-59f5-4424-99d6-ea9bce18134c";

    @TempDir
    Path dir;

    private static String codebook() {
        return "<CodeBook><Codes>"
                + "<Code guid=\"1dfba8c9-59f5-4424-99d6-ea9bce18134a\" name=\"Themes\" isCodable=\"false\" color=\"rgb(255, 0, 0)\">"
                + "<Description>What residents talk about</Description>"
                + "<Code guid=\"{" + WATER.toUpperCase() + "}\" name=\"Water\" isCodable=\"true\" color=\"#00FF0080\"/>"
                + "<Code guid=\"" + LAND + "\" name=\"Land\" isCodable=\"true\" color=\"#0f0\"/>"
                + "</Code>"
                + "<Code guid=\"4dfba8c9-59f5-4424-99d6-ea9bce18134d\" name=\"Orphan\" isCodable=\"true\" color=\"chartreuse\"/>"
                + "</Codes></CodeBook>";
    }

    private static String selection(String guid, int start, int end, String name, String code) {
        return "<PlainTextSelection guid=\"" + guid + "\" startPosition=\"" + start + "\" endPosition=\"" + end + "\""
                + (name == null ? "" : " name=\"" + name + "\"") + " creatingUser=\"" + USER
                        + "\" creationDateTime=\"2019-06-07T03:36:36Z\">"
                + "<Coding guid=\"76414714-63c4-4a25-a47e-66fef80bd52e\" creatingUser=\"" + USER + "\"><CodeRef targetGUID=\"" + code
                + "\"/></Coding></PlainTextSelection>";
    }

    /** ATLAS.ti: CR LF counted as one character, upper-case GUIDs in a Sources/ folder, a byte order mark. */
    @Test
    void anAtlasProjectWithWindowsLineEndsBomAndUpperCaseSourcesFolder() throws Exception {
        String text = "\uFEFFLine one\r\nLine two: water\r\n";
        // counting CR LF as one: "Line one\n" is 9 characters, "Line two: " 10 more
        String qde = "<Users><User guid=\"" + USER + "\" name=\"Ana\"/></Users>" + codebook()
                + "<Cases><Case guid=\"c1000000-0000-4000-8000-000000000001\" name=\"Favela A\"><SourceRef targetGUID=\"" + S1.toLowerCase()
                + "\"/></Case></Cases>"
                + "<Sources><TextSource guid=\"" + S1 + "\" name=\"Interview\" plainTextPath=\"internal://" + S1 + ".txt\">"
                + selection("d1000000-0000-4000-8000-000000000001", 19, 24, null, WATER) + "</TextSource></Sources>";
        Path file = Projects.zip(dir.resolve("atlas.qdpx"), Projects.entries("project.qde", Projects.qde("ATLAS.ti 9.1", qde),
                "Sources/" + S1 + ".TXT", text));
        Library library = FixtureLibraries.twoCases(dir.resolve("lib"));
        RefiPlan plan = new RefiImport(library, RefiImport.Options.DEFAULT).plan(file, null);
        plan.commit(library, false);
        Library after = Library.open(library.folder());
        Case favela = after.findCase("favela-a").orElseThrow();
        Segment s = favela.getSegments().get(0);
        assertEquals("water", s.getQuote());
        assertEquals("Ana", s.getCoder().getName());
        assertEquals("Water", s.getCodes().get(0).getName());
        Document d = (Document) s.getText();
        assertEquals("Line one\nLine two: water\n", Files.readString(after.folder().resolve("documents").resolve(d.getId() + ".txt")));
        assertTrue(plan.report().entries(ImportReport.Kind.CHANGED).stream().anyMatch(e -> e.detail().contains("as one character")),
                plan.report().lines().toString());
    }

    /** MAXQDA and QualCoder count CR LF as two characters; the selections' own names settle which reading is meant. */
    @Test
    void windowsLineEndsCountedAsTwoAreConvertedAndASelectionsQuoteDecides() throws Exception {
        String text = "ab\r\ncd\r\nef";
        String qde = codebook() + "<Sources><TextSource guid=\"" + S1 + "\" name=\"Notes\" plainTextPath=\"notes.txt\">"
                + selection("d1000000-0000-4000-8000-000000000001", 4, 6, null, WATER)
                + selection("d1000000-0000-4000-8000-000000000002", 8, 10, "ef", LAND) + "</TextSource></Sources>";
        // the origin says ATLAS.ti, but "ef" is at 8-10 only when CR LF counts two: the quote wins
        Path file = Projects.zip(dir.resolve("maxqda.qdpx"), Projects.entries("project.qde", Projects.qde("ATLAS.ti", qde), "notes.txt",
                text));
        Library library = Library.create(dir.resolve("lib"), "Lib");
        RefiPlan plan = new RefiImport(library, RefiImport.Options.DEFAULT).plan(file, null);
        plan.commit(library, false);
        Case made = Library.open(library.folder()).findCase("notes").orElseThrow();
        assertEquals(List.of("cd", "ef"), made.getSegments().stream().map(Segment::getQuote).toList());
        assertTrue(plan.report().lines().stream().anyMatch(l -> l.contains("got a case of its own")), plan.report().lines().toString());
    }

    @Test
    void codesKeepTheirHierarchyWithColoursNormalisedAndUnreadableOnesReported() throws Exception {
        Path file = Projects.zip(dir.resolve("codes.qdpx"), Projects.entries("project.qde", Projects.qde("QualCoder 3.5", codebook())));
        Library library = Library.create(dir.resolve("lib"), "Lib");
        RefiPlan plan = new RefiImport(library, RefiImport.Options.DEFAULT).plan(file, null);
        plan.commit(library, false);
        var book = Library.open(library.folder()).root().getCodebook();
        Code themes = code(book, "Themes");
        Code water = code(book, "Water");
        assertEquals(false, themes.isCodable());
        assertEquals("#FF0000", themes.getColour());
        assertEquals("What residents talk about", themes.getDefinition());
        assertEquals(themes, water.getParent());
        assertEquals("#00FF00", water.getColour(), "#RRGGBBAA loses its alpha");
        assertEquals("#00FF00", code(book, "Land").getColour(), "#RGB is spelled out");
        assertEquals("code-" + WATER, water.getId(), "braces and upper case: one GUID form");
        assertNull(code(book, "Orphan").getColour());
        assertTrue(plan.report().entries(ImportReport.Kind.NOT_CARRIED).stream().anyMatch(e -> e.name().equals("Orphan")
                && e.detail().contains("chartreuse")));
    }

    @Test
    void aCodeNamedLikeABuiltInValueIsNotMistakenForIt() throws Exception {
        String qde = "<CodeBook><Codes><Code guid=\"5dfba8c9-59f5-4424-99d6-ea9bce18134e\" name=\"Other\" isCodable=\"true\"/></Codes>"
                + "</CodeBook>";
        Path file = Projects.zip(dir.resolve("other.qdpx"), Projects.entries("project.qde", Projects.qde("NVivo 14", qde)));
        Library library = Library.create(dir.resolve("lib"), "Lib");
        RefiPlan plan = new RefiImport(library, RefiImport.Options.DEFAULT).plan(file, null);
        plan.commit(library, false);
        var book = Library.open(library.folder()).root().getCodebook();
        assertEquals("outcome:OTHER", code(book, "other").getBuiltIn(), "the outcome domain stays itself");
        assertNull(code(book, "Other (2)").getBuiltIn(), "the project's code is a code of its own");
        assertEquals(1, plan.report().counts().codes());
    }

    private static Code code(Codebook book, String name) {
        return book.getCodes().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }

    /** NVivo for Mac writes a one-byte text file and the real text in the Word document. */
    @Test
    void aSourceWhoseTextFileIsEmptyIsReadFromItsWordDocument() throws Exception {
        byte[] docx = Projects.docx("First paragraph", "Second has land");
        String qde = codebook() + "<Sources><TextSource guid=\"" + S3 + "\" name=\"Anna\" richTextPath=\"internal://" + S3
                + ".docx\" plainTextPath=\"internal://" + S3 + ".txt\">" + selection("e1000000-0000-4000-8000-000000000001", 27, 31, null,
                        LAND) + "</TextSource></Sources>";
        Path file = Projects.zip(dir.resolve("nvivo.qdpx"), Projects.entries("project.qde", Projects.qde("NVivo for Mac", qde),
                "sources/" + S3 + ".txt", " ", "sources/" + S3 + ".docx", docx));
        Library library = Library.create(dir.resolve("lib"), "Lib");
        RefiPlan plan = new RefiImport(library, RefiImport.Options.DEFAULT).plan(file, null);
        plan.commit(library, false);
        Library after = Library.open(library.folder());
        Segment s = after.findCase("anna").orElseThrow().getSegments().get(0);
        assertEquals("land", s.getQuote());
        Document d = (Document) s.getText();
        assertEquals(d.getId() + ".docx", d.getOriginalFile(), "the Word original travels with it");
        assertTrue(Files.isRegularFile(after.folder().resolve("documents").resolve(d.getOriginalFile())));
    }

    @Test
    void variablesOnCasesBecomeFactsAndTheRestIsKeptAsTextAndReported() throws Exception {
        String qde = "<Variables><Variable guid=\"f1000000-0000-4000-8000-000000000001\" name=\"countries\" typeOfVariable=\"Text\"/>"
                + "<Variable guid=\"f1000000-0000-4000-8000-000000000002\" name=\"Age\" typeOfVariable=\"Integer\"/>"
                + "<Variable guid=\"f1000000-0000-4000-8000-000000000003\" name=\"Period start\" typeOfVariable=\"Integer\"/></Variables>"
                + "<Cases><Case guid=\"c1000000-0000-4000-8000-000000000001\" name=\"Favela A\"><Description>A favela.</Description>"
                + value("f1000000-0000-4000-8000-000000000001", "TextValue", "Brazil; pk")
                + value("f1000000-0000-4000-8000-000000000002", "IntegerValue", "42")
                + value("f1000000-0000-4000-8000-000000000003", "IntegerValue", "nineteen") + "</Case></Cases>";
        Path file = Projects.zip(dir.resolve("vars.qdpx"), Projects.entries("project.qde", Projects.qde("MAXQDA 2022", qde)));
        Library library = Library.create(dir.resolve("lib"), "Lib");
        RefiPlan plan = new RefiImport(library, RefiImport.Options.DEFAULT).plan(file, null);
        plan.commit(library, false);
        Case favela = Library.open(library.folder()).findCase("favela-a").orElseThrow();
        assertEquals(List.of("BR", "PK"), favela.getCountries());
        assertEquals("A favela.", favela.getSummary());
        assertNull(favela.getPeriodStart());
        String memo = favela.getMemos().get(0).getText();
        assertTrue(memo.contains("Age: 42") && memo.contains("Period start: nineteen"), memo);
        assertTrue(plan.report().entries(ImportReport.Kind.NOTE).stream().anyMatch(e -> e.name().equals("Age")));
        assertTrue(plan.report().entries(ImportReport.Kind.NOT_CARRIED).stream().anyMatch(e -> e.detail().contains("'nineteen'")));
    }

    private static String value(String variable, String type, String v) {
        return "<VariableValue><VariableRef targetGUID=\"" + variable + "\"/><" + type + ">" + v + "</" + type + "></VariableValue>";
    }

    @Test
    void whatHasNoPlaceIsListedInTheReportElementByElement() throws Exception {
        String qde = codebook() + "<Sources>"
                + "<TextSource guid=\"" + S1 + "\" name=\"Kept\"><PlainTextContent>Some text</PlainTextContent>"
                + "<NoteRef targetGUID=\"91000000-0000-4000-8000-000000000001\"/></TextSource>"
                + "<PictureSource guid=\"a1000000-0000-4000-8000-000000000001\" name=\"Map photo\" path=\"internal://x.jpg\"/>"
                + "<PDFSource guid=\"a1000000-0000-4000-8000-000000000002\" name=\"Report\" path=\"internal://y.pdf\"/>"
                + "<TextSource guid=\"a1000000-0000-4000-8000-000000000003\" name=\"Outside\" plainTextPath=\"absolute:///etc/hostname\"/>"
                + "</Sources><Notes>"
                + "<Note guid=\"91000000-0000-4000-8000-000000000001\" name=\"About Kept\">"
                + "<PlainTextContent>Memo text</PlainTextContent></Note>"
                + "<Note guid=\"91000000-0000-4000-8000-000000000002\" name=\"Journal\"><PlainTextContent>Day one</PlainTextContent></Note>"
                + "<Note guid=\"91000000-0000-4000-8000-000000000003\" name=\"Loose\"><PlainTextContent>Nobody's</PlainTextContent></Note>"
                + "</Notes><Sets><Set guid=\"b1000000-0000-4000-8000-000000000001\" name=\"Women\"/></Sets>"
                + "<NoteRef targetGUID=\"91000000-0000-4000-8000-000000000002\"/>";
        Path file = Projects.zip(dir.resolve("lost.qdpx"), Projects.entries("project.qde", Projects.qde("QualCoder", qde)));
        Library library = Library.create(dir.resolve("lib"), "Lib");
        RefiPlan plan = new RefiImport(library, RefiImport.Options.DEFAULT).plan(file, null);
        Set<String> lost = plan.report().entries(ImportReport.Kind.NOT_CARRIED).stream().map(e -> e.element() + " " + e.name())
                .collect(Collectors.toSet());
        assertTrue(lost.containsAll(Set.of("PictureSource Map photo", "PDFSource Report", "TextSource Outside", "Note Journal",
                "Note Loose", "Set Women")), lost.toString());
        assertTrue(plan.report().entries().stream().anyMatch(e -> e.detail().contains("internal://y.pdf is not in the project")));
        assertTrue(plan.report().entries().stream().anyMatch(e -> e.detail().contains("never opens")), "an absolute path is never read");
        plan.commit(library, false);
        Document kept = Library.open(library.folder()).root().getDocuments().get(0);
        assertEquals("Memo text", kept.getMemos().get(0).getText());
    }

    /** A PDF without a plain-text representation is read by the workbench's document text extraction (PDFBox). */
    @Test
    void aPdfWithoutItsTextIsReadFromThePdfItself() throws Exception {
        String qde = "<Sources><PDFSource guid=\"" + S1 + "\" name=\"Council report\" path=\"internal://" + S1 + ".pdf\">"
                + "<PDFSelection guid=\"d1000000-0000-4000-8000-000000000009\" page=\"1\" firstX=\"1\" firstY=\"1\" secondX=\"9\""
                + " secondY=\"9\"/></PDFSource></Sources>";
        Path file = Projects.zip(dir.resolve("pdf.qdpx"), Projects.entries("project.qde", Projects.qde("MAXQDA 2024", qde),
                "sources/" + S1 + ".pdf", Projects.pdf("The council kept open books")));
        Library library = Library.create(dir.resolve("lib"), "Lib");
        RefiPlan plan = new RefiImport(library, RefiImport.Options.DEFAULT).plan(file, null);
        plan.commit(library, false);
        Library after = Library.open(library.folder());
        Document d = after.root().getDocuments().get(0);
        assertEquals("Council report", d.getTitle());
        assertTrue(Files.readString(Texts.file(after.folder(), d)).contains("The council kept open books"));
        assertEquals(d.getId() + ".pdf", d.getOriginalFile());
        assertTrue(plan.report().entries(ImportReport.Kind.NOT_CARRIED).stream().anyMatch(e -> e.detail().contains("areas of its pages")));
    }

    @Test
    void aCodebookFileAddsItsCodesToAnExistingLibrary() throws Exception {
        String qdc = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"NVivo\">"
                + codebook().substring("<CodeBook>".length());
        Path file = dir.resolve("codes.qdc");
        Files.writeString(file, qdc);
        Library library = FixtureLibraries.twoCases(dir.resolve("lib"));
        int before = library.root().getCodebook().getCodes().size();
        RefiPlan plan = new RefiImport(library, RefiImport.Options.DEFAULT).plan(file, null);
        plan.commit(library, false);
        assertEquals(before + 4, Library.open(library.folder()).root().getCodebook().getCodes().size());
        assertEquals(4, plan.report().counts().codes());
        assertNotNull(code(Library.open(library.folder()).root().getCodebook(), "Land").getParent());
    }

    @Test
    void twoCodersOfOneSelectionKeepAPassageEach() throws Exception {
        String other = "6c94bc9e-db8c-4f1d-9cd6-e900c7440861";
        String qde = "<Users><User guid=\"" + USER + "\" name=\"Ana\"/><User guid=\"" + other + "\" name=\"Ben\"/></Users>" + codebook()
                + "<Sources><TextSource guid=\"" + S1 + "\" name=\"Shared\"><PlainTextContent>water and land</PlainTextContent>"
                + "<PlainTextSelection guid=\"d1000000-0000-4000-8000-000000000001\" startPosition=\"0\" endPosition=\"5\">"
                + "<Coding guid=\"e1000000-0000-4000-8000-000000000001\" creatingUser=\"" + USER + "\"><CodeRef targetGUID=\"" + WATER
                + "\"/></Coding><Coding guid=\"e1000000-0000-4000-8000-000000000002\" creatingUser=\"" + other + "\"><CodeRef targetGUID=\""
                + LAND + "\"/></Coding></PlainTextSelection></TextSource></Sources>";
        Path file = Projects.zip(dir.resolve("two.qdpx"), Projects.entries("project.qde", Projects.qde("QualCoder", qde)));
        Library library = Library.create(dir.resolve("lib"), "Lib");
        new RefiImport(library, RefiImport.Options.DEFAULT).plan(file, null).commit(library, false);
        List<Segment> segments = Library.open(library.folder()).findCase("shared").orElseThrow().getSegments();
        assertEquals(Set.of("Ana Water", "Ben Land"), segments.stream().map(s -> s.getCoder().getName() + " "
                + s.getCodes().get(0).getName())
                .collect(Collectors.toSet()));
    }
}
