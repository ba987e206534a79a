package org.coprod.cli;

import java.io.PrintStream;

/** Dispatches {@code coprod <command>} to the command of that name. */
public final class Commands {

    static final int OK = 0;
    static final int PROBLEMS_FOUND = 1;
    static final int BAD_USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    public Commands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.println("usage: coprod <command> [options]");
            return OK;
        }
        err.println("coprod: unknown command '" + args[0] + "' (try coprod --help)");
        return BAD_USAGE;
    }
}
