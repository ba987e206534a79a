package org.coprod.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder: the import command is being built (see the issue tracker). */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "Import cases from a CSV or XLSX file (not available yet)";
    }

    @Override
    public String usage() {
        return "coprod import";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        throw new UsageException("not available in this build yet");
    }
}
