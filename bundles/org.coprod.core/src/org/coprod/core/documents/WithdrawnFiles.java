package org.coprod.core.documents;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Document;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;

/**
 * The files under {@code documents/} of imports that were undone. An import writes its files at once (an editor shows
 * a document from its file), so undoing it cannot simply delete them: the library saved on disk may still name the
 * document until the next save, and Redo must bring it back. So an undone import's files are held (read into memory)
 * and stay on disk; a save that writes a library no longer naming them deletes them; a redo writes back any that went.
 * A file that a document of the library names is never deleted.
 */
public final class WithdrawnFiles {

    private final Path libraryFolder;
    /** The held files and their bytes, as imported. */
    private final Map<Path, byte[]> held = new LinkedHashMap<>();
    /** Files of imports that can no longer be redone (their command left the stack): deleted by a save, never restored. */
    private final Set<Path> abandoned = new HashSet<>();

    public WithdrawnFiles(Path libraryFolder) {
        this.libraryFolder = libraryFolder;
    }

    /** The files of a document under the library folder: its text and, when it has one, the copy of its original. */
    public static List<Path> of(Path libraryFolder, Document document) {
        List<Path> files = new ArrayList<>(List.of(DocumentFiles.textFile(libraryFolder, document)));
        if (document.getOriginalFile() != null && !document.getOriginalFile().isEmpty()) {
            files.add(DocumentFiles.originalFile(libraryFolder, document));
        }
        return files;
    }

    /** The files that the documents of a library (its own list and its cases') name. */
    public static Set<Path> named(Path libraryFolder, CaseLibrary library) {
        Set<Path> named = new HashSet<>();
        library.getDocuments().forEach(d -> named.addAll(of(libraryFolder, d)));
        for (Case c : library.getCases()) {
            c.getDocuments().forEach(d -> named.addAll(of(libraryFolder, d)));
        }
        return named;
    }

    /**
     * An import was undone: its files are held, still on disk. A file that cannot be read is left alone (and so is
     * never deleted); the first one is reported.
     */
    public void withdraw(Collection<Path> files) throws IOException {
        IOException first = null;
        for (Path f : files) {
            if (held.containsKey(f) || !Files.isRegularFile(f)) {
                continue;
            }
            try {
                held.put(f, Files.readAllBytes(f));
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The import was redone: each of its held files that a save deleted is written back as it was; none is held any longer. */
    public void restore(Collection<Path> files) throws IOException {
        for (Path f : files) {
            byte[] bytes = held.remove(f);
            if (bytes != null && !Files.exists(f)) {
                Files.createDirectories(f.getParent());
                try {
                    Files.write(f, bytes, StandardOpenOption.CREATE_NEW);
                } catch (FileAlreadyExistsException e) {
                    // written meanwhile by someone else: never overwritten
                }
            }
        }
    }

    /**
     * The library was saved: deletes the held files that none of its documents names (they are still held, for a
     * redo), and returns them.
     */
    public List<Path> saved(CaseLibrary library) throws IOException {
        Set<Path> named = named(libraryFolder, library);
        List<Path> deleted = new ArrayList<>();
        Set<Path> candidates = new HashSet<>(held.keySet());
        candidates.addAll(abandoned);
        for (Path f : candidates) {
            if (!named.contains(f) && Files.deleteIfExists(f)) {
                deleted.add(f);
            }
        }
        abandoned.removeIf(f -> !Files.exists(f) || named.contains(f));
        return deleted;
    }

    /**
     * The import's command, whose undo withdraws the files it wrote and whose redo restores them. A file that cannot be
     * read on undo is not held, so it stays; one that cannot be written back on redo is missing, which opening the
     * document reports.
     */
    public Command follow(Command importing, Collection<Path> files) {
        List<Path> own = List.copyOf(files);
        return new CommandWrapper(importing) {
            @Override
            public void undo() {
                super.undo();
                try {
                    withdraw(own);
                } catch (IOException e) {
                    // not held, so never deleted: a stray file at worst
                }
            }

            @Override
            public void dispose() {
                // The stack let go of an undone import (a new edit replaced it), so no redo will want its bytes.
                for (Path f : own) {
                    if (held.remove(f) != null) {
                        abandoned.add(f);
                    }
                }
                super.dispose();
            }

            @Override
            public void redo() {
                try {
                    restore(own);
                } catch (IOException e) {
                    // the document comes back without its text file; opening it says the file is missing
                }
                super.redo();
            }
        };
    }

    /** Whether a file is held. */
    public boolean holds(Path file) {
        return held.containsKey(file);
    }
}
