package org.coprod.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless entry point: {@code coprod <command> …} runs here, never opening a window. */
public class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        int code;
        try {
            code = new Commands(System.out, System.err).run(args == null ? new String[0] : args);
        } catch (Exception | Error e) {
            // Commands reports its commands' failures; this is for one in setting up, which Equinox would end with exit 0
            System.err.println("coprod: " + Failure.describe(e));
            code = Failure.exitCode(e);
        }
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Commands are short and run to completion.
    }
}
