package org.coprod.refi.ui;

/** File &gt; Export &gt; REFI-QDA Project (.qdpx). */
public final class ProjectExportWizard extends RefiExportWizard {

    public ProjectExportWizard() {
        super(Kind.PROJECT);
    }
}
