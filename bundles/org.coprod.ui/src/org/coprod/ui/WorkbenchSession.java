package org.coprod.ui;

import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.coprod.core.Library;
import org.coprod.core.documents.WithdrawnFiles;
import org.coprod.core.LibraryException;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Typology;
import org.coprod.model.provider.CoprodItemProviderAdapterFactory;
import org.coprod.ui.commands.CaseCommands;
import org.coprod.ui.emf.LibraryCommandStack;
import org.coprod.ui.summary.CaseSummary;
import org.coprod.ui.summary.SummaryCache;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;

/**
 * The library open in this workbench: its case summaries (available at once, from the summary cache), then the library
 * itself with one editing domain and command stack. Dirty state is the command stack's; saving writes only the cases the
 * commands touched, through {@link Library}'s atomic writes. All methods except {@link #prepare} and {@link #load} run on
 * the UI thread.
 * <p>
 * Threads: the live model belongs to the UI thread, which edits it. Background jobs never read it directly: they read
 * the library's saved files (the search index, the summaries), or read the live model in short {@code syncExec} batches
 * (the Problems view's validation), or are handed what the UI thread built from it (a brief is assembled on the UI
 * thread; its job only writes the file).
 */
public final class WorkbenchSession {

    /** Told on the UI thread about the workbench session's life; views of this bundle use it. */
    public interface Observer {
        /** A session became active (its summaries are known; its library may still be loading). */
        default void sessionActivated(WorkbenchSession session) {
        }

        /** The session's library is loaded and cases can be opened and edited. */
        default void sessionLoaded(WorkbenchSession session) {
        }

        /** Cases were added, removed or changed (their summaries changed). */
        default void summariesChanged(WorkbenchSession session) {
        }

        /** The command stack changed: dirty state, undo and redo labels. */
        default void dirtyChanged(WorkbenchSession session) {
        }

        /** The library was closed and no other replaces it: show no library. */
        default void sessionClosed() {
        }

        /** Cases written to disk by a save, or read again after a pull wrote them (the search index updates from these). */
        default void casesSaved(WorkbenchSession session, List<Case> cases) {
        }

        /** Ids of cases whose files a save (or a pull) deleted. */
        default void casesDeleted(WorkbenchSession session, List<String> caseIds) {
        }
    }

    private static volatile WorkbenchSession active;
    private static volatile CaseOpening opening = (session, id) -> {
    };
    private static final List<Observer> OBSERVERS = new CopyOnWriteArrayList<>();

    private final Path folder;
    private final String name;
    private final ComposedAdapterFactory adapterFactory;
    private final LibraryCommandStack stack = new LibraryCommandStack();
    private final AdapterFactoryEditingDomain domain;
    private final LoadedCases cases;
    private final UnsavedEdits unsaved = new UnsavedEdits(stack);
    private final EditJournal journal;
    private final CaseLibrary libraryFile;
    private final WithdrawnFiles withdrawn;
    private Library library;
    private boolean loadedNow;
    /** Whether a library upgraded from an older format on opening still has its upgrade to write (every file may differ). */
    private boolean upgradeUnsaved;

    private WorkbenchSession(Path folder, CaseLibrary libraryFile, List<CaseSummary> list) {
        this.folder = folder;
        this.libraryFile = libraryFile;
        this.name = libraryFile != null && libraryFile.getName() != null ? libraryFile.getName() : folder.getFileName().toString();
        this.journal = new EditJournal(folder);
        this.cases = new LoadedCases(list);
        this.withdrawn = new WithdrawnFiles(folder);
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new CoprodItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
    }

    /**
     * The session shown in the workbench, or null: the one registry of the open library. It exists before its library
     * has loaded ({@link #isLoaded}); {@link #current()} is the same session once it has.
     * <p>
     * Only for code that Eclipse creates or calls with nothing to hand it (menu actions, preference pages, the workbench
     * advisor): parts get their session from {@link #follow}, an editor from its input, widgets from their part.
     */
    public static WorkbenchSession active() {
        return active;
    }

    /** Whether this is still the session shown in the workbench (not replaced by another library, nor closed). */
    public boolean isActive() {
        return active == this;
    }

    /**
     * The open library's session once it has loaded, else null: while another library replaces it, search and export
     * see no library rather than the replaced one.
     */
    public static WorkbenchSession current() {
        WorkbenchSession s = active;
        return s != null && s.isLoaded() ? s : null;
    }

    public static void addObserver(Observer o) {
        OBSERVERS.add(o);
    }

    /**
     * Adds an observer that joins late (a view opened, the status line built, after a library came): it is told about
     * the open library, if any, as if it had been observing when the library was activated and loaded.
     */
    public static void follow(Observer o) {
        OBSERVERS.add(o);
        WorkbenchSession s = active;
        if (s != null) {
            o.sessionActivated(s);
            if (s.isLoaded()) {
                o.sessionLoaded(s);
            }
        }
    }

    public static void removeObserver(Observer o) {
        OBSERVERS.remove(o);
    }

    /** First step of opening, on any thread: reads the summaries (from the cache, rebuilding stale entries). */
    public static WorkbenchSession prepare(Path folder, IProgressMonitor monitor) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(Library.LIBRARY_FILE))) {
            throw new LibraryException("Not a case library: " + dir.resolve(Library.LIBRARY_FILE) + " does not exist");
        }
        return new WorkbenchSession(dir, SummaryCache.libraryFile(dir), SummaryCache.load(dir, monitor));
    }

    /** Second step, on any thread: loads the library into this session's editing domain. */
    public void load(IProgressMonitor monitor) throws LibraryException {
        monitor.subTask(NLS.bind(Messages.WorkbenchSession_loadingCases, cases.summaries().size()));
        library = Library.open(folder, domain.getResourceSet());
        upgradeUnsaved = library.upgradedFrom().isPresent();
    }

    /** Opens a library synchronously on the UI thread (tests, and small libraries). */
    public static WorkbenchSession open(Path folder, IProgressMonitor monitor) throws IOException {
        WorkbenchSession s = prepare(folder, monitor);
        s.activate();
        s.load(monitor);
        s.loaded();
        return s;
    }

    /** Shows this session's summaries in the workbench (UI thread). */
    public void activate() {
        WorkbenchSession previous = active;
        active = this;
        if (previous != null && previous != this) {
            previous.dispose();
        }
        OBSERVERS.forEach(o -> o.sessionActivated(this));
    }

    /**
     * File > Close Library: the open library goes and none replaces it (the caller has already asked about unsaved
     * changes); every view shows no library, and editors close.
     */
    public static void closeActive() {
        WorkbenchSession previous = active;
        if (previous == null) {
            return;
        }
        active = null;
        previous.dispose();
        OBSERVERS.forEach(Observer::sessionClosed);
    }

    /** Makes the loaded library current: cases can be opened and edited (UI thread). */
    public void loaded() {
        cases.load(library.root(), unsaved.touched());
        unsaved.saved(new HashSet<>(cases.ids()));
        stack.addCommandStackListener(this::commandStackChanged);
        loadedNow = true;
        OBSERVERS.forEach(o -> o.sessionLoaded(this));
        OBSERVERS.forEach(o -> o.summariesChanged(this));
    }

    public boolean isLoaded() {
        return loadedNow;
    }

    public Path folder() {
        return folder;
    }

    /** The library's name, known before it has loaded. */
    public String name() {
        return library != null && library.root().getName() != null ? library.root().getName() : name;
    }

    /** The library's typologies: from the library file alone until the library has loaded, then the live ones. */
    public List<Typology> typologies() {
        if (library != null) {
            return library.root().getTypologies();
        }
        return libraryFile == null ? List.of() : libraryFile.getTypologies();
    }

    public Library library() {
        return library;
    }

    public AdapterFactoryEditingDomain editingDomain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public LibraryCommandStack commandStack() {
        return stack;
    }

    /** Commits what widgets still hold (a cell being edited) as commands, before anything asks whether the library is dirty. */
    public void commitPendingEdits() {
        stack.commitPendingEdits();
    }

    /** The summaries of all cases, in id order. */
    public Collection<CaseSummary> summaries() {
        return cases.summaries();
    }

    /** The loaded case with this id, or null (also while the library is still loading). */
    public Case findCase(String id) {
        return cases.find(id);
    }

    /**
     * Whether the case differs from its saved file: a command that touched it was executed, or undone, since the last
     * save. Edits that were undone back to the saved state do not count, so one case's edit never stars another's editor.
     */
    public boolean hasUnsavedChanges(Case c) {
        return unsaved.differsFromFile(c);
    }

    public boolean isDirty() {
        return stack.isSaveNeeded();
    }

    /** Executes an edit on the command stack; false if it could not run. */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        stack.execute(command);
        return true;
    }

    /** Opens the case in its editor. */
    public void openCase(Case c) {
        if (c != null) {
            openCase(c.getId());
        }
    }

    /** Opens the case with this id, if the library has one. */
    public void openCase(String caseId) {
        if (findCase(caseId) != null) {
            opening.open(this, caseId);
        }
    }

    /** How cases are opened for editing (the workbench's editor, set at start-up); none until then, and in tests. */
    public static void openCasesWith(CaseOpening how) {
        opening = how;
    }

    /** The library's case edits (new, duplicate, add, delete); null before the library has loaded. */
    public CaseCommands cases() {
        return library == null ? null : new CaseCommands(library, domain, cases::known);
    }

    /** Whether the case has never been saved in this library (new, duplicated or recovered since the last save). */
    public boolean isNew(Case c) {
        return unsaved.isNew(c);
    }

    /** The ids of the cases whose files the next save will delete. */
    public List<String> deletedSinceSave() {
        return unsaved.deletedFrom(new HashSet<>(cases.ids()));
    }

    /** The files of undone imports, deleted by the save that no longer names them (see {@link WithdrawnFiles}). */
    public WithdrawnFiles withdrawnFiles() {
        return withdrawn;
    }

    /** The journal of this library's unsaved edits (see {@link EditJournal}). */
    public EditJournal journal() {
        return journal;
    }

    /**
     * Saves, telling the user in a dialog when the library cannot be written (the edits stay in memory, nothing is lost).
     *
     * @return whether the library was saved
     */
    public boolean saveOrReport(Shell shell) {
        try {
            save();
            return true;
        } catch (IOException e) {
            ErrorDialog.openError(shell, Messages.WorkbenchSession_saveFailed, Messages.WorkbenchSession_theLibraryCouldNot,
                    Status.error(e.getMessage(), e));
            return false;
        }
    }

    /**
     * Writes what changed since the last save: only the touched case files when no case was added or removed, else the
     * whole library (which also deletes the files of removed cases). Then tells the listeners.
     */
    public void save() throws IOException {
        if (library == null) {
            return;
        }
        stack.commitPendingEdits();
        Set<String> now = new HashSet<>();
        for (Case c : library.root().getCases()) {
            now.add(c.getId());
        }
        List<String> deleted = unsaved.deletedFrom(now);
        List<Case> written = unsaved.write(library, now, upgradeUnsaved);
        upgradeUnsaved = false;
        unsaved.saved(now);
        stack.saveIsDone();
        try {
            journal.clear();
        } catch (IOException e) {
            // The library is saved; an old journal only offers what the files now hold anyway.
            ILog.of(WorkbenchSession.class).warn("The edit journal could not be emptied: " + e.getMessage(), e);
        }
        SummaryCache.save(folder, new ArrayList<>(cases.summaries()));
        try {
            withdrawn.saved(library.root()); // only now is no saved file naming an undone import's documents
        } catch (IOException e) {
            ILog.of(WorkbenchSession.class).warn("Files of an undone import stay in " + folder + ": " + e.getMessage(), e);
        }
        OBSERVERS.forEach(o -> o.casesSaved(this, written));
        if (!deleted.isEmpty()) {
            OBSERVERS.forEach(o -> o.casesDeleted(this, deleted));
        }
        OBSERVERS.forEach(o -> o.dirtyChanged(this));
    }

    /**
     * Takes what another program (a pull) wrote into the files of these cases: they are read again in place of the cases
     * held (no other case file is read), and the views, the editors (an editor of a replaced case closes) and the search
     * index follow. A case with unsaved changes is not read, so nothing typed is lost: those are returned, for the caller
     * to say so. When nothing is unsaved, the undo history ends here, since it names the cases replaced.
     */
    public List<Case> reread(Collection<String> caseIds) {
        stack.commitPendingEdits();
        List<Case> kept = caseIds.stream().map(cases::find).filter(c -> c != null && unsaved.differsFromFile(c)).toList();
        List<String> ids = caseIds.stream().filter(id -> !kept.contains(cases.find(id))).toList();
        Library.Reread reread = library.reread(ids);
        if (!stack.isSaveNeeded()) {
            stack.flush();
        }
        unsaved.onDisk(reread.cases().stream().map(Case::getId).toList(), reread.removed());
        cases.reread(library.root(), reread.cases(), unsaved.touched());
        OBSERVERS.forEach(o -> o.summariesChanged(this));
        OBSERVERS.forEach(o -> o.casesSaved(this, reread.cases()));
        if (!reread.removed().isEmpty()) {
            OBSERVERS.forEach(o -> o.casesDeleted(this, reread.removed()));
        }
        OBSERVERS.forEach(o -> o.dirtyChanged(this));
        return kept;
    }

    private void commandStackChanged(EventObject event) {
        cases.follow(library.root(), unsaved.record(stack.getMostRecentCommand()), unsaved.touched());
        OBSERVERS.forEach(o -> o.summariesChanged(this));
        OBSERVERS.forEach(o -> o.dirtyChanged(this));
        journal.writeSoon(this);
    }

    /** Forgets this session when another library replaces it. */
    private void dispose() {
        adapterFactory.dispose();
    }
}
