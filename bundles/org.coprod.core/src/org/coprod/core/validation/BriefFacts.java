package org.coprod.core.validation;

import java.util.List;
import java.util.function.Predicate;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.coprod.model.InitiatorMode;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The facts a comparative brief draws on, and how completely a case records them: the one list that the advice rules
 * (codes {@link ProblemCode#NO_NAME} to {@link ProblemCode#NO_SOURCES}) and the completeness score share.
 */
public final class BriefFacts {

    /** One fact a well-documented case has, the field that holds it, and the advice code given when it is missing. */
    public record Fact(ProblemCode code, String label, EStructuralFeature feature, Predicate<Case> present) {
    }

    private static final CoprodPackage P = CoprodPackage.eINSTANCE;

    public static final List<Fact> ALL = List.of(
            new Fact(ProblemCode.NO_NAME, Messages.Fact_name, P.getCase_Name(), c -> notBlank(c.getName())),
            new Fact(ProblemCode.NO_SUMMARY, Messages.Fact_summary, P.getCase_Summary(), c -> notBlank(c.getSummary())),
            new Fact(ProblemCode.NO_COUNTRIES, Messages.Fact_countries, P.getCase_Countries(), c -> !c.getCountries().isEmpty()),
            new Fact(ProblemCode.NO_SECTORS, Messages.Fact_sectors, P.getCase_Sectors(), c -> !c.getSectors().isEmpty()),
            new Fact(ProblemCode.NO_START_YEAR, Messages.Fact_startYear, P.getCase_PeriodStart(), c -> c.getPeriodStart() != null),
            new Fact(ProblemCode.NO_CASE_TYPE, Messages.Fact_caseType, P.getCase_CaseType(), c -> c.eIsSet(P.getCase_CaseType())),
            new Fact(ProblemCode.NO_INITIATOR_MODE, Messages.Fact_initiatorMode, P.getCase_InitiatorMode(),
                    c -> c.getInitiatorMode() != null && c.getInitiatorMode() != InitiatorMode.UNKNOWN),
            new Fact(ProblemCode.NO_TYPOLOGY_CODING, Messages.Fact_typologyCoding, P.getCase_Codings(), c -> !c.getCodings().isEmpty()),
            new Fact(ProblemCode.NO_DRIVERS, Messages.Fact_drivers, P.getCase_Drivers(), c -> !c.getDrivers().isEmpty()),
            new Fact(ProblemCode.NO_ROLES, Messages.Fact_roles, P.getCase_Roles(), c -> !c.getRoles().isEmpty()),
            new Fact(ProblemCode.NO_POLITICAL_PROFILE, Messages.Fact_politicalProfile, P.getCase_PoliticalProfile(),
                    c -> c.getPoliticalProfile() != null),
            new Fact(ProblemCode.NO_CONTRIBUTIONS, Messages.Fact_contributions, P.getCase_Contributions(),
                    c -> !c.getContributions().isEmpty()),
            new Fact(ProblemCode.NO_OUTCOMES, Messages.Fact_outcomes, P.getCase_Outcomes(), c -> !c.getOutcomes().isEmpty()),
            new Fact(ProblemCode.NO_EVIDENCE, Messages.Fact_evidence, P.getCase_Evidence(), c -> !c.getEvidence().isEmpty()),
            new Fact(ProblemCode.NO_NOTES, Messages.Fact_notes, P.getCase_Notes(), c -> !c.getNotes().isEmpty()),
            new Fact(ProblemCode.NO_SOURCES, Messages.Fact_sources, P.getCase_Sources(), c -> !c.getSources().isEmpty()));

    private BriefFacts() {
    }

    /** The share of the facts the case records, 0 to 100. */
    public static int score(Case c) {
        long present = ALL.stream().filter(f -> f.present().test(c)).count();
        return (int) Math.round(100.0 * present / ALL.size());
    }

    /** The facts the case lacks, in the order of {@link #ALL}. */
    public static List<Fact> missing(Case c) {
        return ALL.stream().filter(f -> !f.present().test(c)).toList();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
