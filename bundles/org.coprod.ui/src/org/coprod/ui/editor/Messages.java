package org.coprod.ui.editor;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String NotesPage_caseMemos;
    public static String ActorsPage_pickTheActorFrom;
    public static String ActorsPage_roles;
    public static String CaseEditorInput_case;
    public static String CaseEditor_actorsAndRoles;
    public static String CaseEditor_coding;
    public static String CaseEditor_notes;
    public static String CaseEditor_outcomesAndEvidence;
    public static String CaseEditor_overview;
    public static String CaseEditor_politics;
    public static String CaseEditor_resources;
    public static String CaseEditor_sources;
    public static String CodingPage_actor;
    public static String CodingPage_cellPerPhaseAnd;
    public static String CodingPage_drivers;
    public static String CodingPage_noActor;
    public static String CodingPage_periodsThatMaySit;
    public static String CodingPage_phases;
    public static String CodingPage_role;
    public static String CodingPage_rolesByValueChain;
    public static String CodingPage_rolesDescription;
    public static String CodingPage_rolesSuggest;
    public static String CodingPage_rolesSuggestFor;
    public static String CodingPage_typologyCodings;
    public static String CodingPage_whoActsPC;
    public static String CodingPage_whyCoProductionArose;
    public static String ContainmentTable_add;
    public static String ContainmentTable_remove;
    public static String FieldBinder_set;
    public static String FieldBinder_severalValuesSeparatedBy;
    public static String FieldBinder_thisIsNoLonger;
    public static String NewObjectDefaults_newNote;
    public static String NotesPage_code;
    public static String NotesPage_markdown;
    public static String NotesPage_newNotesTakeThe;
    public static String NotesPage_preview;
    public static String NotesPage_selectAPassageOf;
    public static String NotesPage_title;
    public static String OutcomesPage_evidence;
    public static String OutcomesPage_howThingsAboutThis;
    public static String OutcomesPage_measuredOrReportedResults;
    public static String OutcomesPage_outcomes;
    public static String OverviewPage_aliases;
    public static String OverviewPage_caseType;
    public static String OverviewPage_coProducers;
    public static String OverviewPage_context;
    public static String OverviewPage_countriesISOCodes;
    public static String OverviewPage_id;
    public static String OverviewPage_initiator;
    public static String OverviewPage_name;
    public static String OverviewPage_noneSetItIn;
    public static String OverviewPage_ongoing;
    public static String OverviewPage_partOf;
    public static String OverviewPage_periodEnd;
    public static String OverviewPage_periodNote;
    public static String OverviewPage_periodStart;
    public static String OverviewPage_places;
    public static String OverviewPage_countryNames;
    public static String OverviewPage_noCountry;
    public static String OverviewPage_scale;
    public static String OverviewPage_sectors;
    public static String OverviewPage_summary;
    public static String ResourcesPage_contributions;
    public static String ResourcesPage_totals;
    public static String ResourcesPage_whoGivesWhatMoney;
    public static String SourcesPage_pickTheSourceFrom;

    static {
        NLS.initializeMessages("org.coprod.ui.editor.messages", Messages.class);
    }

    private Messages() {
    }
}
