package org.coprod.core.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.coprod.core.documents.DocumentFiles;
import org.coprod.model.CodableText;
import org.coprod.model.Document;
import org.coprod.model.Note;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The text a segment's offsets refer to: a note's own text, or the plain text of a document, which lies in the
 * library folder as {@code documents/<id>.txt} and is never rewritten after import.
 */
public final class Texts {

    /** The folder, inside a library folder, that holds the documents. */
    public static final String DOCUMENTS_DIR = DocumentFiles.FOLDER;

    private Texts() {
    }

    /** The text of a note or a document; empty when a document's text file cannot be read. */
    public static Optional<String> of(CodableText text) {
        if (text instanceof Note note) {
            return Optional.of(note.getText() == null ? "" : note.getText());
        }
        if (text instanceof Document document) {
            return file(document).flatMap(Texts::read).map(Read::text);
        }
        return Optional.empty();
    }

    /**
     * Whether a document's text file is missing or no longer the one imported (its SHA-256 differs from the one
     * recorded): then its segments cannot be trusted to point at what they quoted.
     */
    public static Optional<String> changed(Document document) {
        Optional<Path> file = file(document);
        if (file.isEmpty()) {
            return Optional.empty(); // not of a library on disk: nothing to compare with
        }
        Optional<Read> read = read(file.get());
        if (read.isPresent() && document.getTextDigest() != null && document.getTextDigest().equalsIgnoreCase(read.get().digest())) {
            return Optional.empty(); // the usual answer, from the texts read last
        }
        return DocumentFiles.changed(file.get().getParent().getParent(), document);
    }

    /** A text file as read, with its SHA-256. */
    private record Read(long modified, long size, String text, String digest) {
    }

    /** The last few texts read: validation and the document editor read the same documents again and again. */
    private static final Map<Path, Read> RECENT = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Read> eldest) {
            return size() > 8;
        }
    });

    private static Optional<Read> read(Path file) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Read known = RECENT.get(file);
            if (known != null && known.modified() == modified && known.size() == size) {
                return Optional.of(known);
            }
            byte[] bytes = Files.readAllBytes(file);
            Read read = new Read(modified, size, new String(bytes, StandardCharsets.UTF_8), sha256(bytes));
            RECENT.put(file, read);
            return Optional.of(read);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The SHA-256 of some bytes, in lower-case hexadecimal. */
    public static String sha256(byte[] bytes) {
        return DocumentFiles.sha256(bytes);
    }

    /** The plain-text file of a document in a library folder. */
    public static Path file(Path libraryFolder, Document document) {
        return DocumentFiles.textFile(libraryFolder, document);
    }

    /** The plain-text file of a document of an opened library (found from the library file it was loaded from). */
    public static Optional<Path> file(Document document) {
        Resource resource = document.eResource();
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null || !uri.isFile() || document.getId() == null) {
            return Optional.empty();
        }
        return Optional.of(file(Path.of(uri.toFileString()).getParent(), document));
    }

    /** A name for the text a person recognises: the document's title or the note's title. */
    public static String title(CodableText text) {
        String title = text instanceof Document d ? d.getTitle() : text instanceof Note n ? n.getTitle() : null;
        return title == null || title.isBlank() ? text.getId() : title;
    }
}
