package org.coprod.ui;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.widgets.Display;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.coprod.core.AtomicFile;
import org.coprod.core.Library;
import org.coprod.model.Case;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * What the workbench would lose if it were killed now: a copy of every case with unsaved changes, and the ids of the
 * cases deleted since the last save, kept in {@value #FOLDER} beside the case files a moment after each edit. Saving,
 * or discarding the changes, empties it; the next start offers to recover what it holds. The library's own files are
 * never touched by it: they change only on Save, atomically.
 */
public final class EditJournal {

    public static final String FOLDER = ".recovery";
    private static final String MANIFEST = "journal.properties";

    /** What a journal holds: the case copies, the deleted ids, and when it was written. */
    public record Pending(List<Path> cases, List<String> deleted, Instant written) {
        public boolean isEmpty() {
            return cases.isEmpty() && deleted.isEmpty();
        }
    }

    private static final int DELAY_MS = 1000;
    private final Path folder;
    /** One Runnable, so that each edit postpones the same write (a burst of typing writes once it pauses). */
    private Runnable writeSoon;

    public EditJournal(Path libraryFolder) {
        this.folder = libraryFolder.resolve(FOLDER);
    }

    /** Writes the journal a moment after the last edit (UI thread); a failure to write it never stops the edit itself. */
    public void writeSoon(WorkbenchSession session) {
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        if (writeSoon == null) {
            writeSoon = () -> {
                if (session.isActive() && session.library() != null) {
                    try {
                        write(session);
                    } catch (IOException | RuntimeException e) {
                        ILog.of(EditJournal.class).warn("The edit journal could not be written: "
                                + e.getMessage(), e);
                    }
                }
            };
        }
        display.timerExec(DELAY_MS, writeSoon);
    }

    /** Writes the unsaved state of the session (UI thread: it reads the live model); empties the journal when there is none. */
    public void write(WorkbenchSession session) throws IOException {
        Library library = session.library();
        if (library == null) {
            return;
        }
        List<Case> changed = library.root().getCases().stream().filter(c -> session.isNew(c) || session.hasUnsavedChanges(c)).toList();
        List<String> deleted = session.deletedSinceSave();
        if (changed.isEmpty() && deleted.isEmpty()) {
            clear();
            return;
        }
        if (Files.isSymbolicLink(folder) || Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder,
                LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(folder + " is not a folder of ours; the edit journal was not written");
        }
        Files.createDirectories(folder);
        Set<String> keep = new HashSet<>();
        for (Case c : changed) {
            Path file = folder.resolve(c.getId() + Library.CASE_FILE_SUFFIX);
            Resource copy = new XMIResourceFactoryImpl().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            copy.getContents().add(EcoreUtil.copy(c));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            copy.save(bytes, Library.saveOptions());
            AtomicFile.write(file, bytes.toByteArray());
            keep.add(file.getFileName().toString());
        }
        Properties manifest = new Properties();
        manifest.setProperty("deleted", String.join(",", deleted));
        manifest.setProperty("written", Instant.now().toString());
        StringWriter text = new StringWriter();
        manifest.store(text, "Unsaved edits of this library; derived from the workbench's memory, safe to delete");
        AtomicFile.write(folder.resolve(MANIFEST), text.toString().getBytes(StandardCharsets.UTF_8));
        keep.add(MANIFEST);
        for (Path stale : ours()) {
            if (!keep.contains(stale.getFileName().toString())) {
                Files.deleteIfExists(stale);
            }
        }
    }

    /** Empties the journal: only its own files go, never anything else that may be in the folder. */
    public void clear() throws IOException {
        for (Path p : ours()) {
            Files.deleteIfExists(p);
        }
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> rest = Files.list(folder)) {
                if (rest.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    /** What a journal left by a workbench that did not close cleanly holds (empty when there is none). */
    public Pending read() throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return new Pending(List.of(), List.of(), null);
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(manifest)));
        List<String> deleted = Stream.of(p.getProperty("deleted", "").split(",")).filter(s -> !s.isBlank()).toList();
        Instant written = p.getProperty("written") == null ? null : Instant.parse(p.getProperty("written"));
        List<Path> cases = ours().stream().filter(f -> f.getFileName().toString().endsWith(Library.CASE_FILE_SUFFIX)).sorted().toList();
        return new Pending(cases, deleted, written);
    }

    /**
     * One undoable command that puts the journal's state into the session: recovered cases replace their loaded values
     * (feature by feature, so references from elsewhere stay valid), new ones are added, deleted ones removed. Run on
     * the UI thread; the library becomes dirty and is saved when the user saves.
     */
    public Command recoverCommand(WorkbenchSession session, Pending pending) {
        CompoundCommand all = new CompoundCommand("Recover Unsaved Edits");
        var rs = session.editingDomain().getResourceSet();
        for (Path file : pending.cases()) {
            Resource r = rs.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
            if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Case recovered)) {
                continue;
            }
            Case loaded = session.findCase(recovered.getId());
            // The journal's copy is read once; it is never saved back where it was read from.
            rs.getResources().remove(r);
            if (loaded == null) {
                r.getContents().remove(recovered); // so that the library gives it its own case file
                all.append(session.cases().add(recovered, "Recover Case"));
                continue;
            }
            for (EStructuralFeature f : recovered.eClass().getEAllStructuralFeatures()) {
                if (f.isChangeable() && !f.isDerived() && !f.isTransient() && !same(loaded, recovered, f)) {
                    Object value = f.isMany() ? new ArrayList<>((Collection<?>) recovered.eGet(f)) : recovered.eGet(f);
                    all.append(SetCommand.create(session.editingDomain(), loaded, f, value == null ? SetCommand.UNSET_VALUE : value));
                }
            }
        }
        List<Case> gone = pending.deleted().stream().map(session::findCase).filter(Objects::nonNull).toList();
        if (!gone.isEmpty()) {
            all.append(session.cases().delete(gone));
        }
        return all;
    }

    /** Whether a feature holds the same in both copies: contents compared deeply, references and values as they are. */
    @SuppressWarnings("unchecked")
    private static boolean same(Case a, Case b, EStructuralFeature f) {
        if (f instanceof EReference ref && ref.isContainment()) {
            return f.isMany() ? EcoreUtil.equals((List<EObject>) a.eGet(f),
                    (List<EObject>) b.eGet(f))
                    : EcoreUtil.equals((EObject) a.eGet(f), (EObject) b.eGet(f));
        }
        return Objects.equals(a.eGet(f), b.eGet(f));
    }

    private List<Path> ours() throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> f.getFileName().toString().endsWith(Library.CASE_FILE_SUFFIX) || f.getFileName().toString()
                            .equals(MANIFEST))
                    .toList();
        }
    }
}
