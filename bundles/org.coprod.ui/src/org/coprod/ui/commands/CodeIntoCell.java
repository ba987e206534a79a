package org.coprod.ui.commands;

import java.util.List;

import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.Confidence;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Phase;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * Codes cases into a typology cell as the coder's placement (what dropping cases on the matrix does): one coding per
 * case, all in one undoable command. A cell that does not apply takes no coding.
 */
public final class CodeIntoCell {

    private CodeIntoCell() {
    }

    /**
     * The command, or an unexecutable one for a non-applicable cell or no cases. A phase is kept only for the case it
     * belongs to; the other cases get the coding without a phase.
     */
    public static Command of(EditingDomain domain, List<Case> cases, TypologyCell cell, Phase phase, String component,
            Confidence confidence, String justification) {
        if (cell == null || !cell.isApplicable() || cases.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.CodeIntoCell_label, cell.getCode()));
        for (Case c : cases) {
            TypologyCoding coding = CoprodFactory.eINSTANCE.createTypologyCoding();
            coding.setCell(cell);
            coding.setPhase(phase != null && phase.eContainer() == c ? phase : null);
            coding.setComponent(component);
            coding.setConfidence(confidence);
            coding.setJustification(justification);
            coding.setAssignedBy(AssignedBy.CODER);
            command.append(AddCommand.create(domain, c, CoprodPackage.Literals.CASE__CODINGS, coding));
        }
        return command;
    }
}
