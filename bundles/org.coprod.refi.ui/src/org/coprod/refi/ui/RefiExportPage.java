package org.coprod.refi.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.ui.CaseChecklist;
import org.coprod.refi.ProjectExport;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The page of the REFI-QDA export: for a project, the cases (the selected ones ticked, or all) and how what REFI-QDA
 * has no element for travels; the destination file for both.
 */
final class RefiExportPage extends WizardPage {

    private final RefiExportWizard.Kind kind;
    private final Library library;
    private final List<Case> selected;
    private CheckboxTableViewer cases;
    private Text file;

    RefiExportPage(RefiExportWizard.Kind kind, Library library, List<Case> selected) {
        super("refi-export");
        this.kind = kind;
        this.library = library;
        this.selected = selected;
        setTitle(kind == RefiExportWizard.Kind.PROJECT ? Messages.Export_projectTitle : Messages.Export_codebookTitle);
        setDescription(kind == RefiExportWizard.Kind.PROJECT
                ? Messages.Export_projectDescription : Messages.Export_codebookDescription);
    }

    private String extension() {
        return kind == RefiExportWizard.Kind.PROJECT ? "qdpx" : "qdc";
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        setControl(area);
        if (library == null) {
            new Label(area, SWT.WRAP).setText(Messages.Common_noLibrary);
            setErrorMessage(Messages.Common_openLibraryFirst);
            setPageComplete(false);
            return;
        }
        if (kind == RefiExportWizard.Kind.PROJECT) {
            caseList(area);
        }
        new Label(area, SWT.NONE).setText(Messages.Common_file);
        file = new Text(area, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.setText(Path.of(System.getProperty("user.home"), library.folder().getFileName() + "." + extension()).toString());
        file.addModifyListener(e -> validate());
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.Common_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setFilterExtensions(new String[] { "*." + extension() });
            d.setFileName(Path.of(file.getText()).getFileName().toString());
            String chosen = d.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        if (kind == RefiExportWizard.Kind.PROJECT) {
            Label how = new Label(area, SWT.NONE);
            how.setText(Messages.Export_howItTravels);
            how.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            Text travels = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
            travels.setText("- " + String.join("\n- ", ProjectExport.CARRIED_AS_TEXT));
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
            data.heightHint = 120;
            data.widthHint = 520;
            travels.setLayoutData(data);
        }
        validate();
    }

    private void caseList(Composite area) {
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.Export_cases);
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        cases = CaseChecklist.create(area, 520, 180);
        cases.setInput(library.root().getCases());
        cases.setCheckedElements((selected.isEmpty() ? library.root().getCases() : selected).toArray());
        cases.addCheckStateListener(e -> validate());
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        Button all = new Button(buttons, SWT.PUSH);
        all.setText(Messages.Export_selectAll);
        all.addListener(SWT.Selection, e -> {
            cases.setAllChecked(true);
            validate();
        });
        Button none = new Button(buttons, SWT.PUSH);
        none.setText(Messages.Export_deselectAll);
        none.addListener(SWT.Selection, e -> {
            cases.setAllChecked(false);
            validate();
        });
    }

    private void validate() {
        String problem = null;
        String name = file.getText().strip().toLowerCase(Locale.ROOT);
        if (cases != null && cases.getCheckedElements().length == 0) {
            problem = Messages.Export_tickOne;
        } else if (name.isEmpty()) {
            problem = Messages.Export_giveFile;
        } else if (!name.endsWith("." + extension())) {
            problem = NLS.bind(Messages.Export_extension, extension());
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The file to write. */
    Path destination() {
        return Path.of(file.getText().strip());
    }

    /** The ticked cases, in the library's order. */
    List<Case> cases() {
        List<Case> out = new ArrayList<>();
        if (cases != null) {
            for (Object o : cases.getCheckedElements()) {
                out.add((Case) o);
            }
        }
        return out;
    }

    /** For tests: the destination as if typed, and the cases as if ticked. */
    void choose(Path destination, List<Case> ticked) {
        file.setText(destination.toString());
        if (cases != null) {
            cases.setCheckedElements(ticked.toArray());
            validate();
        }
    }
}
