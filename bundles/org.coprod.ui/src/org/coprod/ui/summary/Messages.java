package org.coprod.ui.summary;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String SummaryCache_readingCaseSummaries;

    static {
        NLS.initializeMessages("org.coprod.ui.summary.messages", Messages.class);
    }

    private Messages() {
    }
}
