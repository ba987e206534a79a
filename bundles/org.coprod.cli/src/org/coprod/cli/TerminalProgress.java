package org.coprod.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of a long command on stderr: a step that begins after the command has run for a second is named as it
 * begins, so that a brief of a huge case says what it is doing and a quick one stays quiet.
 */
final class TerminalProgress extends NullProgressMonitor {

    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final String command;
    private final long start = System.nanoTime();

    TerminalProgress(String command, PrintStream err) {
        this.command = command;
        this.err = err;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        step(name);
    }

    @Override
    public void subTask(String name) {
        step(name);
    }

    private void step(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        if (System.nanoTime() - start >= QUIET_NANOS) {
            err.println("coprod " + command + ": " + name + " …");
        }
    }
}
