package org.coprod.ui.documents;

import java.io.IOException;
import java.nio.file.Path;

import org.coprod.core.documents.DocumentFiles;
import org.coprod.model.Document;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * How File > Import Document turns a file into a document: core's {@link DocumentFiles} in the workbench ({@code add}
 * extracts the text and writes {@code documents/<id>.<ext>} and {@code documents/<id>.txt}; {@code discard} deletes
 * them when the document does not make it into the library), a stand-in in tests of the import's job.
 */
public interface DocumentImport {

    /** The files of a new document written into the library folder, and the document (not yet in the library). */
    Document add(Path libraryFolder, Path original, String title, String language, IProgressMonitor monitor) throws IOException;

    /** Deletes the files {@link #add} wrote. */
    void discard(Path libraryFolder, Document document) throws IOException;

    /** The extraction of the workbench: core's document files. */
    DocumentImport EXTRACTION = new DocumentImport() {
        @Override
        public Document add(Path libraryFolder, Path original, String title, String language, IProgressMonitor monitor)
                throws IOException {
            return DocumentFiles.add(libraryFolder, original, title, language, monitor);
        }

        @Override
        public void discard(Path libraryFolder, Document document) throws IOException {
            DocumentFiles.discard(libraryFolder, document);
        }
    };
}
