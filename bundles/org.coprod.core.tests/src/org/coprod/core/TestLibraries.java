package org.coprod.core;

import java.io.IOException;
import java.nio.file.Path;

import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.CoprodFactory;

/** Small libraries built in a test's temporary folder. */
final class TestLibraries {

    private TestLibraries() {
    }

    /** A new library with two simple, valid cases: "alpha" (BR) and "beta" (GB). */
    static Library twoCases(Path dir) throws IOException {
        Library library = Library.create(dir, "Test library");
        library.addCase(newCase("alpha", "Alpha budget forum", "BR"));
        library.addCase(newCase("beta", "Beta village shop", "GB"));
        library.save();
        return library;
    }

    static Case newCase(String id, String name, String country) {
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId(id);
        c.setName(name);
        c.getCountries().add(country);
        c.setCaseType(CaseType.EXAMPLE);
        return c;
    }
}
