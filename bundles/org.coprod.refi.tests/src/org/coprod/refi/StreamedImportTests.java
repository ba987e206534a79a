package org.coprod.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.testing.ExchangeLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project file is read as a stream, a part at a time: what it gives must not depend on the order of its parts,
 * even where another tool breaks the schema's order and names users and variables only after the cases and sources
 * that refer to them.
 */
class StreamedImportTests {

    @TempDir
    Path dir;

    @Test
    void aNewLibraryOfManyCasesGetsEveryCaseAndADryRunCountsTheSameFiles() throws Exception {
        int n = 1001; // enough for the save to serialise its case files on several threads
        StringBuilder cases = new StringBuilder("<Cases>");
        for (int i = 0; i < n; i++) {
            cases.append("<Case guid=\"").append(UUID.nameUUIDFromBytes(("case " + i).getBytes(StandardCharsets.UTF_8)))
                    .append("\" name=\"Case ").append(i).append("\"/>");
        }
        Path file = Projects.zip(dir.resolve("many.qdpx"), Projects.entries("project.qde", Projects.qde("Test", cases + "</Cases>")));
        RefiPlan.Outcome dry = RefiImport.intoNewLibrary(dir.resolve("dry"), file, RefiImport.Options.DEFAULT, true, null);
        assertFalse(Files.exists(dir.resolve("dry")), "a dry run writes nothing");
        RefiPlan.Outcome real = RefiImport.intoNewLibrary(dir.resolve("real"), file, RefiImport.Options.DEFAULT, false, null);
        Library library = Library.open(dir.resolve("real"));
        assertEquals(n, library.root().getCases().size());
        long caseFiles;
        try (Stream<Path> files = Files.list(dir.resolve("real").resolve("cases"))) {
            caseFiles = files.filter(p -> p.getFileName().toString().endsWith(".xmi")).count();
        }
        assertEquals(n, caseFiles, "a file for every case");
        // the project has no users or codes, so the library file the new library was made with stays as it is
        assertEquals(n, real.files(), "every case file, each counted once");
        assertEquals(real.files(), dry.files());
    }

    @Test
    void usersCodebookAndVariablesAfterTheCasesAndSourcesGiveTheSameLibrary() throws Exception {
        Library original = ExchangeLibraries.coded(dir.resolve("library"));
        Path inOrder = dir.resolve("in-order.qdpx");
        new ProjectExport(original).write(inOrder, false, new NullProgressMonitor());
        byte[] qde = Qdpx.read(inOrder).entries().get("project.qde");
        String xml = new String(qde, StandardCharsets.UTF_8);
        String reordered = xml;
        StringBuilder moved = new StringBuilder();
        for (String part : List.of("Users", "CodeBook", "Variables")) {
            Matcher m = Pattern.compile("\\n\\s*<" + part + ">.*?</" + part + ">", Pattern.DOTALL).matcher(reordered);
            assertTrue(m.find(), "the export has <" + part + ">");
            moved.append(m.group());
            reordered = reordered.substring(0, m.start()) + reordered.substring(m.end());
        }
        reordered = reordered.replace("\n</Project>", moved + "\n</Project>");
        assertTrue(reordered.indexOf("<Variables>") > reordered.indexOf("<Sources>"), "the variables now come after the sources");
        Path outOfOrder = dir.resolve("out-of-order.qdpx");
        Files.write(outOfOrder, Projects.replace(Files.readAllBytes(inOrder), "project.qde", reordered.getBytes(StandardCharsets.UTF_8)));

        RefiPlan.Outcome a = RefiImport.intoNewLibrary(dir.resolve("a"), inOrder, RefiImport.Options.DEFAULT, false, null);
        RefiPlan.Outcome b = RefiImport.intoNewLibrary(dir.resolve("b"), outOfOrder, RefiImport.Options.DEFAULT, false, null);
        assertEquals(a.report().lines(), b.report().lines());
        Library first = Library.open(dir.resolve("a"));
        Library second = Library.open(dir.resolve("b"));
        assertTrue(first.root().getCases().stream().anyMatch(c -> c.getCountries() != null && !c.getCountries().isEmpty()),
                "the cases' facts came back from their variables");
        Path againA = dir.resolve("again-a.qdpx");
        Path againB = dir.resolve("again-b.qdpx");
        new ProjectExport(first).write(againA, false, new NullProgressMonitor());
        new ProjectExport(second).write(againB, false, new NullProgressMonitor());
        assertEquals(Canonical.of(Qdpx.read(againA)), Canonical.of(Qdpx.read(againB)));
        assertEquals(first.root().getCases().stream().map(Case::getId).toList(), second.root().getCases().stream().map(Case::getId)
                .toList());
    }
}
