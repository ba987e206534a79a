package org.coprod.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Writes a brief to a file without ever losing anything ({@link ExportFile}): the destination is checked first (not a
 * folder, not inside the case library, not the reference document, not an existing file unless overwriting is
 * allowed), the brief is written to a temporary file beside it and moved into place only when complete, so a failure
 * or a cancel leaves no partial file behind.
 */
public final class BriefExport {

    private final BriefFormat format;
    private final Path destination;
    private final Path reference;
    private final Path libraryFolder;
    private final boolean overwrite;

    /**
     * @param reference     the reference .docx, or null for the bundled one (ignored for Markdown)
     * @param libraryFolder the folder of the library the cases come from, which an export never writes into
     */
    public BriefExport(BriefFormat format, Path destination, Path reference, Path libraryFolder, boolean overwrite) {
        this.format = format;
        this.destination = destination;
        this.reference = reference;
        this.libraryFolder = libraryFolder;
        this.overwrite = overwrite;
    }

    /** The cases with these ids, in order; an unknown id is named in the message. */
    public static List<Case> cases(Library library, List<String> ids) throws BriefException {
        List<Case> cases = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            String trimmed = id.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            library.findCase(trimmed).ifPresentOrElse(cases::add, () -> unknown.add(trimmed));
        }
        if (!unknown.isEmpty()) {
            throw new BriefException(unknown.size() == 1 ? NLS.bind(Messages.Export_unknownCase, unknown.get(0), library.folder())
                    : NLS.bind(Messages.Export_unknownCases, unknown, library.folder()));
        }
        return cases;
    }

    /** Checks everything that can be checked before any work: a bad destination is reported before the brief is built. */
    public void check() throws BriefException {
        ExportFile file = file();
        file.checkPlace();
        file.checkNamed(BriefFormat.of(file.target()).map(BriefFormat::extension), format.extension());
        if (format == BriefFormat.DOCX && reference != null && !Files.isRegularFile(reference)) {
            throw new BriefException(NLS.bind(Messages.Export_noReference, reference));
        }
        file.checkSafe();
    }

    private ExportFile file() {
        List<ExportFile.Source> sources = format == BriefFormat.DOCX && reference != null
                ? List.of(new ExportFile.Source(reference, Messages.Source_reference))
                : List.of();
        return new ExportFile(destination, Messages.What_brief, "brief." + format.extension(), libraryFolder, sources, overwrite);
    }

    /** Builds the brief for the request and writes it; cancelling stops it and leaves nothing behind. */
    public Brief run(BriefRequest request, IProgressMonitor monitor) throws BriefException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Export_writing, destination.getFileName()), 10);
        check();
        request.check();
        progress.subTask(NLS.bind(request.cases().size() == 1 ? Messages.Export_assemblingOne : Messages.Export_assemblingMany,
                request.cases().size()));
        Brief brief = BriefAssembler.assemble(request);
        progress.worked(3);
        ExportFile.cancelled(progress);
        write(brief, progress.split(7));
        return brief;
    }

    /** Writes a brief already built. */
    public void write(Brief brief, IProgressMonitor monitor) throws BriefException {
        SubMonitor progress = SubMonitor.convert(monitor, 4);
        check();
        progress.subTask(NLS.bind(Messages.Export_writingFormat, format.label()));
        byte[] bytes = render(brief);
        progress.worked(3);
        ExportFile.cancelled(progress);
        if (format == BriefFormat.MARKDOWN) {
            // every figure file is checked before any is written, so a refusal leaves nothing behind
            List<ExportFile> figureFiles = new ArrayList<>();
            List<Figure> figures = figures(brief);
            for (Figure f : figures) {
                ExportFile file = new ExportFile(destination.resolveSibling(MarkdownWriter.figureFile(stem(), f)), Messages.What_figure,
                        "brief-" + f.name() + ".png", libraryFolder, List.of(), overwrite);
                file.check();
                figureFiles.add(file);
            }
            for (int i = 0; i < figures.size(); i++) {
                figureFiles.get(i).write(figures.get(i).png(), null);
            }
        }
        file().write(bytes, progress.split(1));
    }

    /** The figures of a brief, in order. */
    public static List<Figure> figures(Brief brief) {
        List<Figure> figures = new ArrayList<>();
        for (Block b : brief.blocks()) {
            if (b instanceof Block.Grid g && g.figure() != null) {
                figures.add(g.figure());
            } else if (b instanceof Block.Picture p) {
                figures.add(p.figure());
            }
        }
        return figures;
    }

    /** The destination's name without its extension: the figures of "opp.md" are "opp-grid.png" and so on. */
    private String stem() {
        String name = destination.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private byte[] render(Brief brief) throws BriefException {
        if (format == BriefFormat.MARKDOWN) {
            return MarkdownWriter.toMarkdown(brief, stem()).getBytes(StandardCharsets.UTF_8);
        }
        // the Word file is built in memory and only then written, so the temporary file exists for the write alone
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (OutputStream out = bytes) {
            new DocxWriter(reference).write(brief, out);
        } catch (IOException e) {
            throw new BriefException(e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** The destination exists and overwriting was not allowed: the user may choose to replace it. */
    public static final class DestinationExistsException extends BriefException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        public DestinationExistsException(Path file) {
            super(NLS.bind(Messages.Export_destinationExists, file));
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
