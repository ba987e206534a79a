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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
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
        TestLibraries.twoCases(dir);
        Path file = dir.resolve("cases/alpha.xmi");
        Random random = new Random(42);
        int lastSeen = 0;
        for (int round = 0; round < 6; round++) {
            Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), SaveLoop.class.getName(), dir.toString(), "alpha")
                    .redirectErrorStream(true).start();
            AtomicInteger saving = new AtomicInteger();
            StringBuffer unexpected = new StringBuffer();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (line.startsWith("saving ")) {
                            saving.set(Integer.parseInt(line.substring(7)));
                        } else {
                            unexpected.append(line).append('\n');
                        }
                    }
                } catch (Exception e) {
                    // the stream ends with the killed process
                }
            });
            reader.start();
            // Let it write a few generations, then kill it in the middle of writing the file.
            int target = 2 + random.nextInt(4);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (saving.get() < target && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            try {
                killWhileWriting(file, random);
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                child.waitFor();
                reader.join(5000);
            }
            assertEquals("", unexpected.toString(), "the save loop printed only its progress");
            // The last generation it announced is the one being written when it died.
            int started = saving.get();
            assertTrue(started > 0, "the child saved nothing");
            int generation = generationIn(file);
            // Whole and parseable, and either the save under way or the one before it.
            assertTrue(generation == started || generation == started - 1, "found generation " + generation + ", killed while writing " + started);
            assertTrue(generation >= lastSeen || round > 0);
            lastSeen = generation;
        }
        Library reopened = Library.open(dir);
        assertTrue(reopened.problems().isEmpty(), reopened.problems().toString());
        try (Stream<Path> files = Files.list(dir.resolve("cases"))) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(AtomicFile.TEMP_SUFFIX)), "leftover temporary files are cleaned up on open");
        }
    }

    /**
     * Waits until the child is writing: a temporary file has appeared beside the target, or the target itself has
     * started to change (as it would with a save that is not atomic); then returns at a random point of the write.
     */
    private static void killWhileWriting(Path file, Random random) throws Exception {
        long stableSize = Files.size(file);
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean tempFile;
            try (Stream<Path> files = Files.list(file.getParent())) {
                tempFile = files.anyMatch(p -> p.toString().endsWith(AtomicFile.TEMP_SUFFIX));
            }
            if (tempFile || Files.size(file) != stableSize) {
                if (random.nextBoolean()) {
                    Thread.onSpinWait();
                }
                return;
            }
        }
    }

    /** Parses the case file on its own (no library) and reads which generation its summary holds. */
    private static int generationIn(Path file) throws Exception {
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
        assertEquals(1, generations.size(), "one generation per file");
        assertEquals(("generation " + generations.iterator().next() + " ").repeat(20_000), summary, "the whole summary");
        return Integer.parseInt(generations.iterator().next());
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The jars (or class folders) of the bundles the save loop needs, taken from where OSGi loaded them. */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : List.of(SaveLoop.class, Library.class, CoprodPackage.class, EObject.class, URI.class, XMIResourceImpl.class,
                org.eclipse.core.runtime.IProgressMonitor.class)) {
            String location = new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
            if (!entries.contains(location)) {
                entries.add(location);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
