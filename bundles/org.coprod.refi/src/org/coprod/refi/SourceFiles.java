package org.coprod.refi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.core.documents.DocumentException;
import org.coprod.core.documents.TextExtraction;
import org.eclipse.osgi.util.NLS;

/**
 * The text of a Word or PDF file that a project holds, made by the workbench's one document text extraction
 * ({@link TextExtraction}), so that a document imported from a project reads exactly as the same file added with
 * {@code coprod documents add}. A Word file's parts are checked first ({@link WordParts}).
 */
final class SourceFiles {

    private SourceFiles() {
    }

    /** The normalised text of the file; {@code extension} is "docx" or "pdf", {@code what} names it in messages. */
    static String text(byte[] bytes, String extension, String what, Limits limits) throws RefiException {
        if (extension.equals("docx")) {
            WordParts.check(bytes, what, limits);
        }
        Path temp = null;
        try {
            // the extraction reads files; this one lives only while it is read
            temp = Files.createTempFile("coprod-refi-", "." + extension);
            Files.write(temp, bytes);
            return TextExtraction.extract(temp, null);
        } catch (DocumentException e) {
            throw new RefiException(String.valueOf(e.getMessage()).replace(temp.toString(), what), e);
        } catch (IOException e) {
            throw new RefiException(NLS.bind(Messages.File_unreadable, what, e.getMessage()), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up
                }
            }
        }
    }
}
