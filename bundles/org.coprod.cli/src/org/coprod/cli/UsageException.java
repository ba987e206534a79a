package org.coprod.cli;

import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;

/** Bad usage or unreadable input: the message says what is wrong and the exit code is 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    /** An export's check of its destination, which may refuse it. */
    interface DestinationCheck {
        void run() throws BriefException;
    }

    /**
     * Runs an export's destination check before the library is read, so that a bad destination is reported first; a
     * refusal becomes a usage error (an existing file names --force).
     */
    static void checkDestination(DestinationCheck check) throws UsageException {
        try {
            check.run();
        } catch (BriefExport.DestinationExistsException e) {
            throw new UsageException(e.file() + " already exists: use --force to replace it");
        } catch (BriefException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
