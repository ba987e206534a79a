package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** {@code coprod validate --json} names, for every problem, the case, the field, the file and the rule. */
class ValidateCommandTests {

    @TempDir
    Path dir;

    String out;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int code = new Commands(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        return code;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> problems() {
        return (List<Map<String, Object>>) new Gson().fromJson(out, Map.class).get("problems");
    }

    @Test
    void eachProblemNamesItsCaseFieldFileAndRule() throws Exception {
        Library library = Library.create(dir.resolve("lib"), "Problems");
        Case nameless = CoprodFactory.eINSTANCE.createCase();
        nameless.setId("nameless");
        nameless.getCountries().add("BR");
        Outcome undated = CoprodFactory.eINSTANCE.createOutcome();
        undated.setIndicator("households connected");
        undated.setValue(96_994.0);
        nameless.getOutcomes().add(undated);
        library.addCase(nameless);
        library.save();
        Path caseFile = dir.resolve("lib/cases/nameless.xmi").toAbsolutePath();
        assertTrue(Files.isRegularFile(caseFile));
        Files.writeString(dir.resolve("lib/cases/torn.xmi"), "<?xml version=\"1.0\"?><coprod:Case");

        assertEquals(1, run("validate", "--json", "--library", library.folder().toString()));
        List<Map<String, Object>> problems = problems();
        Map<String, Object> name = problems.stream().filter(p -> "missing-name".equals(p.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError(out));
        assertEquals("error", name.get("severity"));
        assertEquals("nameless", name.get("case"));
        assertEquals("name", name.get("field"));
        assertEquals(caseFile.toString(), name.get("file"));
        assertTrue(((String) name.get("message")).contains("has no name"), name.toString());

        Map<String, Object> year = problems.stream().filter(p -> "number-without-year".equals(p.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError(out));
        assertEquals("warning", year.get("severity"));
        assertEquals("nameless", year.get("case"));
        assertEquals("year", year.get("field"));
        assertEquals("Outcome", year.get("object"));

        Map<String, Object> torn = problems.stream().filter(p -> "unreadable-file".equals(p.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError(out));
        assertEquals("error", torn.get("severity"));
        assertEquals(dir.resolve("lib/cases/torn.xmi").toAbsolutePath().toString(), torn.get("file"));
        assertEquals("XML document structures must start and end within the same entity.", torn.get("message"), "the parser's words only");
    }

    @Test
    void aSeverityChosenOnTheCommandLineChangesTheVerdict() throws Exception {
        Library library = Library.create(dir.resolve("lib"), "Severities");
        Case nowhere = CoprodFactory.eINSTANCE.createCase();
        nowhere.setId("nowhere");
        nowhere.setName("A case without a country");
        library.addCase(nowhere);
        library.save();
        String folder = library.folder().toString();
        assertEquals(1, run("validate", "--json", "--library", folder), out);
        assertTrue(problems().stream().anyMatch(p -> "missing-country".equals(p.get("code"))), out);
        assertEquals(0, run("validate", "--json", "--severity", "missing-country=warning", "--library", folder), out);
        assertTrue(problems().stream().anyMatch(p -> "missing-country".equals(p.get("code")) && "warning".equals(p.get("severity"))), out);
        assertEquals(0, run("validate", "--json", "--severity", "missing-country=info", "--library", folder), out);
        assertTrue(problems().stream().noneMatch(p -> "missing-country".equals(p.get("code")) && !"info".equals(p.get("severity"))),
                "a rule taken as info is never reported as a warning or an error: " + out);
        assertEquals(0, run("validate", "--json", "--severity", "MISSING_COUNTRY=ignore", "--library", folder), out);
        assertTrue(problems().stream().noneMatch(p -> "missing-country".equals(p.get("code"))), out);
        assertEquals(2, run("validate", "--severity", "missing-country=loud", "--library", folder));
        assertEquals(2, run("validate", "--severity", "no-such-rule=error", "--library", folder));
    }
}
