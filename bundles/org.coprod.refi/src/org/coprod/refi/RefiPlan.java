package org.coprod.refi;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coprod.core.AtomicFile;
import org.coprod.core.Library;
import org.coprod.core.documents.DocumentFiles;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Source;
import org.eclipse.osgi.util.NLS;

/**
 * What importing a REFI-QDA file would do to a library, worked out in full before anything changes: the coders,
 * codes, sources and documents it adds (with the documents' files), the new cases, the merges into cases the library
 * has, and the report of what is not carried over. {@link #commit} makes it part of the library and writes it, all or
 * nothing; while {@link ImportReport#errors()} is not empty it refuses to.
 */
public final class RefiPlan {

    /**
     * What a commit did: the report (whose counts, once the plan is applied, leave out what a merge found the library
     * already had), and how many files it wrote (or, in a dry run, would write).
     */
    public record Outcome(ImportReport report, int files, boolean dryRun) {
    }

    private final ImportReport report;
    private final List<Coder> coders;
    private final List<Code> codes;
    private final List<Source> sources;
    private final List<Document> documents;
    private final Map<Document, TextPlanning.DocumentBytes> files;
    private final List<Case> newCases;
    private final Map<Case, Case> merges;
    private final List<Runnable> additions;
    private final String description;
    private boolean applied;

    RefiPlan(ImportReport report, List<Coder> coders, List<Code> codes, List<Source> sources, List<Document> documents,
            Map<Document, TextPlanning.DocumentBytes> files, List<Case> newCases, Map<Case, Case> merges, List<Runnable> additions,
            String description) {
        this.report = report;
        this.coders = coders;
        this.codes = codes;
        this.sources = sources;
        this.documents = documents;
        this.files = files;
        this.newCases = newCases;
        this.merges = merges;
        this.additions = additions;
        this.description = description;
    }

    public ImportReport report() {
        return report;
    }

    /** Whether the import may be applied: no error refuses it. */
    public boolean applicable() {
        return report.errors().isEmpty();
    }

    /** The new cases (not yet in the library). */
    public List<Case> newCases() {
        return List.copyOf(newCases);
    }

    /**
     * Makes the plan part of the library in memory (once); {@link #commit} also writes it. The workbench runs this
     * inside one change command, so that the whole import is one undoable edit.
     */
    public void apply(Library library) {
        if (!applicable()) {
            throw new IllegalStateException("an import with errors is not applied: " + report.errors());
        }
        if (applied) {
            throw new IllegalStateException("the import was applied already");
        }
        applied = true;
        var root = library.root();
        root.getCoders().addAll(coders);
        if (root.getCodebook() == null) {
            root.setCodebook(CoprodFactory.eINSTANCE.createCodebook());
        }
        root.getCodebook().getCodes().addAll(codes);
        root.getSources().addAll(sources);
        root.getDocuments().addAll(documents);
        if (description != null) {
            root.setDescription(description);
        }
        additions.forEach(Runnable::run);
        newCases.forEach(library::addCase);
        merges.forEach((from, into) -> {
            CaseAdditions.Dropped d = CaseAdditions.merge(from, into);
            report.caseNotes -= d.notes();
            report.segments -= d.segments();
            report.codings -= d.codings();
            report.memos -= d.memos();
            report.summaries -= d.summaries();
        });
    }

    /** The cases a save needs to compare after {@link #apply}: the new ones and those merged into. */
    public List<Case> touchedCases() {
        List<Case> out = new ArrayList<>(newCases);
        out.addAll(merges.values());
        return out;
    }

    /**
     * Applies the plan and writes it: the documents' files first (each a new file, never over another), then the
     * library in one all-or-nothing save, whose case files are staged on disk as they are serialised (so the bytes of
     * 10,000 case files are never all held at once) and take their place together; if anything fails, the files
     * written are removed and nothing is imported. A dry run serialises everything a real run would (so it refuses what
     * a real run would) and writes nothing.
     */
    public Outcome commit(Library library, boolean dryRun) throws RefiException {
        if (!applicable()) {
            throw new RefiException(NLS.bind(Messages.Import_nothing, report.file(), String.join("; ", report.errors())));
        }
        if (dryRun) {
            apply(library);
            try {
                Library.Changes changes = library.changes(touchedCases());
                return new Outcome(report, changes.writes().size() + changes.deletes().size() + documentFiles(), true);
            } catch (IOException | RuntimeException e) {
                throw new RefiException(NLS.bind(Messages.Import_nothingWould, report.file(), e.getMessage()), e);
            }
        }
        List<Path> written = writeDocuments(library.folder());
        try {
            apply(library);
            Library.Changes changes = library.save(touchedCases());
            return new Outcome(report, changes.writes().size() + changes.deletes().size() + written.size(), false);
        } catch (IOException | RuntimeException e) {
            discard(written);
            throw new RefiException(NLS.bind(Messages.Import_nothing, report.file(), e.getMessage()), e);
        }
    }

    /**
     * Writes the files of the new documents (their texts, and their Word or PDF originals) under the library's
     * {@code documents/}, each a new file, never over another; returns them. The workbench writes them before it
     * applies the plan as an edit (a document's text must be there to be shown), and {@link #discard}s them if that fails.
     */
    public List<Path> writeDocuments(Path libraryFolder) throws RefiException {
        List<Path> written = new ArrayList<>();
        try {
            for (Document d : documents) {
                TextPlanning.DocumentBytes f = files.get(d);
                write(DocumentFiles.textFile(libraryFolder, d), f.text(), written);
                if (f.originalName() != null) {
                    write(DocumentFiles.originalFile(libraryFolder, d), f.original(), written);
                }
            }
            return written;
        } catch (IOException | RuntimeException e) {
            discard(written);
            throw new RefiException(NLS.bind(Messages.Import_nothing, report.file(), e.getMessage()), e);
        }
    }

    /** Removes document files {@link #writeDocuments} wrote, for an import that did not go through. */
    public static void discard(List<Path> written) {
        for (Path p : written) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the library does not name it: a stray file, never a broken library
            }
        }
    }

    private int documentFiles() {
        return files.values().stream().mapToInt(f -> f.originalName() == null ? 1 : 2).sum();
    }

    private static void write(Path file, byte[] bytes, List<Path> written) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            AtomicFile.create(file, bytes);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " already exists: the files of a document are never written over", e);
        }
        written.add(file);
    }
}
