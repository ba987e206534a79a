package org.coprod.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder: the search command is being built (see the issue tracker). */
final class SearchCommand implements Command {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "Full-text search over the library's cases and notes (not available yet)";
    }

    @Override
    public String usage() {
        return "coprod search";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        throw new UsageException("not available in this build yet");
    }
}
