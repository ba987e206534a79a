package org.coprod.ui.map;

import org.eclipse.osgi.util.NLS;

/** The words of the Map view, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String CaseMap_world;
    public static String CaseMap_africa;
    public static String CaseMap_southAsia;
    public static String CaseMap_latinAmerica;
    public static String CaseMap_europe;
    public static String CaseMap_legendCases;
    public static String CaseMap_legendNone;
    public static String CaseMap_region;
    public static String CaseMap_tooltipOne;
    public static String CaseMap_tooltip;
    public static String CaseMap_oneCase;
    public static String CaseMap_cases;
    public static String CaseMap_oneCountry;
    public static String CaseMap_countries;
    public static String CaseMap_casesIn;
    public static String CaseMap_withoutCountry;
    public static String CaseMap_tooSmall;
    public static String CaseMap_filteredTo;
    public static String MapView_noLibraryOpen;

    static {
        NLS.initializeMessages("org.coprod.ui.map.messages", Messages.class);
    }

    private Messages() {
    }
}
