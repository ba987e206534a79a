package org.coprod.cli;

import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed product's launcher, {@code coprod.sh}, run for real with a stand-in {@code java} that records its
 * arguments: with {@code COPROD_HOME} set, nothing it uses lies under {@code ~/.coprod}.
 */
class LauncherScriptTests {

    @TempDir
    Path dir;

    /** The script in the feature's root files, found from the test's working folder (the test bundle's). */
    static Path script() {
        return checkoutFile("features/org.coprod.feature/rootfiles/coprod.sh");
    }

    /** A file of the checkout, found from the test's working folder (the test bundle's). */
    static Path checkoutFile(String relative) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    /** Runs coprod.sh as installed (beside a plugins folder with a launcher jar) and returns the java arguments. */
    private List<String> launch(Map<String, String> env, String... args) throws Exception {
        return launch(script(), env, args);
    }

    private List<String> launch(Path script, Map<String, String> env, String... args) throws Exception {
        Path install = Files.createDirectories(dir.resolve("install"));
        Files.createDirectories(install.resolve("plugins"));
        Files.write(install.resolve("plugins/org.eclipse.equinox.launcher_1.6.0.jar"), new byte[0]);
        Path launcher = install.resolve(script.getFileName());
        Files.copy(script, launcher, StandardCopyOption.REPLACE_EXISTING);
        Path jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = jdk.resolve("java");
        Path record = dir.resolve("java-arguments");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + record + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", jdk.getParent().toString());
        pb.environment().put("HOME", Files.createDirectories(dir.resolve("home")).toString());
        pb.environment().remove("COPROD_HOME");
        pb.environment().remove("COPROD_CONFIG");
        pb.environment().remove("COPROD_WORKSPACE");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        return Files.readAllLines(record);
    }

    private static String after(List<String> args, String option) {
        int i = args.indexOf(option);
        assertTrue(i >= 0 && i + 1 < args.size(), option + " in " + args);
        return args.get(i + 1);
    }

    @Test
    void coprodHomeHoldsTheCommandLinesConfigurationArea() throws Exception {
        Path state = dir.resolve("state");
        List<String> args = launch(Map.of("COPROD_HOME", state.toString()), "stats");
        assertEquals(state.resolve("cli-configuration").toString(), after(args, "-configuration"));
        assertEquals("org.coprod.cli.application", after(args, "-application"));
        assertEquals("en", after(args, "-nl"), "the command line speaks English whatever the system's language");
        assertFalse(String.join(" ", args).contains(dir.resolve("home").toString()), "nothing under HOME: " + args);
        assertFalse(Files.exists(dir.resolve("home/.coprod")), "~/.coprod is not created");
    }

    @Test
    void coprodHomeHoldsTheWorkbenchWorkspace() throws Exception {
        Path state = dir.resolve("state");
        List<String> args = launch(Map.of("COPROD_HOME", state.toString()));
        assertEquals(state.resolve("workspace").toString(), after(args, "-data"));
        assertFalse(String.join(" ", args).contains(dir.resolve("home").toString()), "nothing under HOME: " + args);
    }

    @Test
    void theRelengProductsBenchScriptRunsABenchmarkInAConfigurationAreaOfItsOwn() throws Exception {
        Path state = dir.resolve("state");
        List<String> args = launch(checkoutFile("features/org.coprod.bench.feature/rootfiles/bench.sh"),
                Map.of("COPROD_HOME", state.toString(), "COPROD_JAVA_OPTIONS", "-Xss4m"), "library", "--cases", "1000");
        assertEquals("org.coprod.bench.application", after(args, "-application"));
        assertEquals(state.resolve("bench-configuration").toString(), after(args, "-configuration"));
        assertEquals(List.of("library", "--cases", "1000"), args.subList(args.size() - 3, args.size()));
        assertTrue(args.contains("-Xss4m") && args.contains("-Djava.awt.headless=true"), args.toString());
        assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel")), "full JIT: " + args);
    }

    @Test
    void theShippedLauncherKnowsNothingOfTheBenchmarks() throws Exception {
        assertFalse(Files.readString(script()).contains("org.coprod.bench"), "coprod.sh starts no benchmark");
    }

    @Test
    void withoutCoprodHomeEverythingIsUnderDotCoprodAndJavaOptionsPassThrough() throws Exception {
        List<String> args = launch(Map.of("COPROD_JAVA_OPTIONS", "-Xmx3g"), "validate");
        assertEquals(dir.resolve("home/.coprod/cli-configuration").toString(), after(args, "-configuration"));
        assertTrue(args.contains("-Xmx3g"), args.toString());
    }
}
