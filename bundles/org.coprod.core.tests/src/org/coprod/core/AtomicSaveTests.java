package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.coprod.testing.FixtureLibraries;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real save in a separate JVM, again and again, and checks that the file is always whole. */
class AtomicSaveTests {

    private static final Pattern GENERATION = Pattern.compile("generation (\\d+) ");

    @TempDir
    Path dir;

    @Test
    void aKilledSaveLeavesTheOldFileOrTheNewOneNeverATornOne() throws Exception {
        FixtureLibraries.twoCases(dir);
        Path file = dir.resolve("cases/alpha.xmi");
        // A new seed each run, so that the kills fall at other points each time; printed so a failure can be replayed.
        long seed = Long.getLong("coprod.atomicSaveSeed", System.nanoTime());
        Random random = new Random(seed);
        int rounds = 0;
        int killedWhileWriting = 0;
        // Ten rounds, and more (up to forty) until one kill has landed mid-write: on a loaded machine the saves run
        // slower than the child's own timing of them, and ten random points can all miss the writing.
        for (int round = 0; round < 10 || (killedWhileWriting == 0 && round < 40); round++) {
            rounds++;
            String where = "seed " + seed + ", round " + round;
            Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), SaveLoop.class.getName(), dir.toString(), "alpha")
                    .redirectErrorStream(true).start();
            SaveProgress progress = new SaveProgress(child);
            progress.start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            // The second announcement means this child has written a whole file of its own (generation 1).
            while (progress.announced() < 2 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertTrue(progress.announced() >= 2, "the child never finished a save (" + where + "): " + progress.unexpected());
            // A point anywhere in the next few saves: up to three times the time one save takes, to the microsecond.
            long delayNanos = (long) (random.nextDouble() * 3 * progress.nanosPerSave());
            LockSupport.parkNanos(delayNanos);
            try {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                child.waitFor();
            } finally {
                progress.join(5000);
            }
            if (hasTemporaryFile(file)) {
                killedWhileWriting++;
            }
            assertEquals("", progress.unexpected(), "the save loop printed only its progress (" + where + ")");
            // Saves 1 .. n-1 have ended when the child announces n; n was being written, or had just been, when it died.
            int announced = progress.announced();
            int generation = generationIn(file, where);
            assertTrue(generation == announced || generation == announced - 1,
                    "found generation " + generation + ", killed while writing " + announced + " (" + where + ")");
        }
        assertTrue(killedWhileWriting > 0, "no kill of " + rounds + " landed while a save was writing (seed " + seed + ")");
        Library reopened = Library.open(dir);
        assertTrue(reopened.problems().isEmpty(), reopened.problems().toString());
        assertFalse(hasTemporaryFile(file), "leftover temporary files are cleaned up on open");
    }

    private static boolean hasTemporaryFile(Path file) throws Exception {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.anyMatch(p -> p.toString().endsWith(AtomicFile.TEMP_SUFFIX));
        }
    }

    /** Reads the save loop's announcements: the last generation it began to write, and how long a save takes. */
    private static final class SaveProgress extends Thread {
        private final Process child;
        private final StringBuffer unexpected = new StringBuffer();
        private volatile int announced;
        private volatile long firstAt;
        private volatile long lastAt;

        SaveProgress(Process child) {
            this.child = child;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("saving ")) {
                        long now = System.nanoTime();
                        if (announced == 0) {
                            firstAt = now;
                        }
                        lastAt = now;
                        announced = Integer.parseInt(line.substring(7));
                    } else {
                        unexpected.append(line).append('\n');
                    }
                }
            } catch (Exception e) {
                // the stream ends with the killed process
            }
        }

        int announced() {
            return announced;
        }

        long nanosPerSave() {
            return (lastAt - firstAt) / Math.max(1, announced - 1);
        }

        String unexpected() {
            return unexpected.toString();
        }
    }

    /** Parses the case file on its own (no library) and reads which generation its summary holds. */
    private static int generationIn(Path file, String where) throws Exception {
        assertTrue(Files.isRegularFile(file), "the case file is gone (" + where + ")");
        CoprodPackage.eINSTANCE.eClass();
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
        resource.getResourceSet();
        resource.load(Library.loadOptions());
        EObject root = resource.getContents().get(0);
        String summary = ((Case) root).getSummary();
        if (summary == null) {
            return 0; // the file as the test wrote it, before any generation
        }
        Set<String> generations = new LinkedHashSet<>();
        Matcher m = GENERATION.matcher(summary);
        while (m.find()) {
            generations.add(m.group(1));
        }
        assertEquals(1, generations.size(), "one generation per file (" + where + ")");
        assertEquals(("generation " + generations.iterator().next() + " ").repeat(20_000), summary, "the whole summary (" + where + ")");
        return Integer.parseInt(generations.iterator().next());
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The jars (or class folders) of the bundles the save loop needs, taken from where OSGi loaded them. */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : List.of(SaveLoop.class, Library.class, CoprodPackage.class, EObject.class, URI.class, XMIResourceImpl.class,
                IProgressMonitor.class)) {
            String location = new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
            if (!entries.contains(location)) {
                entries.add(location);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
