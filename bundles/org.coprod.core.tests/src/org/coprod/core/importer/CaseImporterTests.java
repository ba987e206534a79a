package org.coprod.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coprod.core.Library;
import org.coprod.model.ActorType;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.Confidence;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Source;
import org.coprod.model.ContributionKind;
import org.coprod.model.Sector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseImporterTests {

    private static final String HEADER = "id,name,countries,sectors,period_start,case_type,codings,actors,contributions,sources,note";
    private static final String GOOD_1 = "lanes,Lane sewers,PK,sanitation,1980,example,"
            + "\"P2-D2|coder|medium||lane sewers|residents build them;P1-D1|coder|low||trunk sewers|\","
            + "Residents' groups|community organisation|co-deliverer|delivering,"
            + "Residents' groups|money|1000|PKR|1985|lane sewers|,mitlin-2008|section III,\"**Lanes** built by residents\"";
    private static final String GOOD_2 = "shop,Village shop,GB,retail,2004,case study,"
            + "P2-D3|document|high|||,Volunteers|volunteer|deliverer|,,,";

    @TempDir
    Path dir;
    Library library;

    @BeforeEach
    void library() throws IOException {
        library = Library.create(dir.resolve("lib"), "Import target");
        Source mitlin = CoprodFactory.eINSTANCE.createSource();
        mitlin.setId("mitlin-2008");
        mitlin.setCitation("Mitlin, D. (2008). With and beyond the state.");
        library.root().getSources().add(mitlin);
    }

    private Path csv(String... lines) throws IOException {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private CaseImporter.Result importCsv(CaseImporter.Options options, String... lines) throws IOException {
        return new CaseImporter(library).importTable(CaseTable.read(csv(lines)), options);
    }

    @Test
    void goodCsvImportsEveryFieldAndSharesActors() throws IOException {
        CaseImporter.Result result = importCsv(CaseImporter.Options.STRICT, HEADER, GOOD_1, GOOD_2);
        assertTrue(result.applied());
        assertEquals(List.of("lanes", "shop"), result.added());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        Case lanes = library.findCase("lanes").orElseThrow();
        assertEquals(List.of("PK"), lanes.getCountries());
        assertEquals(List.of(Sector.SANITATION), lanes.getSectors());
        assertEquals(1980, lanes.getPeriodStart());
        assertEquals(2, lanes.getCodings().size());
        assertEquals("lane sewers", lanes.getCodings().get(0).getComponent());
        assertEquals(AssignedBy.CODER, lanes.getCodings().get(0).getAssignedBy());
        assertEquals(Confidence.MEDIUM, lanes.getCodings().get(0).getConfidence());
        assertEquals("P1-D1", lanes.getCodings().get(1).getCell().getCode());
        assertEquals(ContributionKind.MONEY, lanes.getContributions().get(0).getKind());
        assertEquals(1000.0, lanes.getContributions().get(0).getAmount());
        assertTrue(lanes.getContributions().get(0).getActor() == lanes.getRoles().get(0).getActor(), "one actor, referred to twice");
        assertEquals("mitlin-2008", lanes.getSources().get(0).getSource().getId());
        assertEquals("section III", lanes.getSources().get(0).getLocator());
        assertEquals("**Lanes** built by residents", lanes.getNotes().get(0).getText());
        Case shop = library.findCase("shop").orElseThrow();
        assertEquals(AssignedBy.DOCUMENT, shop.getCodings().get(0).getAssignedBy());
        library.save();
        assertEquals(2, Library.open(library.folder()).root().getCases().size());
    }

    @Test
    void everyBadCellIsReportedWithRowColumnAndReasonAndNothingIsImported() throws IOException {
        CaseImporter.Result result = importCsv(CaseImporter.Options.STRICT, HEADER, GOOD_1,
                "bad,Bad row,XX,plumbing,19x0,example,P9-D9|coder|high|||,,,,",
                "Bad Id!,,,,,,,,,,");
        assertFalse(result.applied());
        assertTrue(library.root().getCases().isEmpty(), "a file with errors imports nothing");
        List<String> messages = result.problems().stream().map(ImportProblem::toString).toList();
        assertTrue(messages.contains("row 3, column 'countries': 'XX' is not an ISO 3166-1 alpha-2 country code"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("row 3, column 'sectors': 'plumbing' is not a sector (one of: housing, ")),
                messages.toString());
        assertTrue(messages.contains("row 3, column 'period_start': '19x0' is not a year (four digits)"), messages.toString());
        assertTrue(messages.contains("row 3, column 'codings': no cell 'P9-D9' in typology 'bovaird'"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("row 4, column 'id': 'Bad Id!' is not a valid id")), messages.toString());
        assertTrue(messages.contains("row 4, column 'name': a case needs a name"), messages.toString());
    }

    @Test
    void badRowsAreSkippedOnlyWhenAsked() throws IOException {
        CaseImporter.Result result = importCsv(new CaseImporter.Options(true, false), HEADER, GOOD_1, "bad,Bad row,XX,,,,,,,,", GOOD_2);
        assertTrue(result.applied());
        assertEquals(List.of("lanes", "shop"), result.added());
        assertEquals(1, result.skippedRows());
        assertEquals(1, result.problems().size());
    }

    @Test
    void codingTheNotApplicableCellIsRefused() throws IOException {
        CaseImporter.Result result = importCsv(CaseImporter.Options.STRICT, HEADER, "x,X,PK,,,,P3-D1|coder|low|||,,,,");
        assertFalse(result.applied());
        assertTrue(result.problems().get(0).message().contains("not applicable"));
    }

    @Test
    void existingCaseIsRefusedUnlessMergeIsAsked() throws IOException {
        assertTrue(importCsv(CaseImporter.Options.STRICT, HEADER, GOOD_2).applied());
        String renamed = GOOD_2.replace("Village shop", "Village shop and post office");
        CaseImporter.Result refused = importCsv(CaseImporter.Options.STRICT, HEADER, renamed);
        assertFalse(refused.applied());
        assertTrue(refused.problems().get(0).message().contains("already has a case 'shop'"), refused.problems().toString());
        assertEquals("Village shop", library.findCase("shop").orElseThrow().getName(), "never overwritten silently");
        CaseImporter.Result merged = importCsv(new CaseImporter.Options(false, true), HEADER, renamed);
        assertTrue(merged.applied());
        assertEquals(List.of("shop"), merged.merged());
        assertEquals("Village shop and post office", library.findCase("shop").orElseThrow().getName());
        assertEquals(1, library.root().getCases().size());
    }

    @Test
    void duplicateIdsInOneFileAreReported() throws IOException {
        CaseImporter.Result result = importCsv(CaseImporter.Options.STRICT, HEADER, GOOD_2, GOOD_2);
        assertFalse(result.applied());
        assertEquals("row 3, column 'id': id 'shop' appears twice in the file", result.problems().get(0).toString());
    }

    @Test
    void unknownColumnsAndMissingRequiredColumnsAreReported() throws IOException {
        CaseImporter.Result result = importCsv(CaseImporter.Options.STRICT, "id,title", "a,b");
        assertFalse(result.applied());
        List<String> messages = result.problems().stream().map(ImportProblem::toString).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("row 1, column 'title': unknown column")), messages.toString());
        assertTrue(messages.contains("row 1, column 'name': required column missing"), messages.toString());
    }

    @Test
    void parentMayBeLaterInTheFileOrMissing() throws IOException {
        String header = "id,name,countries,parent";
        assertTrue(importCsv(CaseImporter.Options.STRICT, header, "child,Child,BR,mother", "mother,Mother,BR,").applied());
        assertEquals("mother", library.findCase("child").orElseThrow().getParent().getId());
        CaseImporter.Result orphan = importCsv(CaseImporter.Options.STRICT, header, "orphan,Orphan,BR,nobody");
        assertFalse(orphan.applied());
        assertEquals("row 2, column 'parent': no case with id 'nobody'", orphan.problems().get(0).toString());
    }

    @Test
    void nonUtf8FileIsRefusedWithAClearMessage() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (HEADER + "\nsao,S\u00e3o Paulo,BR,,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        IOException e = assertThrows(IOException.class, () -> CaseTable.read(file));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void otherFileTypesAreRefused() throws IOException {
        Path file = dir.resolve("cases.txt");
        Files.writeString(file, "hello");
        IOException e = assertThrows(IOException.class, () -> CaseTable.read(file));
        assertTrue(e.getMessage().contains("not a .csv or .xlsx file"), e.getMessage());
        Path fake = dir.resolve("fake.xlsx");
        Files.writeString(fake, "not a workbook");
        IOException e2 = assertThrows(IOException.class, () -> CaseTable.read(fake));
        assertTrue(e2.getMessage().contains("fake.xlsx"), e2.getMessage());
    }

    @Test
    void xlsxWorkbookImportsLikeCsvAndReportsSpreadsheetRowNumbers() throws IOException {
        Path file = dir.resolve("cases.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("cases");
            String[][] rows = { { "id", "name", "countries", "period_start", "codings" }, { "pb", "Participatory budget", "BR", "1989",
                    "P2-D1|document|high|||" },
                    { "bad", "Bad", "BR", "later", "" } };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r == 1 && c == 3) {
                        row.createCell(c).setCellValue(1989); // a numeric cell, as Excel stores years
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        CaseImporter.Result strict = new CaseImporter(library).importTable(CaseTable.read(file), CaseImporter.Options.STRICT);
        assertFalse(strict.applied());
        assertEquals("row 3, column 'period_start': 'later' is not a year (four digits)", strict.problems().get(0).toString());
        CaseImporter.Result skipping = new CaseImporter(library).importTable(CaseTable.read(file), new CaseImporter.Options(true, false));
        assertEquals(List.of("pb"), skipping.added());
        assertEquals(1989, library.findCase("pb").orElseThrow().getPeriodStart());
        assertEquals("P2-D1", library.findCase("pb").orElseThrow().getCodings().get(0).getCell().getCode());
    }

    @Test
    void actorIdsDropAccentsAsTheEditorsCaseIdsDoAndTypesReadWithAnySeparator() throws IOException {
        CaseImporter.Result result = importCsv(CaseImporter.Options.STRICT, HEADER,
                "pb,Participatory budget,br,,1989,example,,Prefeitura de São Paulo|Local-Government|co-planner|planning,,,");
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        Case pb = library.findCase("pb").orElseThrow();
        assertEquals(List.of("BR"), pb.getCountries());
        // the importer's old rule made "actor-prefeitura-de-s-o-paulo" and refused "Local-Government"
        assertEquals("actor-prefeitura-de-sao-paulo", pb.getRoles().get(0).getActor().getId());
        assertEquals(ActorType.LOCAL_GOVERNMENT, pb.getRoles().get(0).getActor().getType());
    }
}
