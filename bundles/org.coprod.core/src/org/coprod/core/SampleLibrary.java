package org.coprod.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample library that ships with the workbench, built by the project's own importer from the spreadsheet
 * {@code sample/cases.csv} in this bundle (with {@code sample/sources.csv}), the way a user imports their own data.
 */
public final class SampleLibrary {

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

    /** Imports the bundled spreadsheet into a new library in {@code folder}. */
    public static Library materialize(Path folder) throws IOException {
        Library library = Library.create(folder, "Sample library");
        // The importer fills it from sample/cases.csv (being written).
        return library;
    }
}
