package org.coprod.core.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coprod.core.Library;
import org.coprod.model.Actor;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Outcome;
import org.coprod.model.Role;
import org.coprod.model.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's rules that used to change a library silently (issue 8, items 8, 9, 21, 22, 24), on real files. */
class ImportRulesTests {

    private static final CaseImporter.Options SKIP = new CaseImporter.Options(true, false);
    private static final CaseImporter.Options MERGE = new CaseImporter.Options(false, true);

    @TempDir
    Path dir;
    Library library;

    @BeforeEach
    void library() throws IOException {
        library = Library.create(dir.resolve("lib"), "Import target");
        Source mitlin = CoprodFactory.eINSTANCE.createSource();
        mitlin.setId("mitlin-2008");
        mitlin.setCitation("Mitlin, D. (2008). With and beyond the state.");
        mitlin.setDocument("000.txt");
        mitlin.setYear(2008);
        library.root().getSources().add(mitlin);
        library.save();
    }

    private CaseImporter.Result importCsv(CaseImporter.Options options, String... lines) throws IOException {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return new CaseImporter(library).importTable(CaseTable.read(file), options);
    }

    private static List<String> messages(CaseImporter.Result result) {
        return result.problems().stream().map(ImportProblem::toString).toList();
    }

    private List<String> actorNames() {
        return library.root().getActors().stream().map(Actor::getName).toList();
    }

    @Test
    void skippedRowsLeaveNoActorsBehind() throws IOException {
        CaseImporter.Result result = importCsv(SKIP, "id,name,countries,actors,contributions",
                "good,Good,BR,Residents|community organisation|co-deliverer||,",
                "bad,Bad,XX,Orphan group|NGO|deliverer||,Orphan funder|money|10|BRL||,",
                "other,Other,BR,Other NGO|NGO|deliverer||,");
        assertTrue(result.applied(), messages(result).toString());
        assertEquals(List.of("good", "other"), result.added());
        assertEquals(List.of("Residents", "Other NGO"), actorNames());
        // refused for its id (the library has it) after its cells were read: its new actor must not stay either
        CaseImporter.Result again = importCsv(SKIP, "id,name,countries,actors", "good,Good again,BR,Third orphan|NGO|deliverer||");
        assertEquals(1, again.skippedRows());
        assertFalse(actorNames().contains("Third orphan"), actorNames().toString());
    }

    @Test
    void aMergeRowReplacesWhatItFillsEvenWithNo() throws IOException {
        assertTrue(importCsv(CaseImporter.Options.STRICT, "id,name,ongoing,summary,state_stance,network_level",
                "pb,Budget,yes,Kept summary,initiator,city").applied());
        CaseImporter.Result merged = importCsv(MERGE, "id,name,ongoing,summary,state_stance,network_level", "pb,Budget,no,,,national");
        assertTrue(merged.applied(), messages(merged).toString());
        Case pb = library.findCase("pb").orElseThrow();
        assertFalse(pb.isOngoing(), "ongoing = no replaces yes");
        assertEquals("Kept summary", pb.getSummary(), "an empty cell keeps the case's value");
        assertEquals("initiator", pb.getPoliticalProfile().getStateStance().getLiteral(), "an empty politics cell keeps its value");
        assertEquals("national", pb.getPoliticalProfile().getNetworkLevel().getLiteral());
    }

    @Test
    void xlsxFormulaCellsGiveTheirValueAndNumberCellsTheirDigits() throws IOException {
        Path file = dir.resolve("cases.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("cases");
            Row header = sheet.createRow(0);
            String[] columns = { "id", "name", "countries", "period_start", "period_end" };
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("pb");
            row.createCell(1).setCellFormula("CONCATENATE(\"Participatory \",\"budget\")");
            row.createCell(2).setCellValue("BR");
            row.createCell(3).setCellFormula("1980+9");
            CellStyle grouped = workbook.createCellStyle();
            grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            row.createCell(4).setCellValue(2004);
            row.getCell(4).setCellStyle(grouped); // shown as "2,004"
            workbook.write(out);
        }
        CaseImporter.Result result = new CaseImporter(library).importTable(CaseTable.read(file), CaseImporter.Options.STRICT);
        assertTrue(result.applied(), messages(result).toString());
        Case pb = library.findCase("pb").orElseThrow();
        assertEquals("Participatory budget", pb.getName());
        assertEquals(1989, pb.getPeriodStart());
        assertEquals(2004, pb.getPeriodEnd());
    }

    @Test
    void numbersWithSeparatorsOrNaNAreRefusedWithTheirReason() throws IOException {
        CaseImporter.Result result = importCsv(CaseImporter.Options.STRICT, "id,name,countries,contributions",
                "a,A,BR,\"City|money|2,500,000|BRL||\"", "b,B,BR,City|money|NaN|BRL||", "c,C,BR,City|money|Infinity|BRL||");
        assertFalse(result.applied());
        List<String> m = messages(result);
        assertTrue(m.contains("row 2, column 'contributions': '2,500,000' has thousands separators: write the digits alone, with '.' for "
                + "decimals (2500000, not 2,500,000)"), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("row 3, column 'contributions': 'NaN' is not a number")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("row 4, column 'contributions': 'Infinity' is not a number")), m.toString());
    }

    @Test
    void valuesBeyondTheHeaderAndRepeatedColumnsAreRefused() throws IOException {
        CaseImporter.Result extra = importCsv(CaseImporter.Options.STRICT, "id,name,countries", "a,A,BR,lost value");
        assertFalse(extra.applied());
        assertTrue(messages(extra).get(0).startsWith("row 2, column 'D': a value beyond the header's last column (3)"),
                messages(extra).toString());
        CaseImporter.Result twice = importCsv(CaseImporter.Options.STRICT, "id,name,countries,countries", "a,A,BR,PK");
        assertFalse(twice.applied());
        assertEquals("row 1, column 'countries': the column appears twice in the header (only one of them would be read)",
                messages(twice).get(0));
        assertTrue(library.root().getCases().isEmpty());
    }

    @Test
    void anUnknownSourceIdIsAnErrorNeverAStubSource() throws IOException {
        CaseImporter.Result result = importCsv(CaseImporter.Options.STRICT, "id,name,countries,sources", "a,A,BR,mitlin-2080|section V");
        assertFalse(result.applied());
        assertTrue(messages(result).get(0).startsWith("row 2, column 'sources': no source 'mitlin-2080' in the library"),
                messages(result).toString());
        assertEquals(1, library.root().getSources().size());
    }

    @Test
    void aSourcesTableChangesOnlyTheFieldsItFills() throws IOException {
        Path file = dir.resolve("sources.csv");
        Files.writeString(file, "id,citation,short_title\nmitlin-2008,\"Mitlin, D. (2008), revised.\",\n");
        List<ImportProblem> problems = new SourceImporter(library).importTable(CaseTable.read(file));
        assertTrue(problems.isEmpty(), problems.toString());
        Source mitlin = library.root().getSources().get(0);
        assertEquals("Mitlin, D. (2008), revised.", mitlin.getCitation());
        assertEquals("000.txt", mitlin.getDocument(), "a column the table lacks keeps its value");
        assertEquals(2008, mitlin.getYear());
    }

    @Test
    void aParentCycleIsRefusedInTheFileAndAgainstTheLibrary() throws IOException {
        CaseImporter.Result inFile = importCsv(CaseImporter.Options.STRICT, "id,name,countries,parent", "a,A,BR,b", "b,B,BR,a");
        assertFalse(inFile.applied());
        assertTrue(messages(inFile).contains("row 2, column 'parent': the case would be its own ancestor (a → b → a)"),
                messages(inFile).toString());
        assertTrue(importCsv(CaseImporter.Options.STRICT, "id,name,countries,parent", "mother,Mother,BR,",
                "child,Child,BR,mother").applied());
        CaseImporter.Result merged = importCsv(MERGE, "id,name,countries,parent", "mother,Mother,BR,child");
        assertFalse(merged.applied());
        assertEquals("row 2, column 'parent': the case would be its own ancestor (mother → child → mother)", messages(merged).get(0));
        assertNull(library.findCase("mother").orElseThrow().getParent());
    }

    @Test
    void whatASaveCannotWriteIsRefusedWhenTheRowIsRead() throws IOException {
        String longId = "a".repeat(200);
        CaseImporter.Result result = importCsv(CaseImporter.Options.STRICT, "id,name,countries,summary", "nul,Nul,BR,before\u0000after",
                longId + ",Long,BR,", "ok,Fine,BR,");
        assertFalse(result.applied());
        List<String> m = messages(result);
        assertTrue(m.contains("row 2, column 'summary': holds the character U+0000 at position 7, which a case file cannot store"),
                m.toString());
        assertTrue(m.contains("row 3, column 'id': an id has at most 120 characters (this one has 200)"), m.toString());
        assertTrue(library.root().getCases().isEmpty());
    }

    @Test
    void aCaseWhoseFileIsDamagedIsRefusedAndItsFileKept() throws IOException {
        assertTrue(importCsv(CaseImporter.Options.STRICT, "id,name,countries", "beta,Beta,GB").applied());
        library.save();
        Path file = library.folder().resolve("cases/beta.xmi");
        byte[] damaged = "<?xml version=\"1.0\"?>\n<coprod:Case id=\"beta\" name=\"unclosed>\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, damaged);
        library = Library.open(library.folder());
        for (CaseImporter.Options options : List.of(CaseImporter.Options.STRICT, MERGE, SKIP)) {
            CaseImporter.Result result = importCsv(options, "id,name,countries", "beta,Beta again,GB");
            assertTrue(result.added().isEmpty() && result.merged().isEmpty(), options + ": " + result);
            String expected = "row 2, column 'id': the library's file for 'beta', " + file.toAbsolutePath().normalize()
                    + ", could not be read";
            assertTrue(messages(result).get(0).startsWith(expected), messages(result).toString());
            library.save();
            assertArrayEquals(damaged, Files.readAllBytes(file), options + ": never written over");
        }
    }

    @Test
    void anOutcomeIsLinkedOnlyToTheEvidenceItNames() throws IOException {
        CaseImporter.Result result = importCsv(CaseImporter.Options.STRICT, "id,name,countries,evidence,outcomes",
                "pb,Budget,BR,visit and documents|independent researcher||site visit;opinion poll|unknown|2003|poll,"
                        + "participation|participants|50000|people|2002|counted|;political/institutional|support|64|percent|2003||2;"
                        + "political/institutional|support again|64|percent|2003||opinion poll");
        assertTrue(result.applied(), messages(result).toString());
        List<Outcome> outcomes = library.findCase("pb").orElseThrow().getOutcomes();
        assertNull(outcomes.get(0).getEvidence(), "an outcome that names no evidence is linked to none");
        assertEquals("poll", outcomes.get(1).getEvidence().getDescription());
        assertSame(outcomes.get(1).getEvidence(), outcomes.get(2).getEvidence());
        CaseImporter.Result bad = importCsv(CaseImporter.Options.STRICT, "id,name,countries,evidence,outcomes",
                "x,X,BR,opinion poll|unknown|2003|poll,participation|participants|5|people|2002||3");
        assertEquals("row 2, column 'outcomes': no evidence item 3 (the row's evidence column has 1)", messages(bad).get(0));
    }

    @Test
    void aRolesYearsAndWordsAreNotItsComponent() throws IOException {
        CaseImporter.Result result = importCsv(CaseImporter.Options.STRICT, "id,name,countries,actors",
                "pb,Budget,BR,Union|union|other||||withdrew in the early 1990s;City|local government|deliverer|delivering|works|1989-|");
        assertTrue(result.applied(), messages(result).toString());
        List<Role> roles = library.findCase("pb").orElseThrow().getRoles();
        assertNull(roles.get(0).getComponent());
        assertEquals("withdrew in the early 1990s", roles.get(0).getDescription());
        assertEquals("works", roles.get(1).getComponent());
        assertEquals(1989, roles.get(1).getStartYear());
        assertNull(roles.get(1).getEndYear());
        CaseImporter.Result words = importCsv(CaseImporter.Options.STRICT, "id,name,countries,actors",
                "x,X,BR,Union|union|other|||early 1990s|");
        assertTrue(messages(words).get(0).startsWith("row 2, column 'actors': 'early 1990s' is not a period of years"),
                messages(words).toString());
    }
}
