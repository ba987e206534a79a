package org.coprod.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder: the stats command is being built (see the issue tracker). */
final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "Cases per typology cell, country and sector (not available yet)";
    }

    @Override
    public String usage() {
        return "coprod stats";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        throw new UsageException("not available in this build yet");
    }
}
