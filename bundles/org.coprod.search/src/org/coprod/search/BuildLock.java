package org.coprod.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Held while an index is checked, cleared or brought up to date, so that a second program (another {@code coprod
 * search}, a workbench) waits until the first has finished instead of reading a half-built index — which found no
 * cases, or failed with Lucene's own message.
 * <p>
 * An operating-system lock on {@value #FILE} in the index folder, taken through the directory's lock factory (for a
 * folder, Lucene's native locks, which also keep two threads of one program apart and are let go when a program dies).
 */
final class BuildLock implements Closeable {

    static final String FILE = "build.lock";
    private static final long POLL_MS = 100;

    private final Lock lock;

    private BuildLock(Lock lock) {
        this.lock = lock;
    }

    /**
     * Takes the lock, waiting up to {@code wait} for another program to let it go; tells {@code notices} once when it
     * has to wait.
     *
     * @throws IOException when the other program still holds it after {@code wait}, saying so
     */
    static BuildLock take(Directory directory, String where, Duration wait, Consumer<String> notices) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            try {
                return new BuildLock(directory.obtainLock(FILE));
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new IOException("Another program (a workbench, or another coprod command) has been updating"
                            + " the search index in " + where + " for more than " + wait.toSeconds()
                            + " s; try again when it has finished");
                }
                if (!told) {
                    notices.accept("waiting for another program that is updating the search index in " + where + "…");
                    told = true;
                }
                try {
                    Thread.sleep(POLL_MS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while waiting for the search index in " + where, interrupted);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
