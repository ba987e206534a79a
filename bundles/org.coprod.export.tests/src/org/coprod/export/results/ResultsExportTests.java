package org.coprod.export.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coprod.core.BovairdTypology;
import org.coprod.core.Library;
import org.coprod.export.BriefException;
import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Role;
import org.coprod.model.TypologyCoding;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of search results written to real files and read back with Commons CSV and POI. */
class ResultsExportTests {

    /** Participedia's case export header for rows with one purpose and up to two approaches, typed from its source. */
    private static final List<String> PARTICIPEDIA_HEADER = List.of("id", "type", "title", "url", "description", "featured", "post_date",
            "updated_date", "creator_id", "creator_name", "creator_profile_url", "last_updated_by_id", "last_updated_by_name",
            "last_updated_by_profile_url", "original_language", "address1", "address2", "city", "province", "postal_code", "country",
            "latitude", "longitude", "is_component_of_id", "is_component_of_title", "is_component_of_url",
            "specific_methods_tools_techniques_titles", "has_components_titles", "start_date", "end_date", "ongoing", "time_limited",
            "purposes_1", "approaches_1", "approaches_2", "public_spectrum", "open_limited", "recruitment_method", "legality",
            "facilitators", "facilitator_training", "facetoface_online_or_both", "primary_organizer_id", "primary_organizer_title",
            "primary_organizer_url", "funder", "staff", "volunteers", "impact_evidence", "formal_evaluation", "body", "files_count",
            "links_count", "photos_count", "videos_count", "audio_count", "evaluation_reports_count", "evaluation_links_count",
            "collections");

    private static final String HOSTILE_NAME = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @TempDir
    Path dir;
    private Library library;
    private List<Case> cases;

    @BeforeEach
    void library() throws IOException {
        library = Library.create(dir.resolve("lib"), "Export test");
        Actor council = actor("council", "City council", ActorType.LOCAL_GOVERNMENT);
        Actor firm = actor("firm", "Builders Ltd", ActorType.PRIVATE_SECTOR);
        Case parent = newCase("parent", "Orangi Pilot Project", "PK");
        parent.setSummary("+ sanitation built lane by lane");
        parent.setPeriodStart(1980);
        parent.setOngoing(true);
        parent.getRoles().add(role(council));
        parent.getRoles().add(role(firm));
        place(parent, "P2-D2");
        Case child = newCase("child", HOSTILE_NAME, "GB");
        place(child, "P2-D1");
        child.setParent(parent);
        child.setPeriodStart(1990);
        child.setPeriodEnd(1995);
        child.getPlaces().add("-Leeds");
        child.getRoles().add(role(council));
        Case unknown = newCase("unknown", "@mention only", "BR");
        unknown.setPeriodStart(2001);
        unknown.setSummary(null);
        cases = new ArrayList<>(List.of(parent, child, unknown));
    }

    private Actor actor(String id, String name, ActorType type) {
        Actor a = CoprodFactory.eINSTANCE.createActor();
        a.setId(id);
        a.setName(name);
        a.setType(type);
        library.root().getActors().add(a);
        return a;
    }

    private void place(Case c, String cell) {
        TypologyCoding coding = CoprodFactory.eINSTANCE.createTypologyCoding();
        coding.setCell(library.findCell(BovairdTypology.ID, cell).orElseThrow());
        c.getCodings().add(coding);
    }

    private static Role role(Actor a) {
        Role r = CoprodFactory.eINSTANCE.createRole();
        r.setActor(a);
        return r;
    }

    private Case newCase(String id, String name, String country) {
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId(id);
        c.setName(name);
        c.getCountries().add(country);
        c.setSummary("A case.");
        return library.addCase(c);
    }

    private Path write(ResultFormat format, String name) throws BriefException {
        Path file = dir.resolve(name);
        ResultsExport.Result r = new ResultsExport(format, file, library.folder(), false).write(cases, library.root(),
                new NullProgressMonitor());
        assertEquals(cases.size(), r.cases());
        return file;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for Excel");
        try (Reader in = new StringReader(text.substring(1)); CSVParser p = CSVFormat.RFC4180.parse(in)) {
            return p.getRecords();
        }
    }

    @Test
    void theParticipediaHeaderIsTheirCaseExportsColumnsInTheirOrder() throws Exception {
        Path file = write(ResultFormat.PARTICIPEDIA, "cases.participedia.csv");
        List<CSVRecord> rows = read(file);
        assertEquals(PARTICIPEDIA_HEADER, rows.get(0).toList());
        assertEquals(1 + cases.size(), rows.size());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"id\",\"type\",\"title\","), text.substring(0, 40));
        assertFalse(text.endsWith("\n"), "json2csv writes no line end after the last row");
        assertFalse(text.contains("\r"), "LF line ends as Participedia's export");
    }

    @Test
    void participediaRowsCarryWhatTheLibraryHoldsAndNothingItDoesNot() throws Exception {
        List<CSVRecord> rows = read(write(ResultFormat.PARTICIPEDIA, "p.participedia.csv"));
        List<String> h = rows.get(0).toList();
        CSVRecord parent = rows.get(1);
        CSVRecord child = rows.get(2);
        CSVRecord unknown = rows.get(3);
        assertEquals("case", parent.get(h.indexOf("type")));
        assertEquals("Pakistan", parent.get(h.indexOf("country")));
        assertEquals("United Kingdom", child.get(h.indexOf("country")));
        assertEquals("Brazil", unknown.get(h.indexOf("country")));
        assertEquals("1", parent.get(h.indexOf("ongoing")));
        assertEquals("0", child.get(h.indexOf("ongoing")), "an end year recorded: not ongoing");
        assertEquals("", unknown.get(h.indexOf("ongoing")), "no end recorded is not 'not ongoing'");
        assertEquals("coproduction", parent.get(h.indexOf("approaches_1")));
        assertEquals(" coproduction_form", parent.get(h.indexOf("approaches_2")), "values after the first start with a space");
        assertEquals("", unknown.get(h.indexOf("approaches_1")), "no actor recorded: no approach claimed");
        assertEquals("deliver", parent.get(h.indexOf("purposes_1")), "users co-deliver in P2-D2");
        assertEquals("", child.get(h.indexOf("purposes_1")), "professionals deliver in P2-D1");
        assertEquals("", unknown.get(h.indexOf("purposes_1")), "no placement: no purpose claimed");
        assertEquals("parent", child.get(h.indexOf("is_component_of_id")));
        assertEquals("Orangi Pilot Project", child.get(h.indexOf("is_component_of_title")));
        assertEquals("'" + HOSTILE_NAME, parent.get(h.indexOf("has_components_titles")), "the child case, neutralised");
        assertEquals("", child.get(h.indexOf("has_components_titles")));
        assertEquals("", parent.get(h.indexOf("url")), "our ids are not Participedia ids: no Participedia address");
        assertEquals("", parent.get(h.indexOf("start_date")), "a year is not a day");
    }

    @Test
    void csvCellsThatWouldStartAFormulaAreNeutralised() throws Exception {
        List<CSVRecord> ours = read(write(ResultFormat.CSV, "cases.csv"));
        List<String> h = ours.get(0).toList();
        assertEquals(ResultColumns.names(), h);
        assertEquals("'" + HOSTILE_NAME, ours.get(2).get(h.indexOf("name")));
        assertEquals("'-Leeds", ours.get(2).get(h.indexOf("places")));
        assertEquals("'+ sanitation built lane by lane", ours.get(1).get(h.indexOf("summary")));
        assertEquals("'@mention only", ours.get(3).get(h.indexOf("name")));
        assertEquals("Orangi Pilot Project", ours.get(1).get(h.indexOf("name")), "harmless text is left as it is");
        List<CSVRecord> theirs = read(write(ResultFormat.PARTICIPEDIA, "cases.participedia.csv"));
        List<String> ph = theirs.get(0).toList();
        assertEquals("'" + HOSTILE_NAME, theirs.get(2).get(ph.indexOf("title")));
        assertEquals("'+ sanitation built lane by lane", theirs.get(1).get(ph.indexOf("description")));
        for (CSVRecord r : theirs) {
            for (String cell : r) {
                assertFalse(FormulaGuard.risky(cell), cell);
            }
        }
    }

    @Test
    void excelCellsThatWouldStartAFormulaStayQuotedText() throws Exception {
        Path file = write(ResultFormat.XLSX, "cases.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet(ResultsWorkbook.SHEET);
            List<String> h = new ArrayList<>();
            sheet.getRow(0).forEach(c -> h.add(c.getStringCellValue()));
            assertEquals(ResultColumns.names(), h);
            Cell name = sheet.getRow(2).getCell(h.indexOf("name"));
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(HOSTILE_NAME, name.getStringCellValue(), "the text is kept as the library holds it");
            assertTrue(name.getCellStyle().getQuotePrefixed(), "marked as text, as Excel marks a typed '=…");
            assertTrue(sheet.getRow(2).getCell(h.indexOf("places")).getCellStyle().getQuotePrefixed());
            assertFalse(sheet.getRow(1).getCell(h.indexOf("name")).getCellStyle().getQuotePrefixed());
            for (Row row : sheet) {
                for (Cell c : row) {
                    assertNotEquals(CellType.FORMULA, c.getCellType(), "no formula anywhere");
                }
            }
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(h.indexOf("period start")).getCellType());
            assertEquals(1980, (int) sheet.getRow(1).getCell(h.indexOf("period start")).getNumericCellValue());
            assertEquals(cases.size() + 1, sheet.getPhysicalNumberOfRows());
        }
    }

    @Test
    void ourColumnsLeaveUnknownEmptyAndNameCountriesInEnglish() throws Exception {
        List<CSVRecord> ours = read(write(ResultFormat.CSV, "known.csv"));
        List<String> h = ours.get(0).toList();
        assertEquals("yes", ours.get(1).get(h.indexOf("ongoing")));
        assertEquals("no", ours.get(2).get(h.indexOf("ongoing")));
        assertEquals("", ours.get(3).get(h.indexOf("ongoing")), "unknown is never shown as no");
        assertEquals("", ours.get(3).get(h.indexOf("summary")));
        assertEquals("", ours.get(3).get(h.indexOf("initiator")));
        assertEquals("Pakistan", ours.get(1).get(h.indexOf("country")));
        assertEquals("PK", ours.get(1).get(h.indexOf("country code")));
        assertEquals("parent", ours.get(2).get(h.indexOf("parent case")));
    }

    @Test
    void anExportNeverWritesIntoTheLibraryNorOverAFile() throws Exception {
        Path inside = library.folder().resolve("cases.csv");
        BriefException e = assertThrows(BriefException.class, () -> new ResultsExport(ResultFormat.CSV, inside, library.folder(), true)
                .write(cases, library.root(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("inside the case library"), e.getMessage());
        assertFalse(Files.exists(inside));
        Path existing = Files.writeString(dir.resolve("kept.csv"), "mine");
        assertThrows(BriefException.class, () -> new ResultsExport(ResultFormat.CSV, existing, library.folder(), false)
                .write(cases, library.root(), new NullProgressMonitor()));
        assertEquals("mine", Files.readString(existing));
        BriefException named = assertThrows(BriefException.class, () -> new ResultsExport(ResultFormat.XLSX,
                dir.resolve("wrong.csv"), library.folder(), false).check());
        assertTrue(named.getMessage().contains("wrong.csv"), named.getMessage());
    }

    @Test
    void theFormatComesFromTheWholeEnding() {
        assertEquals(ResultFormat.PARTICIPEDIA, ResultFormat.of(Path.of("a.Participedia.CSV")).orElseThrow());
        assertEquals(ResultFormat.CSV, ResultFormat.of(Path.of("participedia.csv")).orElseThrow());
        assertEquals(ResultFormat.XLSX, ResultFormat.of(Path.of("a.xlsx")).orElseThrow());
        assertTrue(ResultFormat.of(Path.of("a.docx")).isEmpty());
    }
}
