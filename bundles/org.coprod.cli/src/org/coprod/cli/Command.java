package org.coprod.cli;

import java.io.PrintStream;
import java.util.List;

/** One {@code coprod} subcommand. Output for people or machines goes to {@code out}, messages to {@code err}. */
interface Command {

    String name();

    /** One line for {@code coprod --help}. */
    String summary();

    /** Usage lines for {@code coprod <name> --help}, without the common options. */
    String usage();

    /**
     * Runs the command on the words after its name (parse them with {@link Arguments}).
     *
     * @return {@link Commands#OK}, {@link Commands#PROBLEMS_FOUND} or {@link Commands#BAD_USAGE}
     * @throws UsageException for bad options or unreadable input; its message is printed and the exit code is 2
     */
    int run(List<String> words, PrintStream out, PrintStream err) throws Exception;
}
