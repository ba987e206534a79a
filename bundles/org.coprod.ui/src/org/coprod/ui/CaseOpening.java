package org.coprod.ui;

/**
 * How a case is shown for editing. The session only knows this interface; the editor package provides the workbench's
 * implementation (an editor per case), so that the session does not depend on the editor that depends on it.
 */
@FunctionalInterface
public interface CaseOpening {

    /** Shows the loaded case with this id of the session's library for editing. */
    void open(WorkbenchSession session, String caseId);
}
