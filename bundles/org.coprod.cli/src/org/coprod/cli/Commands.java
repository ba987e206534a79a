package org.coprod.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Dispatches {@code coprod <command>} to the command of that name, and maps failures to exit codes. */
public final class Commands {

    static final int OK = 0;
    static final int PROBLEMS_FOUND = 1;
    static final int BAD_USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final List<Command> commands = List.of(new ValidateCommand(), new ImportCommand(), new StatsCommand(),
            new SearchCommand(), new SimilarCommand(), new BriefCommand());

    public Commands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printHelp();
            return OK;
        }
        Command command = commands.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            err.println("coprod: unknown command '" + args[0] + "' (coprod --help lists the commands)");
            return BAD_USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println("usage: " + command.usage().replace("\n", "\n       "));
            out.println("       common option: --library DIR (default: the bundled sample library)");
            return OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("coprod " + command.name() + ": " + e.getMessage());
            return BAD_USAGE;
        } catch (Exception e) {
            err.println("coprod " + command.name() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("COPROD_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return BAD_USAGE;
        }
    }

    private void printHelp() {
        out.println("usage: coprod [<command> [options]]");
        out.println();
        out.println("Without a command, opens the workbench. Commands (each takes --library DIR, default the sample library):");
        for (Command c : commands) {
            out.printf("  %-10s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("coprod <command> --help shows a command's options.");
        out.println("Exit codes: 0 ok, 1 problems found (validation errors), 2 bad usage or unreadable input.");
    }
}
