package org.coprod.ui.editor;

import org.coprod.ui.emf.AfterTyping;
import org.eclipse.jface.resource.JFaceResources;
import static org.coprod.model.CoprodPackage.Literals.CASE__NOTES;
import static org.coprod.model.CoprodPackage.Literals.NOTE__TEXT;
import static org.coprod.model.CoprodPackage.Literals.NOTE__TITLE;

import org.coprod.core.evidence.Anchors;
import org.coprod.model.Case;
import org.coprod.model.Note;
import org.coprod.ui.coder.CoderPrompt;
import org.coprod.ui.documents.CodingPane;
import org.coprod.ui.memos.MemoEditing;
import org.coprod.ui.memos.MemoList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Notes: the case's Markdown notes, written on the left; on the right, rendered as they are typed (Preview) or shown
 * for coding (Code: passages of the note coded as a document's are). Typing keeps the note's coded passages on their
 * text, in the same undoable command. Below, the case's memos (a passage's memo is written from the Code tab's menu).
 */
public final class NotesPage {

    private NotesPage() {
    }

    public static void fill(Composite body, CaseForm form) {
        body.setLayout(new GridLayout(1, false));
        Case c = form.theCase();
        Note[] selected = { c.getNotes().isEmpty() ? null : c.getNotes().get(0) };
        ContainmentTable notes = form.table(body, Messages.CaseEditor_notes, Messages.NotesPage_newNotesTakeThe, () -> c,
                CASE__NOTES, "title", "author", "date", "language");
        ((GridData) notes.viewer().getControl().getLayoutData()).heightHint = 70;
        Composite fields = form.toolkit().createComposite(body);
        fields.setLayout(new GridLayout(2, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        form.binder().field(fields, Messages.NotesPage_title, () -> selected[0], NOTE__TITLE);
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        form.toolkit().adapt(sash);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 380;
        sash.setLayoutData(gd);
        Composite left = form.toolkit().createComposite(sash);
        left.setLayout(new GridLayout(2, false));
        FieldBinder.Binding text = form.binder().field(left, Messages.NotesPage_markdown, () -> selected[0], NOTE__TEXT, null, true)
                .followedBy((note, value) -> Anchors.after(form.domain(), c, (Note) note, (String) value));
        Text editor = (Text) text.control();
        GridData fill = (GridData) editor.getLayoutData();
        fill.grabExcessVerticalSpace = true;
        fill.heightHint = 340;
        editor.setFont(JFaceResources.getTextFont());
        CTabFolder tabs = new CTabFolder(sash, SWT.BORDER | SWT.BOTTOM);
        form.toolkit().adapt(tabs);
        MarkdownPreview preview = new MarkdownPreview(tabs);
        CTabItem previewTab = new CTabItem(tabs, SWT.NONE);
        previewTab.setText(Messages.NotesPage_preview);
        previewTab.setControl(preview.control());
        CodingPane coding = new CodingPane(tabs, form.session(), () -> c, () -> selected[0], CoderPrompt.DIALOG);
        CTabItem codeTab = new CTabItem(tabs, SWT.NONE);
        codeTab.setText(Messages.NotesPage_code);
        codeTab.setToolTipText(Messages.NotesPage_selectAPassageOf);
        codeTab.setControl(coding.control());
        tabs.setSelection(previewTab);
        sash.setWeights(1, 1);
        form.toolkit().createLabel(body, Messages.NotesPage_caseMemos);
        MemoList memos = new MemoList(body, form.session(), () -> c, "the case \u201C" + Names.of(c) + "\u201D", MemoEditing.DIALOG);
        form.toolkit().adapt(memos.control());
        memos.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Runnable render = () -> {
            if (!editor.isDisposed()) { // the timer below may fire after the editor closed
                preview.show(editor.getText());
            }
        };
        // Render a moment after typing stops, so that a long note does not re-render on every key.
        AfterTyping renderSoon = new AfterTyping(editor.getDisplay(), 300, render);
        editor.addListener(SWT.Modify, e -> renderSoon.restart());
        notes.onSelect(o -> {
            if (o instanceof Note n) {
                selected[0] = n;
                form.binder().refresh();
                render.run();
                coding.refresh();
            }
        });
        form.onRefresh(() -> {
            memos.refresh();
            if (selected[0] != null && selected[0].eContainer() != c) {
                selected[0] = c.getNotes().isEmpty() ? null : c.getNotes().get(0);
                form.binder().refresh();
            }
            if (!editor.isDisposed()) {
                render.run();
            }
        });
    }
}
