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

    MISSING_ID(1, Severity.ERROR, "Every case needs an id: it names the case's file and every link to the case."),
    MISSING_NAME(2, Severity.ERROR, "Every case needs a name, which lists, briefs and search results show."),
    MISSING_COUNTRY(3, Severity.ERROR, "A case names the countries it took place in; a regional or background record"
            + " that names only places is warned about rather than refused."),
    BAD_COUNTRY(4, Severity.ERROR, "Countries are stored as ISO 3166-1 alpha-2 codes (such as BR or GB), so that"
            + " comparisons by country find every case."),
    PERIOD_INVERTED(5, Severity.ERROR, "A period (of a case or of one of its phases) cannot end before it starts."),
    NOT_APPLICABLE_CELL(6, Severity.ERROR, "A case is coded only in typology cells that apply; the typology marks"
            + " some combinations as impossible."),
    MISSING_CELL(7, Severity.ERROR, "A typology coding must name a cell of a typology the library has."),
    NEGATIVE_CONTRIBUTION(8, Severity.ERROR, "A resource contribution's amount is what an actor gave, so it cannot"
            + " be negative."),
    MISSING_ACTOR(9, Severity.ERROR, "Roles name an actor, and roles and contributions may only name actors the"
            + " library lists."),
    PARENT_CYCLE(10, Severity.ERROR, "A case cannot be its own parent, directly or through other cases."),
    MISSING_SOURCE(11, Severity.ERROR, "A reference to a source must name a source the library lists."),
    DOCUMENT_CODING_WITHOUT_SOURCE(12, Severity.WARNING, "A coding said to come from a document should name that"
            + " document as its source, so that others can check it."),
    NUMBER_WITHOUT_YEAR(13, Severity.WARNING, "An amount or an outcome value means little without the year it"
            + " refers to."),
    BAD_LANGUAGE(14, Severity.WARNING, "Note languages are ISO 639-1 codes (such as en or pt), so that notes can"
            + " be sorted and translated by language."),
    DANGLING_PARENT(15, Severity.ERROR, "A case's parent must be a case the library has; the parent was probably"
            + " deleted or renamed."),
    SEGMENT_OUTSIDE_TEXT(16, Severity.ERROR, "A coded passage lies inside the note or document it was coded in; one that"
            + " does not points at text that is not there."),
    QUOTE_CHANGED(17, Severity.WARNING, "A coded passage still reads as it did when it was coded; when the text under it"
            + " changed, check the coding and code the passage again."),
    DOCUMENT_CHANGED(18, Severity.ERROR, "A document's text is never changed after import, since its passages are coded"
            + " by position; a text file changed or removed outside the workbench leaves them pointing at other words."),
    CODE_WITHOUT_DEFINITION(19, Severity.WARNING, "A code needs a definition, so that a second coder applies it as the"
            + " first one did."),

    NO_NAME(101, Severity.INFO, "A brief names each case it compares."),
    NO_SUMMARY(102, Severity.INFO, "A brief opens each case with its summary."),
    NO_COUNTRIES(103, Severity.INFO, "A brief compares cases by country."),
    NO_SECTORS(104, Severity.INFO, "A brief groups cases by the sectors they work in."),
    NO_START_YEAR(105, Severity.INFO, "A brief places each case in time by the year it started."),
    NO_CASE_TYPE(106, Severity.INFO, "A brief tells full case studies from examples and mentions by the case type."),
    NO_INITIATOR_MODE(107, Severity.INFO, "A brief compares who started each initiative (its initiator mode)."),
    NO_TYPOLOGY_CODING(108, Severity.INFO, "A brief places each case in the typology's matrix by its coding."),
    NO_DRIVERS(109, Severity.INFO, "A brief compares why co-production was chosen (its drivers)."),
    NO_ROLES(110, Severity.INFO, "A brief's value chain shows which actors plan, deliver and pay."),
    NO_POLITICAL_PROFILE(111, Severity.INFO, "A brief compares the political setting of each case."),
    NO_CONTRIBUTIONS(112, Severity.INFO, "A brief counts who contributes money, labour and land."),
    NO_OUTCOMES(113, Severity.INFO, "A brief reports what each case achieved."),
    NO_EVIDENCE(114, Severity.INFO, "A brief weighs each claim by the evidence behind it."),
    NO_NOTES(115, Severity.INFO, "A brief quotes the coder's notes on a case."),
    NO_SOURCES(116, Severity.INFO, "A brief cites the documents each case rests on."),
    NO_PLACEMENT_EVIDENCE(117, Severity.INFO, "A typology placement is best shown by a coded passage of the case's"
            + " documents, which a brief quotes.");

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
