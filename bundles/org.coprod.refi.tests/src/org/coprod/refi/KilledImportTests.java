package org.coprod.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.coprod.core.AtomicFile;
import org.coprod.core.Library;
import org.coprod.model.CoprodPackage;
import org.coprod.testing.ExchangeLibraries;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an import into an existing library in a child JVM (SIGKILL) half-way through its save, as soon as the first of
 * its case files is staged, and checks that the next open shows the library as it was, every file the same, or with
 * every case of the project: never part of them, and never a case of the library changed.
 */
class KilledImportTests {

    private static final int CASES = 3000;

    @TempDir
    Path dir;

    @Test
    void anImportKilledHalfWayLeavesTheLibraryAsItWasOrHasAllOfIt() throws Exception {
        StringBuilder cases = new StringBuilder("<Cases>");
        for (int i = 0; i < CASES; i++) {
            cases.append("<Case guid=\"").append(UUID.nameUUIDFromBytes(("case " + i).getBytes(StandardCharsets.UTF_8)))
                    .append("\" name=\"Case ").append(i).append("\"><Description>").append("words ".repeat(200))
                    .append("</Description></Case>");
        }
        Path file = Projects.zip(dir.resolve("many.qdpx"), Projects.entries("project.qde", Projects.qde("Test", cases + "</Cases>")));
        for (int round = 0; round < 3; round++) {
            Path folder = dir.resolve("lib" + round);
            ExchangeLibraries.coded(folder);
            int had = Library.open(folder).root().getCases().size();
            Map<String, String> before = Projects.snapshot(folder);
            Path log = dir.resolve("child" + round + ".log");
            Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), RefiImportRun.class.getName(), folder.toString(),
                    file.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (child.isAlive() && !staging(folder) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                child.waitFor();
            }
            String output = Files.readString(log);
            assertTrue(output.startsWith("saving"), "the child got as far as saving: " + output);
            Library reopened = Library.open(folder);
            int seen = reopened.root().getCases().size();
            assertTrue(seen == had || seen == had + CASES, "round " + round + ": the next open shows " + (seen - had) + " of the "
                    + CASES + " imported cases");
            Map<String, String> after = Projects.snapshot(folder);
            if (seen == had) {
                assertEquals(before, after, "round " + round + ": the library is as it was, file for file, with no temporary file");
            } else {
                for (Map.Entry<String, String> e : before.entrySet()) {
                    if (e.getKey().startsWith(Library.CASES_DIR + "/")) {
                        assertEquals(e.getValue(), after.get(e.getKey()), "round " + round + ": " + e.getKey()
                                + " is the library's case, unchanged");
                    }
                }
                assertTrue(after.keySet().stream().noneMatch(n -> n.endsWith(AtomicFile.TEMP_SUFFIX)), after.keySet().toString());
            }
        }
    }

    /** Whether the child has begun staging its case files (a temporary file beside them). */
    private static boolean staging(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve(Library.CASES_DIR))) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(AtomicFile.TEMP_SUFFIX));
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The jars (or class folders) of the bundles the import needs, taken from where OSGi loaded them. */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : List.of(RefiImportRun.class, RefiImport.class, Library.class, CoprodPackage.class, EObject.class, URI.class,
                XMIResourceImpl.class, NLS.class, IProgressMonitor.class)) {
            String location = new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
            if (!entries.contains(location)) {
                entries.add(location);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
