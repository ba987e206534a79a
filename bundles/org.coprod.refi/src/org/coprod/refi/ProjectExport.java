package org.coprod.refi;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Document;
import org.coprod.model.Note;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Exports a library, or some of its cases, as a REFI-QDA project ({@code .qdpx}): a zip holding {@code project.qde}
 * and, in {@code sources/}, the plain text of every document and case note as {@code <GUID>.txt} (UTF-8, no byte
 * order mark, the very text the segments' code points count into) and the Word or PDF original of a document.
 * Every entry has the same fixed time and GUIDs come from the library's ids, so exporting the same library twice
 * gives the same bytes.
 */
public final class ProjectExport {

    /** What an export wrote; {@code warnings} name what was left out (unreadable texts, passages outside their text). */
    public record Result(Path file, int cases, int documents, int notes, int selections, int codes, int coders,
            List<String> warnings) {
    }

    /**
     * What a case holds that REFI-QDA has no element for, and how it travels: the list a user is shown before exporting.
     */
    public static final List<String> CARRIED_AS_TEXT = carriedAsText();

    /** The time every zip entry carries, so that the zip's bytes depend on the library alone. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final Library library;
    private final List<Case> cases;

    /** An export of every case of the library (and every document, even one no case draws on). */
    public ProjectExport(Library library) {
        this(library, library.root().getCases());
    }

    /** An export of these cases of the library, with the documents they draw on. */
    public ProjectExport(Library library, List<Case> cases) {
        this.library = library;
        this.cases = List.copyOf(cases);
    }

    private static List<String> carriedAsText() {
        List<String> out = new ArrayList<>();
        out.add(Messages.Carried_facts);
        // the sections keep their English names: they are the record note's headings, written into the file
        CaseRecordText.SECTIONS.forEach(s -> out.add(NLS.bind(Messages.Carried_recordSection, s)));
        out.add(Messages.Carried_memos);
        out.add(Messages.Carried_segmentMemo);
        out.add(Messages.Carried_notExported);
        return List.copyOf(out);
    }

    /** The cases of the library with these ids, in order; an unknown id is named in the message. */
    public static List<Case> cases(Library library, List<String> ids) throws RefiException {
        List<Case> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            String trimmed = id.strip();
            if (!trimmed.isEmpty()) {
                library.findCase(trimmed).ifPresentOrElse(c -> {
                    if (!found.contains(c)) {
                        found.add(c);
                    }
                }, () -> unknown.add(trimmed));
            }
        }
        if (!unknown.isEmpty()) {
            throw new RefiException(unknown.size() == 1 ? NLS.bind(Messages.Export_unknownCase, unknown.get(0), library.folder())
                    : NLS.bind(Messages.Export_unknownCases, unknown, library.folder()));
        }
        return found;
    }

    /**
     * Writes the project to {@code file} (a {@code .qdpx}), replacing an existing file only when {@code overwrite};
     * nothing is left behind when it fails or is cancelled.
     */
    public Result write(Path file, boolean overwrite, IProgressMonitor monitor) throws RefiException {
        Destination destination = Destination.check(file, "qdpx", library.folder(), overwrite);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Export_casesTo, cases.size(), destination.file().getFileName()),
                cases.size() * 2 + 1);
        ExportScope scope = new ExportScope(library, cases);
        int[] written = new int[2]; // selections, notes
        destination.write(out -> zip(scope, out, progress, written));
        return new Result(destination.file(), cases.size(), scope.documents.size(), written[1], written[0], codes(), scope.coders.size(),
                List.copyOf(scope.warnings));
    }

    /** The {@code project.qde} the export writes, without writing anything. */
    public byte[] projectXml() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ProjectWriter(new ExportScope(library, cases), bytes).write(new NullProgressMonitor());
        return bytes.toByteArray();
    }

    private int codes() {
        return library.root().getCodebook() == null ? 0 : library.root().getCodebook().getCodes().size();
    }

    private static void zip(ExportScope scope, OutputStream stream, SubMonitor progress, int[] written) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8)) {
            // deflate took two thirds of an export's time at the default level; the fastest gives files a few per cent larger
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, ProjectFiles.PROJECT);
            ProjectWriter writer = new ProjectWriter(scope, new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() {
                    // the zip stays open for the next entry
                }
            });
            written[0] = writer.write(progress.split(scope.cases.size() + 1));
            written[1] = writer.notesWritten();
            zip.closeEntry();
            for (Document d : scope.documents) {
                String guid = Guids.document(d);
                switch (scope.kinds.get(d)) {
                    case PDF -> {
                        file(zip, ProjectFiles.entry(Guids.representation(d), "txt"), scope.textBytes(d));
                        file(zip, ProjectFiles.entry(guid, "pdf"), Files.readAllBytes(scope.original(d)));
                    }
                    case DOCX -> {
                        file(zip, ProjectFiles.entry(guid, "txt"), scope.textBytes(d));
                        file(zip, ProjectFiles.entry(guid, "docx"), Files.readAllBytes(scope.original(d)));
                    }
                    case TEXT -> file(zip, ProjectFiles.entry(guid, "txt"), scope.textBytes(d));
                }
            }
            SubMonitor notes = progress.split(scope.cases.size());
            notes.setWorkRemaining(scope.cases.size());
            for (Case c : scope.cases) {
                for (Note n : c.getNotes()) {
                    file(zip, ProjectFiles.entry(Guids.note(c, n), "txt"), ExportScope.noteText(n).getBytes(StandardCharsets.UTF_8));
                }
                notes.worked(1);
            }
            zip.finish();
        }
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
    }

    private static void file(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        entry(zip, name);
        zip.write(bytes);
        zip.closeEntry();
    }
}
