package org.coprod.core;

import java.nio.file.Path;

import org.coprod.model.Case;

/**
 * A separate program for {@link AtomicSaveTests}: opens a library and saves one case over and over, each time with a
 * larger summary, printing the generation it is writing, until it is killed.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Library library = Library.open(Path.of(args[0]));
        Case c = library.findCase(args[1]).orElseThrow();
        for (int generation = 1;; generation++) {
            // Big enough that a kill often lands in the middle of writing the file.
            c.setSummary(("generation " + generation + " ").repeat(20_000));
            System.out.println("saving " + generation);
            System.out.flush();
            library.save(c.eResource());
        }
    }
}
