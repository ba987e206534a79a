package org.coprod.ui.compare;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String ComparisonDimensions_contributions;
    public static String ComparisonDimensions_countriesPlaces;
    public static String ComparisonDimensions_drivers;
    public static String ComparisonDimensions_evidenceDepth;
    public static String ComparisonDimensions_headlineOutcomes;
    public static String ComparisonDimensions_mainCoProducers;
    public static String ComparisonDimensions_nameAliases;
    public static String ComparisonDimensions_ongoing;
    public static String ComparisonDimensions_periodAndPhases;
    public static String ComparisonDimensions_phases;
    public static String ComparisonDimensions_rolesSuggest;
    public static String ComparisonDimensions_scale;
    public static String ComparisonDimensions_sectors;
    public static String ComparisonDimensions_sources;
    public static String ComparisonDimensions_stateStance;
    public static String ComparisonDimensions_typologyCellPerPhase;
    public static String ComparisonDimensions_whoInitiatedIt;
    public static String ComparisonView_addAtLeastOne;
    public static String ComparisonView_addSelected;
    public static String ComparisonView_addTip;
    public static String ComparisonView_clear;
    public static String ComparisonView_dimension;
    public static String ComparisonView_select2To5;

    static {
        NLS.initializeMessages("org.coprod.ui.compare.messages", Messages.class);
    }

    private Messages() {
    }
}
