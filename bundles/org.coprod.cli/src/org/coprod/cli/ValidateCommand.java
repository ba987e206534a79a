package org.coprod.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder: the validate command is being built (see the issue tracker). */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check every case against the validation rules (not available yet)";
    }

    @Override
    public String usage() {
        return "coprod validate";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        throw new UsageException("not available in this build yet");
    }
}
