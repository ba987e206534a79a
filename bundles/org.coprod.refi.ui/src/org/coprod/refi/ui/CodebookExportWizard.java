package org.coprod.refi.ui;

/** File &gt; Export &gt; REFI-QDA Codebook (.qdc). */
public final class CodebookExportWizard extends RefiExportWizard {

    public CodebookExportWizard() {
        super(Kind.CODEBOOK);
    }
}
