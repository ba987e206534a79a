package org.coprod.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.core.Library;
import org.coprod.core.SampleLibrary;
import org.coprod.ui.CoprodPreferences;

/** The application's own command-line options. */
record StartOptions(Path library) {

    static StartOptions parse(String[] args) {
        Path library = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-coprod.library") && i + 1 < args.length) {
                library = Path.of(args[++i]);
            }
        }
        return new StartOptions(library);
    }

    /** The library given on the command line, else the last one opened, else the sample library (created on first use). */
    Path startLibrary() throws IOException {
        if (library != null) {
            return library;
        }
        String last = CoprodPreferences.lastLibrary();
        if (last != null && Files.isRegularFile(Path.of(last).resolve(Library.LIBRARY_FILE))) {
            return Path.of(last);
        }
        return SampleLibrary.defaultFolder();
    }
}
