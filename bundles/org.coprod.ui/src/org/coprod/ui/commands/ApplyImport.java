package org.coprod.ui.commands;

import java.util.List;

import org.coprod.core.importer.ImportPlan;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CoprodPackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * An import in the workbench: the importer's plan (built from the accepted rows only) as one undoable command, in the
 * order the command line applies it: new sources, changed sources, new actors, changed cases, new cases. Undo takes the
 * whole import back; nothing is written until the library is saved.
 */
public final class ApplyImport {

    private ApplyImport() {
    }

    /** The command; unexecutable when the plan may not be applied (errors in rows that are not skipped) or does nothing. */
    public static Command of(EditingDomain domain, CaseLibrary library, CaseCommands cases, ImportPlan plan) {
        if (!plan.applicable() || plan.newCases().isEmpty() && plan.merges().isEmpty() && plan.newActors().isEmpty()
                && plan.newSources().isEmpty() && plan.sourceUpdates().isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(label(plan));
        if (!plan.newSources().isEmpty()) {
            command.append(AddCommand.create(domain, library, CoprodPackage.Literals.CASE_LIBRARY__SOURCES, plan.newSources()));
        }
        set(domain, command, plan.sourceUpdates());
        if (!plan.newActors().isEmpty()) {
            command.append(AddCommand.create(domain, library, CoprodPackage.Literals.CASE_LIBRARY__ACTORS, plan.newActors()));
        }
        set(domain, command, plan.merges());
        plan.newCases().forEach(c -> command.append(cases.add(c, Messages.ApplyImport_addCase)));
        return command;
    }

    private static void set(EditingDomain domain, CompoundCommand command, List<ImportPlan.Merge> merges) {
        for (ImportPlan.Merge merge : merges) {
            for (ImportPlan.Change change : merge.changes()) {
                Object value = change.value() == null && !change.feature().isMany() ? SetCommand.UNSET_VALUE : change.value();
                command.append(SetCommand.create(domain, merge.target(), change.feature(), value));
            }
        }
    }

    /** "Import 3 Cases", "Import (2 Cases Changed)": what Edit > Undo will take back. */
    static String label(ImportPlan plan) {
        int added = plan.newCases().size();
        int merged = plan.merges().size();
        String what = added == 0 ? "" : NLS.bind(added == 1 ? Messages.ApplyImport_oneCase : Messages.ApplyImport_cases, added);
        String changed = merged == 0 ? "" : NLS.bind(merged == 1 ? Messages.ApplyImport_oneChanged : Messages.ApplyImport_changed, merged);
        return NLS.bind(Messages.ApplyImport_label, what, changed);
    }
}
