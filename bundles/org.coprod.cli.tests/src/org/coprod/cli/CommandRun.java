package org.coprod.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One run of a {@code coprod} command in this JVM, with what it printed on stdout and stderr. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String... args) {
        return withEnvironment(Map.of(), args);
    }

    /**
     * A run that sees {@code environment} as its environment variables, and none of this JVM's. An unexpected failure
     * prints its stack trace, as with {@code COPROD_DEBUG=1}, so that a test it breaks says where (CommandFailuresTests
     * checks what a user sees without it).
     */
    static CommandRun withEnvironment(Map<String, String> environment, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Commands(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                Commands.all(environment::get), true).run(args);
        return new CommandRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }
}
