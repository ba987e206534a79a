package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.coprod.model.Case;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a library (a read-only command) cleans up after dead saves only, never under a save that is running. */
class LeftoverTempFileTests {

    @TempDir
    Path dir;

    @Test
    void openingTheLibraryNeverDeletesTheTemporaryFileOfASaveUnderWay() throws Exception {
        Library writer = FixtureLibraries.twoCases(dir);
        Case alpha = writer.findCase("alpha").orElseThrow();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger saves = new AtomicInteger();
        AtomicInteger opens = new AtomicInteger();
        Thread saving = new Thread(() -> {
            try {
                for (int generation = 0; !stop.get(); generation++) {
                    // Large enough that writing and forcing the file takes a while.
                    alpha.setSummary(("generation " + generation + " ").repeat(20_000));
                    writer.save(alpha.eResource());
                    saves.incrementAndGet();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        Thread opening = new Thread(() -> {
            try {
                while (!stop.get()) {
                    Library.open(dir);
                    opens.incrementAndGet();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        saving.start();
        opening.start();
        long deadline = System.nanoTime() + 4_000_000_000L;
        while (System.nanoTime() < deadline && failures.isEmpty()) {
            Thread.sleep(20);
        }
        stop.set(true);
        saving.join(30_000);
        opening.join(30_000);
        assertEquals(List.of(), failures, "saves " + saves + ", opens " + opens);
        assertTrue(saves.get() > 5 && opens.get() > 5, "saves " + saves + ", opens " + opens);
    }

    @Test
    void temporaryFilesOfEndedWritersAreRemovedAndOthersKept() throws Exception {
        FixtureLibraries.twoCases(dir);
        Path cases = dir.resolve(Library.CASES_DIR);
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        long me = ProcessHandle.current().pid();
        Path deadWriter = Files.writeString(cases.resolve(".alpha.xmi-pid" + ended.pid() + "-123" + AtomicFile.TEMP_SUFFIX), "x");
        Path liveWriter = Files.writeString(cases.resolve(".beta.xmi-pid" + me + "-456" + AtomicFile.TEMP_SUFFIX), "x");
        // Written by an earlier version, which did not name its writer: removed once clearly stale.
        Path oldUnnamed = Files.writeString(cases.resolve(".alpha.xmi-789" + AtomicFile.TEMP_SUFFIX), "x");
        Files.setLastModifiedTime(oldUnnamed, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path freshUnnamed = Files.writeString(cases.resolve(".beta.xmi-790" + AtomicFile.TEMP_SUFFIX), "x");
        Library.open(dir);
        assertFalse(Files.exists(deadWriter), "its writer has ended");
        assertTrue(Files.exists(liveWriter), "its writer is running");
        assertFalse(Files.exists(oldUnnamed), "stale");
        assertTrue(Files.exists(freshUnnamed), "may belong to a save under way");
    }
}
