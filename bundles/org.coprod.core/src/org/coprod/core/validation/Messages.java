package org.coprod.core.validation;

import org.eclipse.osgi.util.NLS;

/**
 * The words of validation: each problem, the sentence that explains its rule and the facts a brief draws on, in the
 * language the runtime started in (Eclipse's -nl; the command line starts in English).
 */
public final class Messages extends NLS {

    public static String Case_label;
    public static String Problem_noActor;
    public static String Problem_unknownActor;
    public static String Field_roles;
    public static String Field_contributions;
    public static String Problem_noCountry;
    public static String Problem_noCountryOnlyPlaces;
    public static String Problem_noId;
    public static String Problem_noName;
    public static String Problem_cellNotApplicable;
    public static String Problem_noDefinition;
    public static String Problem_noCell;
    public static String Problem_negativeAmount;
    public static String Problem_notIsoCountry;
    public static String Problem_documentCodingWithoutSource;
    public static String Problem_documentChanged;
    public static String Problem_factMissing;
    public static String Problem_ownAncestor;
    public static String Problem_notIsoLanguage;
    public static String Problem_amountWithoutYear;
    public static String Problem_valueWithoutYear;
    public static String Problem_unknownParent;
    public static String Problem_periodInverted;
    public static String Field_period;
    public static String Field_phase;
    public static String Problem_placementWithoutEvidence;
    public static String Problem_passageWithoutText;
    public static String Problem_passageOutside;
    public static String Problem_quoteChanged;
    public static String Problem_unknownSource;
    public static String Validating;
    public static String Explain_missingId;
    public static String Explain_missingName;
    public static String Explain_missingCountry;
    public static String Explain_badCountry;
    public static String Explain_periodInverted;
    public static String Explain_notApplicableCell;
    public static String Explain_missingCell;
    public static String Explain_negativeContribution;
    public static String Explain_missingActor;
    public static String Explain_parentCycle;
    public static String Explain_missingSource;
    public static String Explain_documentCodingWithoutSource;
    public static String Explain_numberWithoutYear;
    public static String Explain_badLanguage;
    public static String Explain_danglingParent;
    public static String Explain_segmentOutsideText;
    public static String Explain_quoteChanged;
    public static String Explain_documentChanged;
    public static String Explain_codeWithoutDefinition;
    public static String Explain_noName;
    public static String Explain_noSummary;
    public static String Explain_noCountries;
    public static String Explain_noSectors;
    public static String Explain_noStartYear;
    public static String Explain_noCaseType;
    public static String Explain_noInitiatorMode;
    public static String Explain_noTypologyCoding;
    public static String Explain_noDrivers;
    public static String Explain_noRoles;
    public static String Explain_noPoliticalProfile;
    public static String Explain_noContributions;
    public static String Explain_noOutcomes;
    public static String Explain_noEvidence;
    public static String Explain_noNotes;
    public static String Explain_noSources;
    public static String Explain_noPlacementEvidence;
    public static String Fact_name;
    public static String Fact_summary;
    public static String Fact_countries;
    public static String Fact_sectors;
    public static String Fact_startYear;
    public static String Fact_caseType;
    public static String Fact_initiatorMode;
    public static String Fact_typologyCoding;
    public static String Fact_drivers;
    public static String Fact_roles;
    public static String Fact_politicalProfile;
    public static String Fact_contributions;
    public static String Fact_outcomes;
    public static String Fact_evidence;
    public static String Fact_notes;
    public static String Fact_sources;

    static {
        NLS.initializeMessages("org.coprod.core.validation.messages", Messages.class);
    }

    private Messages() {
    }
}
