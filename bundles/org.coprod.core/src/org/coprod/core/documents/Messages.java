package org.coprod.core.documents;

import org.eclipse.osgi.util.NLS;

/** Why a document's text can no longer be trusted, in the runtime's language; validation reports it. */
public final class Messages extends NLS {

    public static String Changed_noDigest;
    public static String Changed_unreadable;
    public static String Changed_edited;
    public static String Changed_missing;

    static {
        NLS.initializeMessages("org.coprod.core.documents.messages", Messages.class);
    }

    private Messages() {
    }
}
