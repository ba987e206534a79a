package org.coprod.core.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.coprod.core.Library;


/**
 * The sample library that ships with the workbench, built by the project's own importer from the spreadsheet
 * {@code sample/cases.csv} in this bundle (with {@code sample/sources.csv}), the way a user imports their own data,
 * and then coded: passages of a dozen cases' notes, with built-in and the sample's own codes ({@link SampleCoding}).
 */
public final class SampleLibrary {

    public static final String CASES = "/sample/cases.csv";
    public static final String SOURCES = "/sample/sources.csv";

    private SampleLibrary() {
    }

    /**
     * The folder of the user's copy of the sample library ({@code $COPROD_HOME/sample-library}, by default
     * {@code ~/.coprod/sample-library}), created from the bundled spreadsheet on first use.
     */
    public static Path defaultFolder() throws IOException {
        String home = System.getenv("COPROD_HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".coprod");
        Path folder = base.resolve("sample-library");
        if (!Files.exists(folder.resolve(Library.LIBRARY_FILE))) {
            materialize(folder);
        }
        return folder;
    }

    /** Imports the bundled spreadsheet into a new library in {@code folder}, which must not hold a library yet. */
    public static Library materialize(Path folder) throws IOException {
        // Build in a sibling folder and rename, so that an interrupted first start never leaves half a library.
        Path target = folder.toAbsolutePath().normalize();
        Path building = target.resolveSibling(target.getFileName() + ".building");
        deleteTree(building);
        Library library = Library.create(building, "Sample library");
        library.root().setDescription("Cases of co-production from five source documents (Bovaird 2007; Mitlin 2008; "
                + "a working paper on pro-poor urban politics; INLOGOV's Beyond the State 2013; a practitioners' blog 2021).");
        List<ImportProblem> sourceProblems = new SourceImporter(library).importTable(table(SOURCES));
        if (!sourceProblems.isEmpty()) {
            throw new IOException("The bundled " + SOURCES + " is invalid: " + sourceProblems);
        }
        CaseImporter.Result result = new CaseImporter(library).importTable(table(CASES), CaseImporter.Options.STRICT);
        if (!result.applied()) {
            throw new IOException("The bundled " + CASES + " is invalid: " + result.problems());
        }
        SampleCoding.apply(library);
        library.save();
        Files.createDirectories(target.getParent());
        Files.move(building, target);
        return Library.open(target);
    }

    private static CaseTable table(String resource) throws IOException {
        try (InputStream in = SampleLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The core bundle lacks " + resource);
            }
            return CaseTable.readCsv(in, resource);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
