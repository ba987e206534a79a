package org.coprod.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.core.Cases;
import org.coprod.model.Case;
import org.coprod.ui.emf.LibraryCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;

/**
 * What a library session has changed since its last save: the cases each command touched (to write only those, and to
 * star only their editors), whether the library file's own objects changed, and which cases the last save had (to tell
 * new and deleted cases). Dirtiness is the command stack's: a case undone back to its saved state is not unsaved.
 */
final class UnsavedEdits {

    private final LibraryCommandStack stack;
    private final Set<Case> touched = new LinkedHashSet<>();
    /** The cases each command touched, recorded when it first ran (a compound command's parts all count). */
    private final Map<Command, Set<Case>> casesOf = new IdentityHashMap<>();
    private Set<String> savedIds = new HashSet<>();
    private boolean libraryTouched;

    UnsavedEdits(LibraryCommandStack stack) {
        this.stack = stack;
    }

    /** The cases the last save (or the opening) had. */
    void saved(Set<String> caseIds) {
        savedIds = new HashSet<>(caseIds);
        touched.clear();
        libraryTouched = false;
    }

    /** Cases whose files came or went under the session (a pull): the saved state now has them, or no longer has them. */
    void onDisk(Collection<String> came, Collection<String> went) {
        savedIds.addAll(came);
        went.forEach(savedIds::remove);
    }

    /** Notes what the command that just ran, or was undone or redone, touched; returns the cases among it. */
    List<Case> record(Command command) {
        List<Case> cases = new ArrayList<>();
        if (command == null) {
            return cases;
        }
        Set<Case> ofCommand = casesOf.computeIfAbsent(command, k -> new HashSet<>());
        for (Object o : affected(command)) {
            if (o instanceof EObject eo) {
                Case c = Cases.containing(eo);
                if (c != null) {
                    touched.add(c);
                    ofCommand.add(c);
                    cases.add(c);
                } else {
                    libraryTouched = true;
                }
            }
        }
        return cases;
    }

    /**
     * Writes what changed since the last save: only the touched case files (and the library file, when its own objects
     * changed) if no case was added or removed, else the whole library (which also deletes the files of removed cases),
     * as also when {@code whole}. Returns the cases of {@code now} written or new, for the observers.
     */
    List<Case> write(Library library, Set<String> now, boolean whole) throws IOException {
        if (whole || hasAdded(now) || !deletedFrom(now).isEmpty()) {
            library.save();
        } else {
            if (libraryTouched) {
                library.save(library.root().eResource());
            }
            for (Case c : touched) {
                // A touched case that left the library (deleted, or its creation undone) is never written back.
                if (c.eContainer() == library.root() && c.eResource() != null && c.eResource() != library.root().eResource()) {
                    library.save(c.eResource());
                }
            }
        }
        List<Case> written = new ArrayList<>();
        for (Case c : touched) {
            if (now.contains(c.getId()) && c.eContainer() == library.root()) {
                written.add(c);
            }
        }
        for (Case c : library.root().getCases()) {
            if (isNew(c) && !written.contains(c)) {
                written.add(c);
            }
        }
        return written;
    }

    /** Whether a command that touched the case was executed, or undone, since the last save. */
    boolean differsFromFile(Case c) {
        for (Command command : stack.unsavedCommands()) {
            if (casesOf.getOrDefault(command, Set.of()).contains(c)) {
                return true;
            }
        }
        return false;
    }

    boolean isNew(Case c) {
        return !savedIds.contains(c.getId());
    }

    /** The ids the last save had that {@code now} lacks: the files the next save deletes. */
    List<String> deletedFrom(Collection<String> now) {
        Set<String> present = new HashSet<>(now);
        return savedIds.stream().filter(id -> !present.contains(id)).sorted().toList();
    }

    boolean hasAdded(Collection<String> now) {
        return !savedIds.containsAll(now);
    }

    /** Every case a command touched since the last save (deleted ones too): a superset of what must be written. */
    Set<Case> touched() {
        return touched;
    }

    boolean libraryTouched() {
        return libraryTouched;
    }

    /** What a command changed, looking into compound commands and wrappers (whose own answer is only their last part's). */
    private static Collection<?> affected(Command command) {
        if (command instanceof CompoundCommand compound) {
            List<Object> all = new ArrayList<>();
            compound.getCommandList().forEach(part -> all.addAll(affected(part)));
            return all;
        }
        if (command instanceof CommandWrapper wrapper && wrapper.getCommand() != null) {
            return affected(wrapper.getCommand());
        }
        // An add to (or remove from) a reference names only the objects added once it ran, so a code added to a segment
        // would seem to touch the codebook alone: the owner changed too, and it is the owner's file that must be written.
        EObject owner = command instanceof AddCommand add ? add.getOwner() : command instanceof RemoveCommand remove ? remove.getOwner()
                : null;
        if (owner != null) {
            List<Object> all = new ArrayList<>(command.getAffectedObjects());
            all.add(owner);
            return all;
        }
        return command.getAffectedObjects();
    }
}
