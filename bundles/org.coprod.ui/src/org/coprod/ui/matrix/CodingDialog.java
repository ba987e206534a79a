package org.coprod.ui.matrix;

import java.util.List;
import java.util.Locale;
import org.coprod.core.Labels;

import org.coprod.model.Case;
import org.coprod.model.Confidence;
import org.coprod.model.Phase;
import org.coprod.model.TypologyCell;
import org.coprod.ui.editor.Names;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks, when a case is dropped on a cell, for which phase and service component the coding holds and how sure it is. */
final class CodingDialog extends Dialog {

    private final List<Case> cases;
    private final TypologyCell cell;
    private Combo phase;
    private Text component;
    private Combo confidence;
    private Text justification;
    private CodingRequest result;

    CodingDialog(Shell shell, List<Case> cases, TypologyCell cell) {
        super(shell);
        this.cases = cases;
        this.cell = cell;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.CodingDialog_codeInto, cell.getCode()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText((cases.size() == 1 ? Names.of(cases.get(0)) : NLS.bind(Messages.CodingDialog_nCases, cases.size())) + " → "
                + cell.getCode() + ": " + Labels.name(cell, Locale.getDefault()));
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        gd.widthHint = 420;
        intro.setLayoutData(gd);
        new Label(area, SWT.NONE).setText(Messages.CodingDialog_phase);
        phase = new Combo(area, SWT.READ_ONLY);
        phase.add(Messages.CodingDialog_wholeCase);
        if (cases.size() == 1) {
            cases.get(0).getPhases().forEach(p -> phase.add(Names.of(p)));
        }
        phase.select(0);
        new Label(area, SWT.NONE).setText(Messages.CodingDialog_serviceComponent);
        component = new Text(area, SWT.BORDER);
        component.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText(Messages.CodingDialog_confidence);
        confidence = new Combo(area, SWT.READ_ONLY);
        Confidence.VALUES.forEach(c -> confidence.add(c.getLiteral()));
        confidence.select(Confidence.MEDIUM.getValue());
        new Label(area, SWT.NONE).setText(Messages.CodingDialog_justification);
        justification = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        GridData j = new GridData(SWT.FILL, SWT.FILL, true, true);
        j.heightHint = 60;
        justification.setLayoutData(j);
        return area;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            Phase p = phase.getSelectionIndex() > 0 ? cases.get(0).getPhases().get(phase.getSelectionIndex() - 1) : null;
            String comp = component.getText().isBlank() ? null : component.getText().trim();
            String why = justification.getText().isBlank() ? null : justification.getText().trim();
            result = new CodingRequest(p, comp, Confidence.get(confidence.getSelectionIndex()), why);
        }
        super.buttonPressed(id);
    }

    CodingRequest result() {
        return result;
    }
}
