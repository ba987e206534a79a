package org.coprod.testing;

import java.io.IOException;
import java.nio.file.Path;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.CoprodFactory;

/** Small libraries made by hand in a test's temporary folder, for tests that need to know every value in them. */
public final class FixtureLibraries {

    private FixtureLibraries() {
    }

    /** A new library with two simple, valid cases: "alpha" (BR) and "beta" (GB). */
    public static Library twoCases(Path dir) throws IOException {
        Library library = Library.create(dir, "Test library");
        library.addCase(newCase("alpha", "Alpha budget forum", "BR"));
        library.addCase(newCase("beta", "Beta village shop", "GB"));
        library.save();
        return library;
    }

    /** A valid example case in one country, in no library yet. */
    public static Case newCase(String id, String name, String country) {
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId(id);
        c.setName(name);
        c.getCountries().add(country);
        c.setCaseType(CaseType.EXAMPLE);
        return c;
    }
}
