package org.coprod.core.documents;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coprod.core.PoiLogging;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** The text of a PDF, page after page, in the order PDFBox reads it from each page's content. */
final class PdfText {

    private PdfText() {
    }

    static String of(Path file, byte[] content, IProgressMonitor monitor) throws DocumentException {
        // PDFBox logs through Commons Logging, which hands over to the Log4j API: the same first-call lock as POI's
        PoiLogging.unblock();
        try (PDDocument pdf = load(file, content)) {
            if (pdf.isEncrypted()) {
                // Even one that opens without a password: its owner chose to restrict it, and its text is not stored plainly.
                throw new DocumentException(file + " is an encrypted PDF: save a copy without protection and import that");
            }
            int pages = pdf.getNumberOfPages();
            SubMonitor progress = SubMonitor.convert(monitor, "Reading the text of " + file.getFileName(), pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                if (progress.isCanceled()) {
                    // asked for each page: split() checks only now and then
                    throw new OperationCanceledException();
                }
                progress.subTask("Page " + page + " of " + pages);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(pdf));
                progress.worked(1);
            }
            return text.toString();
        } catch (DocumentException | OperationCanceledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(file + ": the text of this PDF cannot be read (it is damaged, or uses a feature "
                    + "the reader does not know)", e);
        }
    }

    private static PDDocument load(Path file, byte[] content) throws DocumentException {
        try {
            return Loader.loadPDF(content);
        } catch (InvalidPasswordException e) {
            throw new DocumentException(file + " is an encrypted PDF that needs a password: save a copy without protection "
                    + "and import that", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(file + " is not a PDF, or it is damaged", e);
        }
    }
}
