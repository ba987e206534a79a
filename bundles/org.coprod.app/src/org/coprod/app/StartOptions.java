package org.coprod.app;

import java.nio.file.Path;

/** The application's own command-line options. */
record StartOptions(Path library, boolean screenshotScenario) {

    static StartOptions parse(String[] args) {
        Path library = null;
        boolean scenario = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-coprod.library") && i + 1 < args.length) {
                library = Path.of(args[++i]);
            } else if (args[i].equals("-coprod.screenshotScenario")) {
                scenario = true;
            }
        }
        return new StartOptions(library, scenario);
    }
}
