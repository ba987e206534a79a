package org.coprod.ui.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.coprod.model.Code;
import org.coprod.model.Segment;
import org.coprod.ui.documents.CodedPassages.Passage;
import org.coprod.ui.memos.MemoDialog;
import org.coprod.ui.memos.MemoEditing;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * The context menu of a coding pane: Code with ▸ (the recent codes, then Code… to choose any codable code of the
 * codebook) for the selected passage, Uncode for each code of the passage under the pointer, and Memo… to write or
 * edit that passage's memo (hover shows it).
 */
final class CodeMenu {

    private final CodingPane pane;
    /** Where the menu was asked for (UTF-16 index into the text), or -1 from the keyboard. */
    private int pointed = -1;

    private final MemoEditing memos;

    CodeMenu(CodingPane pane) {
        this(pane, new MemoEditing(MemoDialog::ask, pane.prompt()));
    }

    CodeMenu(CodingPane pane, MemoEditing memos) {
        this.pane = pane;
        this.memos = memos;
    }

    void install(StyledText styled) {
        MenuManager menu = new MenuManager("#CodingPane");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fill);
        styled.setMenu(menu.createContextMenu(styled));
        styled.addListener(SWT.MenuDetect, e -> {
            Point p = styled.toControl(e.x, e.y);
            pointed = e.detail == SWT.MENU_MOUSE ? styled.getOffsetAtPoint(p) : -1;
        });
    }

    private void fill(IMenuManager m) {
        boolean selected = pane.selection().isPresent();
        MenuManager codeWith = new MenuManager("Code &with");
        for (Code c : RecentCodes.of(pane.commands().library())) {
            Action a = new Action(c.getName()) {
                @Override
                public void run() {
                    pane.code(c);
                }
            };
            a.setEnabled(selected);
            codeWith.add(a);
        }
        if (!codeWith.isEmpty()) {
            codeWith.add(new Separator());
        }
        Action choose = new Action("&Code...") {
            @Override
            public void run() {
                chooseAndCode();
            }
        };
        choose.setEnabled(selected);
        codeWith.add(choose);
        m.add(codeWith);
        List<Action> uncode = uncodeActions();
        if (!uncode.isEmpty()) {
            m.add(new Separator());
            uncode.forEach(m::add);
        }
        List<Action> memo = memoActions();
        if (!memo.isEmpty()) {
            m.add(new Separator());
            memo.forEach(m::add);
        }
    }

    /** A Memo… entry for each passage at the pointer (or caret): writes its memo, or edits the one it has. */
    List<Action> memoActions() {
        Set<Passage> here = here();
        List<Action> out = new ArrayList<>();
        for (Passage p : here) {
            Segment s = p.segment();
            String quote = "\u201C" + CodingPane.shorten(s.getQuote() == null ? "" : s.getQuote()) + "\u201D";
            String label = (s.getMemo() == null ? "&Memo..." : "Edit &Memo...") + (here.size() > 1 ? " on " + quote : "");
            out.add(new Action(label) {
                @Override
                public void run() {
                    pane.status(memos.edit(pane.styledText().getShell(), pane.session(), s, s.getMemo(), "the passage " + quote));
                }
            });
        }
        return out;
    }

    /** An Uncode entry for each code of each passage at the pointer (or at the caret), and under the selection if pointed at. */
    List<Action> uncodeActions() {
        Set<Passage> here = here();
        List<Action> out = new ArrayList<>();
        for (Passage p : here) {
            for (Code c : p.segment().getCodes()) {
                String quoted = p.segment().getQuote() == null ? "" : p.segment().getQuote();
                String quote = here.size() > 1 ? " from “" + CodingPane.shorten(quoted) + "”" : "";
                out.add(new Action("&Uncode “" + c.getName() + "”" + quote) {
                    @Override
                    public void run() {
                        pane.uncode(p.segment(), c);
                    }
                });
            }
        }
        return out;
    }

    /** The passages at the pointer (or at the caret), and under the selection if pointed at. */
    private Set<Passage> here() {
        StyledText styled = pane.styledText();
        Point sel = styled.getSelection();
        int at = pointed >= 0 ? pointed : sel.x;
        Set<Passage> here = new LinkedHashSet<>(pane.passages().at(at));
        // The selection's passages count when the menu was asked for on it (or from the keyboard), not elsewhere.
        boolean onSelection = pointed < 0 || pointed >= sel.x && pointed < sel.y;
        if (sel.x != sel.y && onSelection) {
            here.addAll(pane.passages().overlapping(sel.x, sel.y));
        }
        return here;
    }

    private void chooseAndCode() {
        ElementListSelectionDialog d = new ElementListSelectionDialog(pane.styledText().getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                Code c = (Code) element;
                Code parent = c.getParent();
                return parent == null ? c.getName() : c.getName() + "  (" + parent.getName() + ")";
            }
        });
        d.setTitle("Code");
        d.setMessage("Code the selected passage with (type to filter):");
        d.setMultipleSelection(false);
        d.setElements(pane.commands().library().getCodebook() == null ? new Object[0]
                : pane.commands().library().getCodebook().getCodes().stream().filter(Code::isCodable).toArray());
        if (d.open() == Window.OK && d.getFirstResult() instanceof Code c) {
            pane.code(c);
        }
    }
}
