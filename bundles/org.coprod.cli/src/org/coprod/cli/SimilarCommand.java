package org.coprod.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder: the similar command is being built (see the issue tracker). */
final class SimilarCommand implements Command {

    @Override
    public String name() {
        return "similar";
    }

    @Override
    public String summary() {
        return "Cases most like a given case (precedents) (not available yet)";
    }

    @Override
    public String usage() {
        return "coprod similar";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        throw new UsageException("not available in this build yet");
    }
}
