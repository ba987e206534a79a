package org.coprod.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.coprod.core.PoiLogging;

/**
 * The text of a Word document that a project gives as a source's rich text ({@code richTextPath}), for the sources whose
 * plain text the project leaves empty, as NVivo for Mac does: each body paragraph a line, tables cell by cell (the
 * rule documents imported from Word files follow). Every XML part of the document is first parsed by
 * {@link XmlTree}, so a DOCTYPE inside a Word file is refused like one anywhere else, and its parts are held to the
 * same size limits as the project's.
 */
final class DocxText {

    private final StringBuilder text = new StringBuilder();

    private DocxText() {
    }

    static String of(byte[] docx, String what, Limits limits) throws RefiException {
        check(docx, what, limits);
        PoiLogging.unblock();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // POI finds its XML bean types through the context class loader; inside OSGi that must be POI's own
        thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            DocxText walk = new DocxText();
            walk.body(document.getBodyElements());
            return walk.text.toString();
        } catch (IOException | RuntimeException e) {
            throw new RefiException(what + " is not a Word document (.docx), or it is damaged", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Parses each XML part of the document securely, refusing a DOCTYPE, before POI sees any of it. */
    static void check(byte[] docx, String what, Limits limits) throws RefiException {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName().toLowerCase(Locale.ROOT);
                byte[] part = readBounded(zip, what + "!" + e.getName(), limits.maxEntryBytes());
                total += part.length;
                if (total > limits.maxTotalBytes() || total > (long) limits.maxRatio() * docx.length && total > limits.ratioFloor()) {
                    throw new Refusal(what + ": refused as a possible zip bomb: it expands to far more than a document");
                }
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    XmlTree.parse(part, what + "!" + e.getName(), limits.maxDepth());
                }
            }
        } catch (RefiException e) {
            throw e;
        } catch (IOException e) {
            throw new RefiException(what + " is not a Word document (.docx), or it is damaged: " + e.getMessage(), e);
        }
    }

    private static byte[] readBounded(InputStream in, String what, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > max) {
            throw new Refusal(what + ": refused: it is larger than " + Limits.megabytes(max));
        }
        return bytes;
    }

    private void body(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                line(p.getText());
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell.getBodyElements());
                    }
                }
            }
        }
    }

    private void line(String paragraph) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(paragraph);
    }
}
