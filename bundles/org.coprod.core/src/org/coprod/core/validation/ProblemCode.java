package org.coprod.core.validation;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * What a validation problem is about, as {@link Diagnostic#getCode()} carries it: each code has a number that never
 * changes (views, tests and saved preferences tell problems apart by it), the severity it has unless the user chose
 * another ({@link Severities}), and one sentence that explains it to a user.
 * <p>
 * Codes from 101 are advice: facts a comparative brief draws on that the case does not record yet.
 */
public enum ProblemCode {

    MISSING_ID(1, Severity.ERROR, Messages.Explain_missingId),
    MISSING_NAME(2, Severity.ERROR, Messages.Explain_missingName),
    MISSING_COUNTRY(3, Severity.ERROR, Messages.Explain_missingCountry),
    BAD_COUNTRY(4, Severity.ERROR, Messages.Explain_badCountry),
    PERIOD_INVERTED(5, Severity.ERROR, Messages.Explain_periodInverted),
    NOT_APPLICABLE_CELL(6, Severity.ERROR, Messages.Explain_notApplicableCell),
    MISSING_CELL(7, Severity.ERROR, Messages.Explain_missingCell),
    NEGATIVE_CONTRIBUTION(8, Severity.ERROR, Messages.Explain_negativeContribution),
    MISSING_ACTOR(9, Severity.ERROR, Messages.Explain_missingActor),
    PARENT_CYCLE(10, Severity.ERROR, Messages.Explain_parentCycle),
    MISSING_SOURCE(11, Severity.ERROR, Messages.Explain_missingSource),
    DOCUMENT_CODING_WITHOUT_SOURCE(12, Severity.WARNING, Messages.Explain_documentCodingWithoutSource),
    NUMBER_WITHOUT_YEAR(13, Severity.WARNING, Messages.Explain_numberWithoutYear),
    BAD_LANGUAGE(14, Severity.WARNING, Messages.Explain_badLanguage),
    DANGLING_PARENT(15, Severity.ERROR, Messages.Explain_danglingParent),
    SEGMENT_OUTSIDE_TEXT(16, Severity.ERROR, Messages.Explain_segmentOutsideText),
    QUOTE_CHANGED(17, Severity.WARNING, Messages.Explain_quoteChanged),
    DOCUMENT_CHANGED(18, Severity.ERROR, Messages.Explain_documentChanged),
    CODE_WITHOUT_DEFINITION(19, Severity.WARNING, Messages.Explain_codeWithoutDefinition),

    NO_NAME(101, Severity.INFO, Messages.Explain_noName),
    NO_SUMMARY(102, Severity.INFO, Messages.Explain_noSummary),
    NO_COUNTRIES(103, Severity.INFO, Messages.Explain_noCountries),
    NO_SECTORS(104, Severity.INFO, Messages.Explain_noSectors),
    NO_START_YEAR(105, Severity.INFO, Messages.Explain_noStartYear),
    NO_CASE_TYPE(106, Severity.INFO, Messages.Explain_noCaseType),
    NO_INITIATOR_MODE(107, Severity.INFO, Messages.Explain_noInitiatorMode),
    NO_TYPOLOGY_CODING(108, Severity.INFO, Messages.Explain_noTypologyCoding),
    NO_DRIVERS(109, Severity.INFO, Messages.Explain_noDrivers),
    NO_ROLES(110, Severity.INFO, Messages.Explain_noRoles),
    NO_POLITICAL_PROFILE(111, Severity.INFO, Messages.Explain_noPoliticalProfile),
    NO_CONTRIBUTIONS(112, Severity.INFO, Messages.Explain_noContributions),
    NO_OUTCOMES(113, Severity.INFO, Messages.Explain_noOutcomes),
    NO_EVIDENCE(114, Severity.INFO, Messages.Explain_noEvidence),
    NO_NOTES(115, Severity.INFO, Messages.Explain_noNotes),
    NO_SOURCES(116, Severity.INFO, Messages.Explain_noSources),
    NO_PLACEMENT_EVIDENCE(117, Severity.INFO, Messages.Explain_noPlacementEvidence);

    private final int number;
    private final Severity severity;
    private final String explanation;

    ProblemCode(int number, Severity severity, String explanation) {
        this.number = number;
        this.severity = severity;
        this.explanation = explanation;
    }

    /** The number {@link Diagnostic#getCode()} carries for this problem. */
    public int number() {
        return number;
    }

    /** The severity the problem has unless the user chose another. */
    public Severity defaultSeverity() {
        return severity;
    }

    /** One sentence for users: why the rule exists. */
    public String explanation() {
        return explanation;
    }

    /** Whether the code is advice about completeness rather than a rule the case breaks. */
    public boolean isAdvice() {
        return severity == Severity.INFO;
    }

    /** The code of a diagnostic made by these rules (none for diagnostics from elsewhere, such as EMF's own checks). */
    public static Optional<ProblemCode> of(Diagnostic d) {
        if (!CaseValidator.SOURCE.equals(d.getSource())) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.number == d.getCode()).findFirst();
    }
}
