package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.EmptyFileException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coprod.model.CoprodPackage;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an import in a child JVM (SIGKILL) as soon as the first of its case files appears, and checks that the next
 * open shows all of the import or none of it (issue 8, item 21).
 */
class KilledImportTests {

    private static final int CASES = 300;

    @TempDir
    Path dir;

    @Test
    void aKilledImportIsAllOrNothingOnTheNextOpen() throws Exception {
        StringBuilder csv = new StringBuilder("id,name,countries,summary\n");
        for (int i = 0; i < CASES; i++) {
            csv.append("case-").append(i).append(",Case ").append(i).append(",BR,").append("words ".repeat(2000)).append('\n');
        }
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        for (int round = 0; round < 3; round++) {
            Path folder = dir.resolve("lib" + round);
            Library.create(folder, "Killed import").save();
            Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), ImportRun.class.getName(), folder.toString(),
                    file.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child" + round + ".log").toFile()).start();
            try {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (child.isAlive() && caseFiles(folder) == 0 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                child.waitFor();
            }
            String log = Files.readString(dir.resolve("child" + round + ".log"));
            assertTrue(log.startsWith("saving"), "the child got as far as saving: " + log);
            int seen = Library.open(folder).root().getCases().size();
            assertTrue(seen == 0 || seen == CASES,
                    "round " + round + ": the next open shows " + seen + " of the " + CASES + " imported cases");
            assertEquals(seen, caseFiles(folder), "no stray files");
        }
    }

    private static long caseFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve(Library.CASES_DIR))) {
            return files.filter(p -> p.getFileName().toString().endsWith(Library.CASE_FILE_SUFFIX)).count();
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The jars (or class folders) of the bundles the import needs, taken from where OSGi loaded them. */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        // Commons CSV needs Commons IO and Codec, which only its own bundle's class loader sees.
        ClassLoader csv = CSVFormat.class.getClassLoader();
        Class<?> commonsIo = csv.loadClass("org.apache.commons.io.IOUtils");
        Class<?> commonsCodec = csv.loadClass("org.apache.commons.codec.binary.Base64OutputStream");
        for (Class<?> c : List.of(ImportRun.class, Library.class, CoprodPackage.class, EObject.class, URI.class, XMIResourceImpl.class,
                CSVFormat.class, commonsIo, commonsCodec, XSSFWorkbook.class, EmptyFileException.class,
                IProgressMonitor.class)) {
            String location = new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
            if (!entries.contains(location)) {
                entries.add(location);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
