package org.coprod.ui.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.coprod.model.Code;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The quick-code box: the name of a code typed with suggestions from the codebook's codable codes (recent ones first),
 * Enter codes the selected passage with it. A name the codebook lacks is offered as a new code: Enter again creates it
 * and codes the passage, in one undoable step.
 */
final class QuickCode {

    private static final int SUGGESTIONS = 30;
    private final CodingPane pane;
    private final Text text;
    /** The name of a new code the user was offered, awaiting a second Enter. */
    private String offered;

    QuickCode(Composite row, CodingPane pane) {
        this.pane = pane;
        Label label = new Label(row, SWT.NONE);
        label.setText(Messages.QuickCode_codeAs);
        text = new Text(row, SWT.BORDER | SWT.SINGLE | SWT.SEARCH);
        text.setMessage(Messages.QuickCode_codeNameEnter);
        GridData gd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        gd.widthHint = 220;
        text.setLayoutData(gd);
        text.setToolTipText(Messages.QuickCode_typeACodeS);
        ContentProposalAdapter adapter = new ContentProposalAdapter(text, new TextContentAdapter(), this::proposals, null, null);
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        // Choosing a suggestion codes at once: the user has said which code, and a second Enter would be one too many.
        adapter.addContentProposalListener(p -> enter(p.getContent()));
        text.addListener(SWT.DefaultSelection, e -> {
            if (!adapter.isProposalPopupOpen()) {
                enter(text.getText());
            }
        });
        text.addListener(SWT.Modify, e -> {
            if (offered != null && !offered.equalsIgnoreCase(text.getText().strip())) {
                offered = null;
            }
        });
    }

    Text text() {
        return text;
    }

    /** Codes the selection with the code named {@code typed}, or offers to create it. */
    void enter(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return;
        }
        Optional<Code> code = pane.commands().find(name);
        boolean done;
        if (code.isPresent()) {
            done = pane.code(code.get());
        } else if (name.equalsIgnoreCase(offered)) {
            done = pane.codeWithNew(name);
        } else {
            if (pane.selection().isEmpty()) {
                pane.status(NLS.bind(Messages.CodingPane_selectFirst, name));
                return;
            }
            offered = name;
            IContentProposal[] like = proposals(name, name.length());
            String hint = like.length == 0 ? "" : NLS.bind(Messages.QuickCode_orChoose, like[0].getContent());
            pane.status(NLS.bind(Messages.QuickCode_noSuchCode, name, hint));
            return;
        }
        if (done) {
            offered = null;
            text.setText("");
        }
    }

    private IContentProposal[] proposals(String contents, int position) {
        String wanted = contents.strip().toLowerCase(Locale.ROOT);
        List<Code> ordered = new ArrayList<>(RecentCodes.of(pane.commands().library()));
        if (pane.commands().library().getCodebook() != null) {
            pane.commands().library().getCodebook().getCodes().stream().filter(Code::isCodable).filter(c -> !ordered.contains(c))
                    .forEach(ordered::add);
        }
        List<IContentProposal> out = new ArrayList<>();
        for (Code c : ordered) {
            String name = c.getName() == null ? "" : c.getName();
            if (name.toLowerCase(Locale.ROOT).contains(wanted)) {
                out.add(new ContentProposal(name, name, c.getDefinition()));
                if (out.size() == SUGGESTIONS) {
                    break;
                }
            }
        }
        return out.toArray(IContentProposal[]::new);
    }
}
