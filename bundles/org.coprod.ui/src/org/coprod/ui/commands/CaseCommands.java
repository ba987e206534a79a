package org.coprod.ui.commands;

import java.util.List;
import java.util.function.Predicate;

import org.coprod.core.Ids;
import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * The edits that add cases to a library and remove them, each one undoable command with the label Edit > Undo shows.
 * Widgets and views only call these; they are tested without any widget.
 */
public final class CaseCommands {

    private final Library library;
    private final EditingDomain domain;
    private final Predicate<String> idTaken;

    /** @param idTaken whether an id is already used (by a loaded case, or by a case still loading) */
    public CaseCommands(Library library, EditingDomain domain, Predicate<String> idTaken) {
        this.library = library;
        this.domain = domain;
        this.idTaken = idTaken;
    }

    /** An id made from a name, unique in the library. */
    public String freshId(String caseName) {
        return Ids.unique(Ids.fromName(caseName, "case"), idTaken);
    }

    /** A new, empty case named {@code caseName} with a fresh id. */
    public Command newCase(String caseName) {
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId(freshId(caseName));
        c.setName(caseName);
        return add(c, Messages.CaseCommands_newCase);
    }

    /** A copy of a case (same facts, codings and notes) under a fresh id and name. */
    public Command duplicate(Case original) {
        Case copy = EcoreUtil.copy(original);
        String copyName = NLS.bind(Messages.CaseCommands_copyOf, original.getName() == null ? original.getId() : original.getName());
        copy.setId(freshId(copyName));
        copy.setName(copyName);
        return add(copy, Messages.CaseCommands_duplicateCase);
    }

    /** Adds a case that already has its id (a recovered or imported one); it gets a case file of its own. */
    public Command add(Case c, String label) {
        library.attach(c);
        Command add = AddCommand.create(domain, library.root(), CoprodPackage.Literals.CASE_LIBRARY__CASES, c);
        return new CommandWrapper(label, label, add);
    }

    /** Removes cases; their files go at the next save, and Undo brings them back until then. */
    public Command delete(List<Case> cases) {
        Command remove = RemoveCommand.create(domain, library.root(), CoprodPackage.Literals.CASE_LIBRARY__CASES, cases);
        String label = cases.size() == 1 ? Messages.CaseCommands_deleteCase : NLS.bind(Messages.CaseCommands_deleteCases, cases.size());
        return new CommandWrapper(label, label, remove);
    }
}
