package org.coprod.ui.coder;

import org.eclipse.osgi.util.NLS;

/** The words of the coder prompt, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String CoderDialog_initials;
    public static String CoderDialog_intro;
    public static String CoderDialog_name;
    public static String CoderDialog_noneYet;
    public static String CoderDialog_yourNameAsA;
    public static String CoderPrompt_refused;

    static {
        NLS.initializeMessages("org.coprod.ui.coder.messages", Messages.class);
    }

    private Messages() {
    }
}
