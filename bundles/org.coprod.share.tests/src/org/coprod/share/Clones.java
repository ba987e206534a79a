package org.coprod.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.testing.FixtureLibraries;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A library shared through a bare repository made in a temporary folder ({@code file://}, no server), with two clones:
 * {@link #ana} made it and pushed it, {@link #ben} cloned it.
 */
final class Clones {

    static final PersonIdent ANA = new PersonIdent("Ana Silva", "ana@example.org");
    static final PersonIdent BEN = new PersonIdent("Ben Okafor", "ben@example.org");

    interface Edit {
        void apply(Library library) throws IOException;
    }

    final Path remote;
    final SharedLibrary ana;
    final SharedLibrary ben;

    Clones(Path dir) throws Exception {
        remote = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch(SharedLibrary.BRANCH).call().close();
        FixtureLibraries.twoCases(dir.resolve("ana"));
        ana = SharedLibrary.init(dir.resolve("ana"), remote.toUri().toString(), ANA);
        Exchange.push(ana, Credentials.NONE, NullProgressMonitor.INSTANCE);
        ben = Exchange.clone(remote.toUri().toString(), dir.resolve("ben"), Credentials.NONE, NullProgressMonitor.INSTANCE);
    }

    /** Edits a clone's library through the core, saves it and commits it. */
    static void commit(SharedLibrary clone, PersonIdent who, String message, Edit edit) throws IOException {
        save(clone, edit);
        clone.commit(message, who);
    }

    static void save(SharedLibrary clone, Edit edit) throws IOException {
        Library library = Library.open(clone.folder());
        edit.apply(library);
        library.save();
    }

    static void push(SharedLibrary clone) throws IOException {
        Exchange.push(clone, Credentials.NONE, NullProgressMonitor.INSTANCE);
    }

    static PullResult pull(SharedLibrary clone, PersonIdent who) throws IOException {
        return Exchange.pull(clone, Credentials.NONE, who, NullProgressMonitor.INSTANCE);
    }

    static Library open(SharedLibrary clone) throws IOException {
        return Library.open(clone.folder());
    }

    /** Every file under a folder (the .git folder included), as text, for checks that something appears nowhere. */
    static String everything(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    all.append(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1)).append('\n');
                }
            }
        }
        return all.toString();
    }

    void close() {
        ana.close();
        ben.close();
    }
}
