package org.coprod.agreement;

import org.eclipse.osgi.util.NLS;

/** The measures' names, why a figure is not defined and the report's notes, in the language the runtime started in. */
public final class Messages extends NLS {

    public static String Measure_typology;
    public static String Measure_drivers;
    public static String Measure_benefits;
    public static String Measure_limitations;
    public static String Measure_initiatorMode;
    public static String Figure_notDefined;
    public static String Why_oneCoder;
    public static String Why_noUnitCodedByTwo;
    public static String Why_kappaTwoCoders;
    public static String Why_noUnitCodedByBoth;
    public static String Why_oneCategory;
    public static String Why_undefined;
    public static String Why_noTextCodedByBoth;
    public static String Why_textsEmpty;
    public static String Why_noKappa;
    public static String Why_textEmpty;
    public static String Why_nothingRecorded;
    public static String Why_notAttributed;
    public static String Why_complete;
    public static String Note_nobody;
    public static String Note_onlyOne;
    public static String Note_clippedOne;
    public static String Note_clipped;
    public static String Note_unreadable;
    public static String Note_textDiffers;
    public static String Unit_typology;
    public static String Unit_phase;
    public static String Unit_component;

    static {
        NLS.initializeMessages("org.coprod.agreement.messages", Messages.class);
    }

    private Messages() {
    }
}
