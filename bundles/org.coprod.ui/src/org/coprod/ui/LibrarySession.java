package org.coprod.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * The library open in the workbench, with its editing domain (one command stack per library), and the hooks that
 * views in other bundles (search, briefs) need: open a case, hear when a library is opened or a case saved or deleted.
 * All methods are called on the UI thread.
 */
public abstract class LibrarySession {

    /** Told when the open library changes, and when cases are saved or deleted. */
    public interface Listener {
        default void libraryOpened(LibrarySession session) {
        }

        /** Cases written to disk by a save (the search index updates from these). */
        default void casesSaved(LibrarySession session, List<Case> cases) {
        }

        /** Ids of cases whose files a save deleted. */
        default void casesDeleted(LibrarySession session, List<String> caseIds) {
        }
    }

    private static volatile LibrarySession current;
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    /** The session of the open library, or null before one is open. */
    public static LibrarySession current() {
        return current;
    }

    /**
     * Forgets the open library while another one replaces it: between the old one's disposal and the new one's loading,
     * search and export must see no library rather than a disposed one.
     */
    protected static void clearCurrent() {
        current = null;
    }

    protected static void setCurrent(LibrarySession session) {
        current = session;
        LISTENERS.forEach(l -> l.libraryOpened(session));
    }

    public static void addListener(Listener listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Listener listener) {
        LISTENERS.remove(listener);
    }

    protected static void fireSaved(LibrarySession session, List<Case> cases) {
        LISTENERS.forEach(l -> l.casesSaved(session, cases));
    }

    protected static void fireDeleted(LibrarySession session, List<String> ids) {
        LISTENERS.forEach(l -> l.casesDeleted(session, ids));
    }

    public abstract Library library();

    public abstract AdapterFactoryEditingDomain editingDomain();

    /** Opens the case in its editor (loading it fully if needed). */
    public abstract void openCase(Case c);

    /** Opens the case with this id, if the library has one. */
    public abstract void openCase(String caseId);
}
