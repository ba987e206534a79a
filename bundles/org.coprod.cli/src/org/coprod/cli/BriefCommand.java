package org.coprod.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder: the brief command is being built (see the issue tracker). */
final class BriefCommand implements Command {

    @Override
    public String name() {
        return "brief";
    }

    @Override
    public String summary() {
        return "Write a comparative or single-case brief (Word or Markdown) (not available yet)";
    }

    @Override
    public String usage() {
        return "coprod brief";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        throw new UsageException("not available in this build yet");
    }
}
