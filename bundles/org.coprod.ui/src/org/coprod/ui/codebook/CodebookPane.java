package org.coprod.ui.codebook;

import org.coprod.model.Code;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

/**
 * The Codebook view's content, apart from the view so that it can be built and tested on a plain shell: the tree of
 * codes above the selected code's details, and the actions on the selected code.
 */
public final class CodebookPane {

    private final SashForm sash;
    private final CodebookQuestions ask;
    private final CodebookActions actions;
    private final CodebookTree tree;
    private CodeDetails details;
    private WorkbenchSession session;
    private final IAction newCode;
    private final IAction rename;
    private final IAction moveToTop;
    private final IAction merge;
    private final IAction delete;
    private final IAction colour;

    public CodebookPane(Composite parent, CodebookQuestions ask) {
        this.ask = ask;
        sash = new SashForm(parent, SWT.VERTICAL);
        actions = new CodebookActions(() -> session, ask);
        tree = new CodebookTree(sash, actions);
        newCode = action(Messages.CodebookPane_newCode, Messages.CodebookPane_aNewCodeUnder, () -> select(actions
                .newCode(tree.selected())));
        rename = action(Messages.CodebookPane_rename, Messages.CodebookPane_renameTheSelectedCode, () -> actions.rename(tree.selected()));
        moveToTop = action(Messages.CodebookPane_moveToTop, Messages.CodebookPane_moveTheSelectedCode,
                () -> actions.move(tree.selected(), null));
        merge = action(Messages.CodebookPane_mergeInto, Messages.CodebookPane_mergeTheSelectedCode,
                () -> actions.merge(tree.selected()));
        delete = action(Messages.CodebookPane_delete, Messages.CodebookPane_deleteTheSelectedCode, () -> actions.delete(tree.selected()));
        colour = action(Messages.CodebookPane_colour, Messages.CodebookPane_chooseTheColourOf, () -> actions.colour(tree.selected()));
        tree.viewer().addSelectionChangedListener(e -> {
            updateActions();
            if (details != null) {
                details.show(tree.selected());
            }
        });
        tree.viewer().addDoubleClickListener(e -> {
            Code c = tree.selected();
            if (c != null && tree.viewer().isExpandable(c)) {
                tree.viewer().setExpandedState(c, !tree.viewer().getExpandedState(c));
            }
        });
        updateActions();
    }

    private IAction action(String text, String tip, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setToolTipText(tip);
        return a;
    }

    private void select(Code code) {
        if (code != null) {
            tree.refresh();
            tree.select(code);
        }
    }

    private void updateActions() {
        boolean loaded = session != null && session.isLoaded();
        Code c = tree.selected();
        newCode.setEnabled(loaded);
        for (IAction a : new IAction[] { rename, merge, delete, colour }) {
            a.setEnabled(loaded && c != null);
        }
        moveToTop.setEnabled(loaded && c != null && c.getParent() != null);
    }

    /** The context menu's entries. */
    public void fillMenu(IMenuManager menu) {
        updateActions();
        menu.add(newCode);
        menu.add(new Separator());
        menu.add(rename);
        menu.add(colour);
        menu.add(moveToTop);
        menu.add(merge);
        menu.add(new Separator());
        menu.add(delete);
    }

    /** Shows the codebook of a library (null: none); the details pane edits through that library's command stack. */
    public void show(WorkbenchSession s) {
        if (s != session || details == null && s != null && s.isLoaded()) {
            if (details != null) {
                details.control().dispose();
                details = null;
            }
            session = s;
            if (s != null && s.isLoaded()) {
                details = new CodeDetails(sash, s, ask);
                sash.setWeights(3, 2);
                sash.layout(true, true);
            }
        }
        tree.show(s);
        if (details != null) {
            details.show(tree.selected());
        }
        updateActions();
    }

    /** Shows the model again after a command, an undo or a redo. */
    public void refresh() {
        tree.refresh();
        if (details != null) {
            details.show(tree.selected());
        }
        updateActions();
    }

    /** Shows the selected code's details again (cheap: after every keystroke's command). */
    public void refreshDetails() {
        if (details != null) {
            details.refresh();
        }
    }

    public Composite control() {
        return sash;
    }

    public CodebookTree tree() {
        return tree;
    }

    public CodeDetails details() {
        return details;
    }

    public IAction newCodeAction() {
        return newCode;
    }

    public IAction renameAction() {
        return rename;
    }

    public IAction moveToTopAction() {
        return moveToTop;
    }

    public IAction mergeAction() {
        return merge;
    }

    public IAction deleteAction() {
        return delete;
    }

    public IAction colourAction() {
        return colour;
    }

    /** Moves a code as a drop onto {@code parent} does (null: beside the top codes). */
    public boolean drop(Code code, Code parent) {
        return actions.move(code, parent);
    }
}
