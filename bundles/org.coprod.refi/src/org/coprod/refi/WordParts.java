package org.coprod.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.osgi.util.NLS;

/**
 * The parts of a Word document a project holds, checked before anything reads it: each XML part is parsed by
 * {@link XmlTree}, so a DOCTYPE inside a Word file is refused like one anywhere else, and the parts are held to the
 * same size and expansion limits as the project's own entries.
 */
final class WordParts {

    private WordParts() {
    }

    static void check(byte[] docx, String what, Limits limits) throws RefiException {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName().toLowerCase(Locale.ROOT);
                byte[] part = readBounded(zip, what + "!" + e.getName(), limits.maxEntryBytes());
                total += part.length;
                if (total > limits.maxTotalBytes() || total > (long) limits.maxRatio() * docx.length && total > limits.ratioFloor()) {
                    throw new Refusal(NLS.bind(Messages.Word_bomb, what));
                }
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    XmlTree.parse(part, what + "!" + e.getName(), limits.maxDepth());
                }
            }
        } catch (RefiException e) {
            throw e;
        } catch (IOException e) {
            throw new RefiException(NLS.bind(Messages.Word_notDocx, what, e.getMessage()), e);
        }
    }

    private static byte[] readBounded(InputStream in, String what, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > max) {
            throw new Refusal(NLS.bind(Messages.Word_tooLarge, what, Limits.megabytes(max)));
        }
        return bytes;
    }
}
