package org.coprod.export;

import org.eclipse.osgi.util.NLS;

/**
 * What writing a brief says in the workbench (its progress and why it refuses), in the language the runtime started in.
 * The brief's own words follow the brief's language instead: they are in brief.properties, read through BriefText.
 */
public final class Messages extends NLS {

    public static String Export_writing;
    public static String Export_assemblingOne;
    public static String Export_assemblingMany;
    public static String Export_writingFormat;
    public static String Export_unknownCase;
    public static String Export_unknownCases;
    public static String Export_noReference;
    public static String Export_destinationExists;

    static {
        NLS.initializeMessages("org.coprod.export.messages", Messages.class);
    }

    private Messages() {
    }
}
