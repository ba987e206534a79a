package org.coprod.core;

import java.nio.file.Path;

import org.coprod.core.importer.CaseImporter;
import org.coprod.core.importer.CaseTable;

/** A separate program for {@link KilledImportTests}: imports a CSV file into a library and saves it, once. */
public final class ImportRun {

    private ImportRun() {
    }

    public static void main(String[] args) throws Exception {
        Library library = Library.open(Path.of(args[0]));
        CaseImporter.Result result = new CaseImporter(library).importTable(CaseTable.read(Path.of(args[1])), CaseImporter.Options.STRICT);
        if (!result.applied()) {
            System.out.println("refused " + result.problems());
            return;
        }
        System.out.println("saving");
        System.out.flush();
        library.save();
        System.out.println("saved");
    }
}
