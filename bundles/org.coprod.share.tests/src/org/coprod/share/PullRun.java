package org.coprod.share;

import java.nio.file.Path;

import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.PersonIdent;

/** A pull in a child JVM, for the test that kills it ({@link KilledPullTests}): {@code PullRun LIBRARY}. */
public final class PullRun {

    private PullRun() {
    }

    public static void main(String[] args) throws Exception {
        try (SharedLibrary shared = SharedLibrary.open(Path.of(args[0]))) {
            System.out.println("pulling");
            PullResult result = Exchange.pull(shared, Credentials.NONE, new PersonIdent("Ben Okafor", ""), NullProgressMonitor.INSTANCE);
            System.out.println("pulled " + result.outcome());
        }
    }
}
