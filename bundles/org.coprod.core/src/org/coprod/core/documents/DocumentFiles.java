package org.coprod.core.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.coprod.core.AtomicFile;
import org.coprod.core.Ids;
import org.coprod.core.Languages;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/**
 * The {@value #FOLDER}/ folder of a library: for each document a byte copy of the file as imported,
 * {@code <id>.<ext>}, and its plain text, {@code <id>.txt} (UTF-8, no byte order mark), which segment offsets count
 * code points into. Both are written once and never written over; a text changed afterwards is reported by
 * {@link #changed}, never quietly extracted again, as that would move every coded passage.
 */
public final class DocumentFiles {

    public static final String FOLDER = "documents";
    static final String TEXT_SUFFIX = ".txt";
    /** An original that is itself a .txt file is kept under this suffix, beside (not over) its plain text. */
    static final String ORIGINAL_TEXT_SUFFIX = ".original.txt";

    private DocumentFiles() {
    }

    /**
     * Extracts the text of {@code original}, then writes its copy and its text under {@value #FOLDER}/, and returns the
     * new document, which is not yet in the library: the caller adds it (in the workbench, through an undoable command)
     * and calls {@link #discard} if it cannot. Nothing is written when the file cannot be read.
     *
     * @param title    null or blank for the file's name without its extension
     * @param language an ISO 639-1 code, or null when not known
     * @param monitor  progress and cancellation; may be null
     * @throws DocumentException naming the file and the problem when it cannot be read or is refused
     * @throws OperationCanceledException when the monitor is cancelled (nothing is written)
     */
    public static Document add(Path libraryFolder, Path original, String title, String language, IProgressMonitor monitor)
            throws IOException {
        return add(libraryFolder, original, title, language, null, monitor);
    }

    /** {@link #add}, with the id given (null for a new one), so a test can make it meet an existing file. */
    static Document add(Path libraryFolder, Path original, String title, String language, String id, IProgressMonitor monitor)
            throws IOException {
        if (!Files.isDirectory(libraryFolder)) {
            throw new DocumentException(libraryFolder + ": no such library folder");
        }
        String name = title(original, title);
        if (language != null && !language.isBlank() && !Languages.isCode(language)) {
            throw new DocumentException(Languages.problem(language));
        }
        byte[] bytes = TextExtraction.read(original);
        String text = TextExtraction.extract(original, bytes, monitor);
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);

        Path folder = libraryFolder.resolve(FOLDER);
        boolean madeFolder = !Files.isDirectory(folder);
        Files.createDirectories(folder);
        AtomicFile.removeLeftovers(folder);
        String ext = TextExtraction.extension(original);
        String docId = id != null ? id : freshId(folder, name, ext);
        Path copy = folder.resolve(originalName(docId, ext));
        Path textFile = folder.resolve(docId + TEXT_SUFFIX);
        boolean copied = false;
        try {
            for (Path p : new Path[] { copy, textFile }) {
                if (Files.exists(p)) {
                    throw new DocumentException(p + " already exists: the files of a document are never written over");
                }
            }
            AtomicFile.create(copy, bytes);
            copied = true;
            AtomicFile.create(textFile, plain);
        } catch (IOException | RuntimeException e) {
            if (copied) {
                Files.deleteIfExists(copy);
            }
            if (madeFolder) {
                deleteIfEmpty(folder);
            }
            throw e;
        }
        Document document = CoprodFactory.eINSTANCE.createDocument();
        document.setId(docId);
        document.setTitle(name);
        document.setLanguage(language == null || language.isBlank() ? null : language);
        document.setImported(new Date());
        document.setOriginalFile(copy.getFileName().toString());
        document.setTextDigest(sha256(plain));
        document.setLength(text.codePointCount(0, text.length())); // offsets count code points
        return document;
    }

    /** The plain text of a document, as it was extracted at import (check {@link #changed} before trusting offsets). */
    public static String text(Path libraryFolder, Document document) throws DocumentException {
        Path file = textFile(libraryFolder, document);
        if (!Files.isRegularFile(file)) {
            throw new DocumentException(missing(document, file));
        }
        try {
            return TextExtraction.utf8(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DocumentException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Why the text of a document can no longer be trusted, if it cannot: its file is missing, or no longer holds what
     * was imported (its SHA-256 differs from the document's {@code textDigest}).
     */
    public static Optional<String> changed(Path libraryFolder, Document document) {
        Path file = textFile(libraryFolder, document);
        if (!Files.isRegularFile(file)) {
            return Optional.of(missing(document, file));
        }
        if (document.getTextDigest() == null || document.getTextDigest().isBlank()) {
            return Optional.of(NLS.bind(Messages.Changed_noDigest, document.getId(), file));
        }
        String now;
        try {
            now = sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.of(NLS.bind(Messages.Changed_unreadable, file, e.getMessage()));
        }
        if (!now.equalsIgnoreCase(document.getTextDigest())) {
            return Optional.of(NLS.bind(Messages.Changed_edited, file, document.getId()));
        }
        return Optional.empty();
    }

    /** Deletes the files {@link #add} wrote for a document that did not make it into the library. */
    public static void discard(Path libraryFolder, Document document) throws IOException {
        Files.deleteIfExists(textFile(libraryFolder, document));
        if (document.getOriginalFile() != null) {
            Files.deleteIfExists(originalFile(libraryFolder, document));
        }
    }

    /** The file holding a document's plain text. */
    public static Path textFile(Path libraryFolder, Document document) {
        return inFolder(libraryFolder, document.getId() + TEXT_SUFFIX);
    }

    /** The file holding the copy of a document's original. */
    public static Path originalFile(Path libraryFolder, Document document) {
        return inFolder(libraryFolder, document.getOriginalFile());
    }

    /** Only the last name counts: a hand-edited library.xmi ("../../x") must not make a read or a discard leave the folder. */
    private static Path inFolder(Path libraryFolder, String name) {
        Path last = Path.of(name).getFileName();
        return libraryFolder.resolve(FOLDER).resolve(last == null || last.toString().isEmpty() ? "-" : last.toString());
    }

    private static String title(Path original, String title) throws DocumentException {
        String name = title;
        if (name == null || name.isBlank()) {
            String file = original.getFileName() == null ? "" : original.getFileName().toString();
            int dot = file.lastIndexOf('.');
            name = dot > 0 ? file.substring(0, dot) : file;
        }
        name = name.strip();
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new DocumentException("the title of " + original + " contains a control character: give a title of printable"
                    + " characters");
        }
        return name;
    }

    /** {@code doc-<slug of the title>-<8 hex digits>}: readable in a file listing, and never the id of an earlier import. */
    private static String freshId(Path folder, String title, String ext) {
        String slug = Ids.fromName(title, "document");
        while (true) {
            String id = "doc-" + slug + "-" + UUID.randomUUID().toString().substring(0, 8);
            if (!Files.exists(folder.resolve(id + TEXT_SUFFIX)) && !Files.exists(folder.resolve(originalName(id, ext)))) {
                return id;
            }
        }
    }

    private static String originalName(String id, String ext) {
        return ext.equals("txt") ? id + ORIGINAL_TEXT_SUFFIX : id + "." + ext;
    }

    private static String missing(Document document, Path file) {
        return NLS.bind(Messages.Changed_missing, new Object[] {document.getId(), document.getTitle(), file});
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // not empty after all, or not ours to remove: leaving an empty folder is harmless
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
