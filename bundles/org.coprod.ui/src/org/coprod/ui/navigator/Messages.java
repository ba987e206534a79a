package org.coprod.ui.navigator;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String Grouping_country;
    public static String Grouping_initiatorMode;
    public static String Grouping_sector;
    public static String Grouping_typologyCell;
    public static String LibraryNavigator_1CaseSelected;
    public static String LibraryNavigator_casesSelected;
    public static String LibraryNavigator_cellFilter;
    public static String FilterLink_country;
    public static String FilterLink_cellAndCountry;
    public static String LibraryNavigator_filterNameIdCountry;
    public static String LibraryNavigator_loading;
    public static String LibraryNavigator_noLibraryOpen;
    public static String LibraryNavigator_openCase;
    public static String LibraryNavigator_shownOf;
    public static String LibraryNavigator_stillLoading;
    public static String LibraryNavigator_unreadableCase;
    public static String NavigatorMenu_compare;
    public static String NavigatorMenu_compareTheSelectedCases;
    public static String NavigatorMenu_delete;
    public static String NavigatorMenu_delete2;
    public static String NavigatorMenu_deleteQuestion;
    public static String NavigatorMenu_duplicate;
    public static String NavigatorMenu_enterAName;
    public static String NavigatorMenu_nCases;
    public static String NavigatorMenu_nameOfNewCase;
    public static String NavigatorMenu_newCase;
    public static String NavigatorMenu_newCase2;
    public static String NavigatorMenu_newCaseInThe;
    public static String NavigatorMenu_open;
    public static String NavigatorMenu_theLibraryIsStill;
    public static String NavigatorMenu_validate;
    public static String NavigatorMenu_validateAllCases;

    static {
        NLS.initializeMessages("org.coprod.ui.navigator.messages", Messages.class);
    }

    private Messages() {
    }
}
