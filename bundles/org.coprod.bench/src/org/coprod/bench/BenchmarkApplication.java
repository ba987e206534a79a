package org.coprod.bench;

import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Runs one benchmark, {@code coprod bench <name> [args]}: each is a class {@code org.coprod.bench.<name>.Main} with a
 * {@code public static int run(String[] args)} that prints its figures, each against the baseline measured in the same run.
 */
public class BenchmarkApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (args == null || args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: coprod bench <name> [args]   (names: the packages under org.coprod.bench)");
            return Integer.valueOf(2);
        }
        Class<?> main;
        try {
            main = Class.forName("org.coprod.bench." + args[0] + ".Main");
        } catch (ClassNotFoundException e) {
            System.err.println("coprod bench: no benchmark named '" + args[0] + "'");
            return Integer.valueOf(2);
        }
        Object code = main.getMethod("run", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        return code;
    }

    @Override
    public void stop() {
        // A benchmark runs to completion.
    }
}
