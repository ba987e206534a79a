package org.coprod.core.documents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Turns an original file (plain text, Markdown, HTML, Word or PDF) into the plain text that every segment offset of a
 * document refers to. The text is made once, at import, and kept: a later version of a library (PDFBox, jsoup, POI)
 * may extract the same file a little differently, which would shift every offset, so it is never made again.
 */
public final class TextExtraction {

    /** Extensions (lower case) of the files that can be read. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "docx", "pdf");

    /** Larger files are refused: a library is kept in version control, and the whole file is read into memory. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private static final char BOM = '\uFEFF';

    private TextExtraction() {
    }

    /**
     * The plain text of a file, normalised (no leading byte order mark; line feeds only).
     *
     * @param monitor progress and cancellation (a PDF reports page by page); may be null
     * @throws DocumentException naming the file and the problem when it cannot be read
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static String extract(Path file, IProgressMonitor monitor) throws DocumentException {
        return extract(file, read(file), monitor);
    }

    /** The lower-case extension of a file name, or "" when it has none. */
    public static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The bytes of a file that {@link #extract} accepts: a readable, non-empty regular file of a known kind within the limit. */
    static byte[] read(Path file) throws DocumentException {
        String ext = extension(file);
        if (!Files.exists(file)) {
            throw new DocumentException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new DocumentException(file + " is not a file");
        }
        if (!EXTENSIONS.contains(ext)) {
            throw new DocumentException(file + ": " + (ext.isEmpty() ? "a file without an extension" : "a ." + ext + " file")
                    + " cannot be imported as a document (it can be .txt, .md, .html, .htm, .docx or .pdf)");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new DocumentException(file + " is empty");
            }
            if (size > MAX_BYTES) {
                throw new DocumentException(file + " is " + size / (1024 * 1024) + " MB, more than the " + MAX_BYTES / (1024 * 1024)
                        + " MB a document may have (split it, or save it without embedded images)");
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new DocumentException(file + " cannot be read: permission denied", e);
        } catch (DocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new DocumentException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The normalised text of {@code content}, read as the kind of file {@code file}'s extension names. */
    static String extract(Path file, byte[] content, IProgressMonitor monitor) throws DocumentException {
        String text = switch (extension(file)) {
            case "txt", "md" -> utf8(file, content);
            case "html", "htm" -> HtmlText.of(file, content);
            case "docx" -> DocxText.of(file, content);
            case "pdf" -> PdfText.of(file, content, monitor);
            default -> throw new DocumentException(file + ": not a kind of file that can be imported as a document");
        };
        String normal = normalise(text);
        if (normal.isBlank()) {
            throw new DocumentException(file + " has no text" + (extension(file).equals("pdf")
                    ? " (a scanned PDF holds pictures of pages: run it through text recognition first)" : ""));
        }
        return normal;
    }

    /** The one normalisation of every text: no leading byte order mark, and CR LF or a lone CR become LF. */
    static String normalise(String text) {
        String t = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Strict UTF-8: a byte that is not UTF-8 is refused, never replaced, so the text is never quietly wrong. */
    static String utf8(Path file, byte[] content) throws DocumentException {
        if (content.length >= 2 && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF
                || content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)) {
            throw new DocumentException(file + " is UTF-16 text, not UTF-8: save it as UTF-8 and import it again");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length); // UTF-8 never gives more chars than it has bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new DocumentException(file + " is not UTF-8 text: the byte at offset " + at + " (0x"
                    + String.format("%02X", content[at] & 0xFF) + ") is not valid UTF-8; save the file as UTF-8 and import it again");
        }
        return out.flip().toString();
    }
}
