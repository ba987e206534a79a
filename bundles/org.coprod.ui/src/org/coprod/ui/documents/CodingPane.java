package org.coprod.ui.documents;

import org.coprod.ui.coder.CoderPrompt;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.CodingRefused;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.Document;
import org.coprod.model.Segment;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.documents.CodedPassages.Highlights;
import org.coprod.ui.documents.CodedPassages.Passage;
import org.coprod.ui.documents.Stripes.Stripe;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A text of a case shown for coding: read-only, its coded passages highlighted in their codes' tints, coding stripes
 * in the margin, the code, coder and memo of a passage on hover, and the selection coded from the context menu, the
 * quick-code box or a code dropped from the Codebook view. Every coding is a command on the library's stack, and the
 * pane redraws after every command, undo and redo. The document editor and the case editor's Notes page both use it.
 */
public final class CodingPane {

    private final WorkbenchSession session;
    private final Supplier<Case> theCase;
    private final Supplier<CodableText> text;
    private final CoderPrompt prompt;
    private final PassageCommands commands;
    private final Composite control;
    private final Composite warningBar;
    private final Label warning;
    private final Label status;
    private final StyledText styled;
    private final QuickCode quick;
    private final LaneLegend legend;
    private final Stripes stripes;
    private final Font small;
    private final CommandStackListener onCommand = this::commandStackChanged;
    private String shown = "";
    private Offsets offsets = new Offsets("");
    private CodedPassages passages;
    private int[] shownRanges = new int[0];
    private StyleRange[] shownStyles = new StyleRange[0];

    public CodingPane(Composite parent, WorkbenchSession session, Supplier<Case> theCase, Supplier<CodableText> text, CoderPrompt prompt) {
        this.session = session;
        this.theCase = theCase;
        this.text = text;
        this.prompt = prompt;
        this.commands = new PassageCommands(session.editingDomain(), session.library().root());
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        control.setLayout(layout);
        warningBar = new Composite(control, SWT.NONE);
        warningBar.setLayout(new GridLayout(2, false));
        warningBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // A pale yellow of its own: the platform's tooltip colours are dark on some themes.
        warningBar.setBackground(new Color(0xff, 0xf4, 0xce));
        Label icon = new Label(warningBar, SWT.NONE);
        icon.setImage(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING));
        icon.setBackground(warningBar.getBackground());
        icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        warning = new Label(warningBar, SWT.WRAP);
        GridData wd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wd.widthHint = 200; // wraps at the pane's width, never widens it
        warning.setLayoutData(wd);
        warning.setBackground(warningBar.getBackground());
        warning.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        Composite row = new Composite(control, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        row.setLayout(new GridLayout(3, false));
        quick = new QuickCode(row, this);
        // One line, cut at the pane's width (the whole message in its tip): a long quote must not widen a form.
        status = new Label(row, SWT.NONE);
        GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        sd.widthHint = 100;
        status.setLayoutData(sd);
        legend = new LaneLegend(control);
        styled = new StyledText(control, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
        // Size hints, so that no layout asks a wrapping text for its natural size: that lays out every line of it,
        // seconds for a long document. The pane fills what its parent gives it.
        fill.widthHint = 200;
        fill.heightHint = 200;
        styled.setLayoutData(fill);
        styled.setFont(JFaceResources.getTextFont());
        styled.setMargins(Stripes.width(0), 4, 6, 4);
        FontData[] fd = styled.getFont().getFontData();
        fd[0].setHeight(Math.max(6, fd[0].getHeight() - 3));
        small = new Font(styled.getDisplay(), fd[0]);
        stripes = new Stripes(styled);
        styled.addPaintListener(e -> {
            e.gc.setFont(small);
            stripes.paint(e.gc, passages);
        });
        // The margin is not scrolled with the text by every platform: draw it again whenever the view moves.
        styled.getVerticalBar().addListener(SWT.Selection, e -> styled.redraw(0, 0, styled.getLeftMargin(),
                styled.getClientArea().height, false));
        styled.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
        styled.addListener(SWT.MouseDown, e -> {
            if (e.button == 1 && e.x < styled.getLeftMargin()) {
                Stripe s = stripes.at(passages, e.x, e.y);
                if (s != null) {
                    styled.setSelection(s.passage().from(), s.passage().to());
                    status(describe(s.passage()));
                }
            }
        });
        control.setData(CodingPane.class.getName(), this);
        new CodeMenu(this).install(styled);
        new CodeDrop(this).install(styled);
        session.commandStack().addCommandStackListener(onCommand);
        control.addListener(SWT.Dispose, e -> {
            session.commandStack().removeCommandStackListener(onCommand);
            small.dispose();
        });
        refresh();
    }

    public Composite control() {
        return control;
    }

    /** The coding pane whose control this is, if it is one. */
    public static Optional<CodingPane> of(Control c) {
        return c != null && c.getData(CodingPane.class.getName()) instanceof CodingPane p ? Optional.of(p) : Optional.empty();
    }

    public StyledText styledText() {
        return styled;
    }

    /** The quick-code box: type a code's name, Enter codes the selection. */
    public Text quickCodeBox() {
        return quick.text();
    }

    /** What the pane last told the user (a coding made or refused), as the status text beside the quick-code box shows it. */
    public String status() {
        return status.getText();
    }

    /** The warning shown above the text (a document changed after import), or empty. */
    public Optional<String> warning() {
        return warningBar.getVisible() ? Optional.of(warning.getText()) : Optional.empty();
    }

    Case theCase() {
        return theCase.get();
    }

    CodableText codableText() {
        return text.get();
    }

    PassageCommands commands() {
        return commands;
    }

    WorkbenchSession session() {
        return session;
    }

    CoderPrompt prompt() {
        return prompt;
    }

    CodedPassages passages() {
        return passages;
    }

    /** The code names of the legend above the text, in lane order. */
    List<String> legend() {
        return legend.names();
    }

    /** The stripes of the lines in view, as drawn. */
    List<Stripe> visibleStripes() {
        return stripes.visible(passages);
    }

    /** Shows the text and its codings again (after any command, undo or redo; the text may have changed). */
    public void refresh() {
        if (styled.isDisposed()) {
            return;
        }
        CodableText t = text.get();
        String content = t == null ? "" : Texts.of(t).orElse("");
        boolean newText = !content.equals(shown);
        Offsets now = newText ? new Offsets(content) : offsets;
        passages = new CodedPassages(theCase.get(), t, now);
        legend.show(passages.lanes());
        int margin = Stripes.width(passages.lanes().size());
        // The margin before the text: a wrapping text lays out its lines again when its margin changes.
        if (styled.getLeftMargin() != margin) {
            styled.setLeftMargin(margin);
        }
        if (newText) {
            // A selection would now cover other words (a note edited beside its Code tab): only the caret stays.
            int caret = Math.min(styled.getCaretOffset(), content.length());
            styled.setText(content);
            styled.setCaretOffset(caret);
            shown = content;
            offsets = now;
            shownRanges = new int[0];
            shownStyles = new StyleRange[0];
        }
        Highlights h = passages.highlights();
        if (!Arrays.equals(h.ranges(), shownRanges) || !sameBackgrounds(h.styles(), shownStyles)) {
            if (h.ranges().length == 0) {
                styled.setStyleRanges(new StyleRange[0]);
            } else {
                styled.setStyleRanges(h.ranges(), h.styles());
            }
            shownRanges = h.ranges();
            shownStyles = h.styles();
        }
        showWarning(t, content);
        styled.redraw();
    }

    private static boolean sameBackgrounds(StyleRange[] a, StyleRange[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].background.getRGB().equals(b[i].background.getRGB())) {
                return false;
            }
        }
        return true;
    }

    private void showWarning(CodableText t, String content) {
        String problem = null;
        if (t instanceof Document d) {
            // Core's reason names the file, what went wrong and what to do about it.
            problem = Texts.changed(d).map(reason -> Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".").orElse(null);
        }
        if (problem == null && t != null && Texts.of(t).isEmpty()) {
            problem = NLS.bind(Messages.CodingPane_unreadable, Texts.title(t));
        }
        boolean show = problem != null;
        warning.setText(show ? problem : "");
        if (warningBar.getVisible() != show) {
            warningBar.setVisible(show);
            ((GridData) warningBar.getLayoutData()).exclude = !show;
            control.layout(true, true);
        }
    }

    private void commandStackChanged(EventObject e) {
        if (!control.isDisposed()) {
            refresh();
        }
    }

    /** The selected passage in code points, or empty when nothing is selected. */
    public Optional<int[]> selection() {
        Point sel = styled.getSelection();
        if (sel.x == sel.y) {
            return Optional.empty();
        }
        return Optional.of(new int[] { offsets.offset(sel.x), offsets.offset(sel.y) });
    }

    /** Selects a passage given in code points (and shows it). */
    public void select(int start, int end) {
        styled.setSelection(offsets.index(start), offsets.index(end));
        styled.showSelection();
    }

    /** Codes the selected passage with a code of the codebook; false (and a message in the status text) when it cannot. */
    public boolean code(Code code) {
        return run(code.getName(), (c, t, range, coder) -> commands.code(c, t, range[0], range[1], code, coder), code);
    }

    /** Codes the selected passage with a new code of this name, added to the codebook in the same step. */
    public boolean codeWithNew(String name) {
        return run(name, (c, t, range, coder) -> commands.codeWithNew(c, t, range[0], range[1], name, coder), null);
    }

    /** Takes a code off a segment (the context menu's Uncode). */
    public boolean uncode(Segment segment, Code code) {
        if (session.execute(commands.uncode(segment, code))) {
            status(NLS.bind(Messages.CodingPane_removed, code.getName()));
            return true;
        }
        return false;
    }

    @FunctionalInterface
    private interface Build {
        Command build(Case c, CodableText t, int[] range, Coder coder) throws CodingRefused;
    }

    private boolean run(String name, Build build, Code code) {
        Optional<int[]> range = selection();
        Case c = theCase.get();
        CodableText t = text.get();
        if (range.isEmpty() || c == null || t == null) {
            status(NLS.bind(Messages.CodingPane_selectFirst, name));
            return false;
        }
        Optional<Coder> coder = prompt.coderIn(styled.getShell(), commands.library());
        if (coder.isEmpty()) {
            status(CoderPrompt.REFUSED);
            return false;
        }
        Command command;
        try {
            command = build.build(c, t, range.get(), coder.get());
        } catch (CodingRefused e) {
            status(NLS.bind(Messages.CodingPane_notCoded, e.getMessage()));
            return false;
        }
        if (!session.execute(command)) {
            status(Messages.CodingPane_notCodedTheCoding);
            return false;
        }
        Code used = code != null ? code : commands.find(name).orElse(null);
        if (used != null) {
            RecentCodes.used(commands.library(), used);
        }
        String quote = CodePoints.slice(shown, range.get()[0], range.get()[1]);
        status(NLS.bind(Messages.CodingPane_coded, name.strip(), shorten(quote)));
        return true;
    }

    void status(String message) {
        if (!status.isDisposed()) {
            status.setText(message == null ? "" : message);
            status.setToolTipText(message);
        }
    }

    private void hover(int x, int y) {
        String tip = null;
        if (passages != null && x < styled.getLeftMargin()) {
            Stripe s = stripes.at(passages, x, y);
            tip = s == null ? null : describe(s.passage());
        } else if (passages != null) {
            int at = styled.getOffsetAtPoint(new Point(x, y));
            List<Passage> here = at < 0 ? List.of() : passages.at(at);
            tip = here.isEmpty() ? null : String.join("\n\n", here.stream().map(CodingPane::describe).toList());
        }
        if (!Objects.equals(tip, styled.getToolTipText())) {
            styled.setToolTipText(tip);
        }
    }

    /** What a hover says about a passage: its codes, who coded it and when, and its memo. */
    static String describe(Passage p) {
        Segment s = p.segment();
        StringBuilder out = new StringBuilder(String.join(", ", s.getCodes().stream().map(Code::getName).toList()));
        Coder coder = s.getCoder();
        if (coder != null) {
            out.append("\ncoded by ").append(coder.getName());
            if (coder.getInitials() != null && !coder.getInitials().isBlank()) {
                out.append(" (").append(coder.getInitials()).append(')');
            }
        }
        if (s.getCodedOn() != null) {
            out.append(coder == null ? "\ncoded" : "").append(" on ").append(new SimpleDateFormat("d MMM yyyy").format(s.getCodedOn()));
        }
        if (s.getMemo() != null && s.getMemo().getText() != null && !s.getMemo().getText().isBlank()) {
            out.append("\nMemo: ").append(s.getMemo().getText().strip());
        }
        return out.toString();
    }

    static String shorten(String quote) {
        String q = quote.replaceAll("\\s+", " ").strip();
        return q.codePointCount(0, q.length()) <= 60 ? q : CodePoints.slice(q, 0, 57) + "…";
    }
}
