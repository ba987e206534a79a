package org.coprod.refi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Segment;
import org.coprod.testing.ExchangeLibraries;
import org.coprod.testing.SampleLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** A library exported as a REFI-QDA project: valid against the schema, stable, and with offsets that point at the right text. */
class ProjectExportTests {

    @TempDir
    Path dir;

    private Library coded() throws Exception {
        return ExchangeLibraries.coded(dir.resolve("library"));
    }

    private Qdpx export(Library library, String name) throws Exception {
        Path out = dir.resolve(name);
        new ProjectExport(library).write(out, false, new NullProgressMonitor());
        return Qdpx.read(out);
    }

    @Test
    void theProjectValidatesAgainstTheRefiSchema() throws Exception {
        Qdpx q = export(coded(), "a.qdpx");
        Schemas.validateProject(q.entries().get("project.qde"));
        // everything the fixture has is there: two users, three cases' worth of sources, the notes and their links
        assertEquals(2, q.all("User").size());
        assertEquals(2, q.all("Case").size());
        assertEquals(2, q.all("TextSource").size(), "the shared document and alpha's note");
        assertEquals(5, q.all("PlainTextSelection").size());
        assertFalse(q.all("Link").isEmpty());
    }

    @Test
    void theSampleLibraryExportsToAValidProject() throws Exception {
        Library sample = SampleLibraries.copyTo(dir.resolve("sample"));
        ProjectExport.Result result = new ProjectExport(sample).write(dir.resolve("sample.qdpx"), false, new NullProgressMonitor());
        Qdpx q = Qdpx.read(result.file());
        Schemas.validateProject(q.entries().get("project.qde"));
        assertEquals(sample.root().getCases().size(), q.all("Case").size());
        assertEquals(sample.root().getCases().size(), result.cases());
    }

    @Test
    void twoExportsOfTheSameLibraryAreTheSameBytes() throws Exception {
        Library library = coded();
        Path a = dir.resolve("a.qdpx");
        Path b = dir.resolve("b.qdpx");
        new ProjectExport(library).write(a, false, new NullProgressMonitor());
        new ProjectExport(Library.open(library.folder())).write(b, false, new NullProgressMonitor());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void everySelectionSlicesTheCodedPassageFromItsTextFileByCodePoints() throws Exception {
        Library library = coded();
        Qdpx q = export(library, "a.qdpx");
        int checked = 0;
        for (Case c : library.root().getCases()) {
            for (Segment s : c.getSegments()) {
                Element selection = q.byGuid("PlainTextSelection", Guids.segment(s));
                Element source = (Element) selection.getParentNode();
                String path = source.getAttribute("plainTextPath");
                assertTrue(path.startsWith("internal://"), path);
                byte[] file = q.entries().get("sources/" + path.substring("internal://".length()));
                assertNotNull(file, path + " is in the zip");
                int[] cps = new String(file, StandardCharsets.UTF_8).codePoints().toArray();
                int start = Integer.parseInt(selection.getAttribute("startPosition"));
                int end = Integer.parseInt(selection.getAttribute("endPosition"));
                assertEquals(s.getQuote(), new String(cps, start, end - start), "selection " + s.getId());
                checked++;
            }
        }
        assertEquals(5, checked);
        // the emoji and the CJK Extension B character make code points and UTF-16 indices differ: offsets are code points
        Segment officials = library.findCase("alpha").orElseThrow().getSegments().stream()
                .filter(s -> s.getQuote().startsWith("Officials")).findFirst().orElseThrow();
        int utf16 = ExchangeLibraries.DOCUMENT_TEXT.indexOf("Officials");
        assertEquals(utf16 - 1, officials.getStart(), "one character before it lies outside the BMP");
    }

    @Test
    void builtInGroupsAreCategoriesHoldingTheirValuesAndUserCodesKeepDefinitionsAndColours() throws Exception {
        Qdpx q = export(coded(), "a.qdpx");
        Element drivers = q.all("Code").stream().filter(e -> e.getAttribute("name").equals("Drivers")).findFirst().orElseThrow();
        assertEquals("false", drivers.getAttribute("isCodable"));
        Set<String> values = Qdpx.children(drivers, "Code").stream().map(e -> e.getAttribute("name")).collect(Collectors.toSet());
        assertEquals(Set.of("governance", "logistical/feasibility", "both", "unknown"), values);
        Element trust = q.all("Code").stream().filter(e -> e.getAttribute("name").equals("Trust")).findFirst().orElseThrow();
        assertEquals("true", trust.getAttribute("isCodable"));
        assertEquals("#AA3300", trust.getAttribute("color"));
        assertEquals("Residents and officials relying on each other.", Qdpx.children(trust, "Description").get(0).getTextContent());
        assertEquals(List.of("Distrust of officials"), Qdpx.children(trust, "Code").stream().map(e -> e.getAttribute("name")).toList());
        assertEquals(1, Qdpx.children(trust, "NoteRef").size(), "its memo");
    }

    @Test
    void aCasesFactsAreVariablesAndItsSourcesAndSelectionsAreReferenced() throws Exception {
        Library library = coded();
        Qdpx q = export(library, "a.qdpx");
        Case alphaCase = library.findCase("alpha").orElseThrow();
        Element alpha = q.byGuid("Case", Guids.caseOf(alphaCase));
        assertEquals("alpha", q.value(alpha, "Case id"));
        assertEquals("BR; PT", q.value(alpha, "Countries"));
        assertEquals("budgeting; governance", q.value(alpha, "Sectors"));
        assertEquals("1989", q.value(alpha, "Period start"));
        assertEquals("true", q.value(alpha, "Ongoing"));
        assertEquals("state-sponsored", q.value(alpha, "Initiator mode"));
        assertEquals("P2-D2", q.value(alpha, "Placement"));
        assertEquals("P2-D1", q.value(alpha, "Placement (phase: start-up (1989-1992), component: budget forum)"));
        assertEquals("supportive", q.value(alpha, "State stance"));
        assertEquals("governance", q.value(alpha, "Drivers"));
        assertNull(q.value(alpha, "Period note"), "an empty fact is left out");
        assertEquals("Residents decide part of the city budget.", Qdpx.children(alpha, "Description").get(0).getTextContent());
        assertEquals(2, Qdpx.children(alpha, "SourceRef").size(), "the document and the note");
        assertEquals(alphaCase.getSegments().size(), Qdpx.children(alpha, "SelectionRef").size());
        // the variables on the integer fact are typed as the schema wants
        Element periodStart = q.all("Variable").stream().filter(v -> v.getAttribute("name").equals("Period start")).findFirst()
                .orElseThrow();
        assertEquals("Integer", periodStart.getAttribute("typeOfVariable"));
    }

    @Test
    void whatHasNoRefiElementIsInTheCasesRecordNoteLinkedToTheCase() throws Exception {
        Library library = coded();
        Qdpx q = export(library, "a.qdpx");
        Case alpha = library.findCase("alpha").orElseThrow();
        Element record = q.byGuid("Note", Guids.record(alpha));
        String text = Qdpx.children(record, "PlainTextContent").get(0).getTextContent();
        assertTrue(text.contains("residents' evenings at the forum"), text);
        assertTrue(text.contains("affiliation: Workers' Party"), text);
        assertTrue(text.contains("justification: Bovaird's own example."), text);
        assertTrue(q.all("Link").stream().anyMatch(l -> l.getAttribute("originGUID").equals(Guids.record(alpha))
                && l.getAttribute("targetGUID").equals(Guids.caseOf(alpha))));
    }

    @Test
    void aSubsetCarriesOnlyItsCasesAndTheDocumentsTheyDrawOn() throws Exception {
        Library library = coded();
        Path out = dir.resolve("beta.qdpx");
        new ProjectExport(library, ProjectExport.cases(library, List.of("beta"))).write(out, false, new NullProgressMonitor());
        Qdpx q = Qdpx.read(out);
        Schemas.validateProject(q.entries().get("project.qde"));
        assertEquals(1, q.all("Case").size());
        assertEquals(1, q.all("TextSource").size(), "the shared document, without alpha's note");
        assertEquals(1, q.all("PlainTextSelection").size(), "beta's passage only");
        assertThrows(RefiException.class, () -> ProjectExport.cases(library, List.of("beta", "gamma")));
    }

    @Test
    void theCodebookAloneValidatesAgainstTheCodebookSchema() throws Exception {
        Library library = coded();
        Path out = dir.resolve("codes.qdc");
        CodebookExport.Result result = new CodebookExport(library).write(out, false, new NullProgressMonitor());
        Schemas.validateCodebook(Files.readAllBytes(out));
        assertEquals(library.root().getCodebook().getCodes().size(), result.codes());
        assertTrue(Files.readString(out).contains("name=\"Distrust of officials\""));
    }

    @Test
    void anExportNeverWritesIntoTheLibraryNorOverAFileUnlessAskedAndLeavesNothingHalfWritten() throws Exception {
        Library library = coded();
        RefiException inside = assertThrows(RefiException.class,
                () -> new ProjectExport(library).write(library.folder().resolve("x.qdpx"), false, new NullProgressMonitor()));
        assertTrue(inside.getMessage().contains("inside the case library"), inside.getMessage());
        Path out = dir.resolve("a.qdpx");
        Files.writeString(out, "keep me");
        RefiException exists = assertThrows(RefiException.class, () -> new ProjectExport(library).write(out, false,
                new NullProgressMonitor()));
        assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
        assertEquals("keep me", Files.readString(out));
        new ProjectExport(library).write(out, true, new NullProgressMonitor());
        assertTrue(Files.size(out) > 1000);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
        assertThrows(RefiException.class, () -> new ProjectExport(library).write(dir.resolve("a.zip"), false, new NullProgressMonitor()));
    }
}
