package org.coprod.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Dispatches {@code coprod <command>} to the command of that name, and maps failures to exit codes. */
public final class Commands {

    static final int OK = 0;
    static final int PROBLEMS_FOUND = 1;
    static final int BAD_USAGE = 2;
    /** The command stopped on its own failure: out of memory, input nested too deeply, a bug. */
    static final int FAILED = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final List<Command> commands;
    private final boolean debug;

    public Commands(PrintStream out, PrintStream err) {
        this(out, err, all(System::getenv), debugRequested());
    }

    /** Every command, reading environment variables (such as the coder's name) through {@code environment}. */
    static List<Command> all(Function<String, String> environment) {
        return List.of(new ValidateCommand(), new ImportCommand(), new StatsCommand(), new SearchCommand(), new SimilarCommand(),
                new SegmentsCommand(), new CodeCommand(environment), new CodebookCommand(), new QuotesCommand(), new MatrixCommand(),
                new AgreementCommand(), new BriefCommand(), new DocumentsCommand(), new RefiCommand(), new ShareCommand(environment),
                new NewCommand());
    }

    /** @param debug whether unexpected failures print their stack trace ({@code COPROD_DEBUG=1}) */
    Commands(PrintStream out, PrintStream err, List<Command> commands, boolean debug) {
        this.out = TerminalText.printing(out);
        this.err = TerminalText.printing(err);
        this.commands = List.copyOf(commands);
        this.debug = debug;
    }

    private static boolean debugRequested() {
        String value = System.getenv("COPROD_DEBUG");
        return value != null && !value.isBlank() && !value.equals("0");
    }

    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printHelp();
            return OK;
        }
        Command command = commands.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            err.println("coprod: unknown command '" + Failure.shorten(args[0]) + "' (coprod --help lists the commands)");
            return BAD_USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println("usage: " + command.usage().replace("\n", "\n       "));
            if (!(command instanceof NewCommand)) {
                out.println("       common option: --library DIR (default: the bundled sample library)");
            }
            return OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("coprod " + command.name() + ": " + Failure.shorten(Failure.withoutJava(e.getMessage())));
            return BAD_USAGE;
        } catch (Exception | Error e) {
            // Errors too: a StackOverflowError or OutOfMemoryError left to Equinox ends the program with exit 0 and no word
            return failed(command, e);
        }
    }

    private int failed(Command command, Throwable failure) {
        err.println("coprod " + command.name() + ": " + Failure.shorten(Failure.describe(failure)));
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return Failure.exitCode(failure);
    }

    private void printHelp() {
        out.println("usage: coprod [<command> [options]]");
        out.println();
        out.println("Without a command, opens the workbench. Commands (all but new take --library DIR, default the sample library):");
        for (Command c : commands) {
            out.printf("  %-10s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("coprod <command> --help shows a command's options.");
        out.println("Exit codes: 0 ok, 1 problems found (validation errors, skipped rows), 2 bad usage or unreadable input,");
        out.println("3 the command itself failed (out of memory, input nested too deeply, a bug; COPROD_DEBUG=1 shows details).");
    }
}
