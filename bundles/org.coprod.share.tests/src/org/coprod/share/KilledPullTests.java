package org.coprod.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.coprod.testing.FixtureLibraries;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a pull in a child JVM (SIGKILL) while it writes the merged files, and checks that the next open finishes it:
 * every case merged, the branch on the merged commit, nothing left uncommitted, no record left.
 */
class KilledPullTests {

    private static final int CASES = 200;

    @TempDir
    Path dir;

    @Test
    void aPullKilledWhileWritingIsFinishedByTheNextOpen() throws Exception {
        boolean landed = false;
        for (int round = 0; round < 10 && !landed; round++) {
            Path here = Files.createDirectories(dir.resolve("round" + round));
            Clones clones = new Clones(here);
            try {
                String text = "a long revised summary ".repeat(1500);
                Clones.commit(clones.ana, Clones.ANA, "many", l -> {
                    for (int i = 0; i < CASES; i++) {
                        l.addCase(FixtureLibraries.newCase("case-" + i, "Case " + i, "BR")).setSummary(text + i);
                    }
                });
                Clones.push(clones.ana);
                Clones.commit(clones.ben, Clones.BEN, "local", l -> l.findCase("alpha").orElseThrow().setPeriodStart(1989));
                Path ben = clones.ben.folder();
                clones.ben.close();
                Path record = ben.resolve(".git").resolve(PullState.FILE);
                Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), PullRun.class.getName(), ben.toString())
                        .redirectErrorStream(true).redirectOutput(here.resolve("child.log").toFile()).start();
                try {
                    long deadline = System.nanoTime() + 120_000_000_000L;
                    while (child.isAlive() && !writing(record) && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                } finally {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                    child.waitFor();
                }
                landed = writing(record);
                try (SharedLibrary reopened = SharedLibrary.open(ben)) {
                    assertEquals(landed, reopened.repaired().isPresent(), Files.readString(here.resolve("child.log")));
                    assertFalse(Files.exists(record));
                    if (landed || reopened.git().getRepository().resolve(Constants.HEAD).equals(mergedHead(ben))) {
                        Library merged = Library.open(ben);
                        assertTrue(merged.problems().isEmpty(), merged.problems().toString());
                        assertEquals(CASES + 2, merged.root().getCases().size());
                        for (Case c : merged.root().getCases()) {
                            assertTrue(!c.getId().startsWith("case-") || c.getSummary().startsWith(text), c.getId());
                        }
                        assertEquals(Integer.valueOf(1989), merged.findCase("alpha").orElseThrow().getPeriodStart());
                        assertTrue(reopened.status().isClean(), reopened.status().toString());
                    }
                }
            } finally {
                clones.ana.close();
            }
        }
        assertTrue(landed, "no kill landed while the merged files were written in 10 rounds");
    }

    private static boolean writing(Path record) {
        try {
            return Files.readString(record, StandardCharsets.UTF_8).contains("phase\tWRITING");
        } catch (Exception e) {
            return false;
        }
    }

    /** The commit the branch is on after a complete pull: a merge (two parents). */
    private static ObjectId mergedHead(Path folder) throws Exception {
        try (Git git = Git.open(folder.toFile())) {
            RevCommit head = git.getRepository().parseCommit(git.getRepository().resolve(Constants.HEAD));
            return head.getParentCount() == 2 ? head.getId() : null;
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The jars (or class folders) of the bundles a pull needs, taken from where OSGi loaded them. */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        ClassLoader jgit = Git.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>(List.of(PullRun.class, SharedLibrary.class, Library.class, CoprodPackage.class,
                EObject.class, URI.class, XMIResourceImpl.class, Git.class));
        classes.add(jgit.loadClass("org.slf4j.LoggerFactory"));
        classes.add(jgit.loadClass("com.googlecode.javaewah.EWAHCompressedBitmap"));
        for (Class<?> c : classes) {
            String location = new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
            if (!entries.contains(location)) {
                entries.add(location);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
