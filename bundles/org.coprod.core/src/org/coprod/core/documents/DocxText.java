package org.coprod.core.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.coprod.core.PoiLogging;

/**
 * The text of a Word document's body: each paragraph a line, in document order, tables cell by cell. Headers, footers
 * and comments are left out: they repeat on every page or are not the author's text.
 */
final class DocxText {

    private final StringBuilder text = new StringBuilder();

    private DocxText() {
    }

    static String of(Path file, byte[] content) throws DocumentException {
        PoiLogging.unblock();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // POI finds its XML bean types through the context class loader; inside OSGi that must be POI's own.
        thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            DocxText walk = new DocxText();
            walk.body(document.getBodyElements());
            return walk.text.toString();
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new DocumentException(file + " is a Word 97-2003 document (.doc) or another older Office file: "
                    + "save it as a Word document (.docx) and import that", e);
        } catch (IOException | RuntimeException e) {
            // POI's own words (zip entries, OOXML parts, its zip bomb guard) mean nothing to the researcher
            throw new DocumentException(file + " is not a Word document (.docx), or it is damaged"
                    + (String.valueOf(e.getMessage()).contains("Zip bomb")
                            ? " (it would expand to far more than any document: refused as a possible zip bomb)" : ""), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
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
