package org.coprod.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.coprod.core.Library;
import org.coprod.model.Codebook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Exports a library's codebook alone as a REFI-QDA codebook ({@code .qdc}): the built-in groups and the researchers'
 * codes, nested, with definitions and colours, under the same GUIDs as in a project export.
 */
public final class CodebookExport {

    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    /** What was written. */
    public record Result(Path file, int codes) {
    }

    private final Library library;

    public CodebookExport(Library library) {
        this.library = library;
    }

    /** Writes the codebook to {@code file} (a {@code .qdc}); nothing is left behind when it fails. */
    public Result write(Path file, boolean overwrite, IProgressMonitor monitor) throws RefiException {
        Destination destination = Destination.check(file, "qdc", library.folder(), overwrite);
        Codebook book = library.root().getCodebook();
        if (book == null || book.getCodes().isEmpty()) {
            throw new RefiException(NLS.bind(Messages.Export_noCodes, library.folder()));
        }
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Export_codebookTo, destination.file().getFileName()), 1);
        destination.write(this::write);
        progress.worked(1);
        return new Result(destination.file(), book.getCodes().size());
    }

    /** The {@code .qdc} the export writes, without writing anything. */
    public byte[] xml() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes);
        return bytes.toByteArray();
    }

    private void write(OutputStream stream) throws IOException {
        XmlOut out = new XmlOut(stream);
        out.declaration();
        out.start("CodeBook").attr("xmlns", NAMESPACE).attr("origin", ProjectWriter.ORIGIN);
        CodebookXml.write(out, library.root().getCodebook(), null);
        out.end();
        out.finish();
    }
}
