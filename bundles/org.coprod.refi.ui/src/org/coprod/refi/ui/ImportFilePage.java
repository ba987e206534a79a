package org.coprod.refi.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.refi.RefiImport;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The first page of the import: the REFI-QDA file, and what to do with a case the library already has. */
final class ImportFilePage extends WizardPage {

    private final WorkbenchSession session;
    private Text file;
    private Button refuse;
    private Button skip;
    private Button merge;

    ImportFilePage(WorkbenchSession session) {
        super("refi-import-file");
        this.session = session;
        setTitle("REFI-QDA Project or Codebook");
        setDescription("A .qdpx project or .qdc codebook from NVivo, ATLAS.ti, MAXQDA or QualCoder, into the open library.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        setControl(area);
        if (session == null) {
            new Label(area, SWT.WRAP).setText("No case library is open.");
            setErrorMessage("Open a case library first (File > Open Library)");
            setPageComplete(false);
            return;
        }
        new Label(area, SWT.NONE).setText("&File:");
        file = new Text(area, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 420;
        file.setLayoutData(data);
        file.addModifyListener(e -> validate());
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*.qdpx;*.qdc;*.qde", "*.*" });
            String chosen = d.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        Group existing = new Group(area, SWT.NONE);
        existing.setText("A case the library already has (same id)");
        existing.setLayout(new GridLayout(1, false));
        existing.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        refuse = radio(existing, "&Import nothing, and say which cases they are");
        skip = radio(existing, "&Skip them: the library's cases stay as they are");
        merge = radio(existing, "&Merge into them: add facts, notes, passages and memos (nothing is removed)");
        refuse.setSelection(true);
        // spanning the row: in the first column its width would push the file field halfway across the page
        Label later = new Label(area, SWT.WRAP);
        later.setText("Nothing changes until you press Finish on the next page, which lists what cannot be carried over.");
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        wide.widthHint = 420;
        later.setLayoutData(wide);
        validate();
    }

    private static Button radio(Composite parent, String text) {
        Button b = new Button(parent, SWT.RADIO);
        b.setText(text);
        return b;
    }

    /** An empty field is not yet an error: the page asks for the file, and says what is wrong once one is typed. */
    private void validate() {
        String text = file.getText().strip();
        String problem = text.isEmpty() || Files.isRegularFile(Path.of(text)) ? null : "No such file: " + text;
        setErrorMessage(problem);
        setMessage(text.isEmpty() ? "Choose the file to import" : null);
        setPageComplete(problem == null && !text.isEmpty());
    }

    Path file() {
        return Path.of(file.getText().strip());
    }

    RefiImport.Existing existing() {
        return merge.getSelection() ? RefiImport.Existing.MERGE : skip.getSelection() ? RefiImport.Existing.SKIP
                : RefiImport.Existing.REFUSE;
    }

    /** For tests: the file as if chosen, and what to do with existing cases. */
    void choose(Path chosen, RefiImport.Existing what) {
        file.setText(chosen.toString());
        refuse.setSelection(what == RefiImport.Existing.REFUSE);
        skip.setSelection(what == RefiImport.Existing.SKIP);
        merge.setSelection(what == RefiImport.Existing.MERGE);
    }
}
