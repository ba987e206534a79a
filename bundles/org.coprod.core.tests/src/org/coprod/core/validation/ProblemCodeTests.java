package org.coprod.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.coprod.model.CoprodPackage;
import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.Test;

/** The codes of the validation rules: explained, numbered for good, and each reported by exactly one rule. */
class ProblemCodeTests {

    /** A full stop, question or exclamation mark followed by a new sentence. */
    private static final Pattern SECOND_SENTENCE = Pattern.compile("[.!?]\\s+[A-Z]");

    @Test
    void everyCodeHasAOneSentenceExplanation() {
        for (ProblemCode code : ProblemCode.values()) {
            String text = code.explanation();
            assertTrue(text != null && text.length() > 20, code + " is explained");
            assertTrue(Character.isUpperCase(text.charAt(0)) && text.endsWith("."), code + ": a sentence, '" + text + "'");
            assertFalse(SECOND_SENTENCE.matcher(text).find(), code + ": one sentence, '" + text + "'");
        }
    }

    @Test
    void explanationsAreNotCopiedFromOneCodeToAnother() {
        Set<String> seen = new HashSet<>();
        for (ProblemCode code : ProblemCode.values()) {
            assertTrue(seen.add(code.explanation()), code + " has an explanation of its own");
        }
    }

    @Test
    void theNumbersOfTheOriginalCodesNeverChange() {
        // Diagnostics carry the number: views and tests that tell problems apart by it must not break when codes are added.
        Map<ProblemCode, Integer> expected = Map.ofEntries(Map.entry(ProblemCode.MISSING_ID, 1), Map.entry(ProblemCode.MISSING_NAME, 2),
                Map.entry(ProblemCode.MISSING_COUNTRY, 3), Map.entry(ProblemCode.BAD_COUNTRY, 4), Map.entry(ProblemCode.PERIOD_INVERTED, 5),
                Map.entry(ProblemCode.NOT_APPLICABLE_CELL, 6), Map.entry(ProblemCode.MISSING_CELL, 7),
                Map.entry(ProblemCode.NEGATIVE_CONTRIBUTION, 8), Map.entry(ProblemCode.MISSING_ACTOR, 9),
                Map.entry(ProblemCode.PARENT_CYCLE, 10), Map.entry(ProblemCode.MISSING_SOURCE, 11),
                Map.entry(ProblemCode.DOCUMENT_CODING_WITHOUT_SOURCE, 12), Map.entry(ProblemCode.NUMBER_WITHOUT_YEAR, 13),
                Map.entry(ProblemCode.BAD_LANGUAGE, 14), Map.entry(ProblemCode.DANGLING_PARENT, 15));
        expected.forEach((code, number) -> assertEquals(number, code.number(), code.name()));
        Set<Integer> numbers = new HashSet<>();
        for (ProblemCode code : ProblemCode.values()) {
            assertTrue(numbers.add(code.number()), code + "'s number " + code.number() + " is its own");
        }
    }

    @Test
    void everyCodeIsReportedByExactlyOneRule() {
        Map<ProblemCode, Integer> rules = new EnumMap<>(ProblemCode.class);
        for (Rule rule : CaseRules.ALL) {
            rule.codes().forEach(code -> rules.merge(code, 1, Integer::sum));
        }
        for (ProblemCode code : ProblemCode.values()) {
            assertEquals(1, rules.getOrDefault(code, 0), code + " is reported by one rule");
        }
    }

    @Test
    void adviceIsExactlyTheCodesOfTheFactsABriefDrawsOnAndOfMissingEvidence() {
        Set<ProblemCode> facts = new HashSet<>();
        BriefFacts.ALL.forEach(f -> facts.add(f.code()));
        facts.add(ProblemCode.NO_PLACEMENT_EVIDENCE);
        for (ProblemCode code : ProblemCode.values()) {
            assertEquals(facts.contains(code), code.isAdvice(), code.name());
            assertEquals(code.isAdvice(), code.defaultSeverity() == Severity.INFO, code.name());
        }
    }

    @Test
    void theRulesAreRegisteredWithEmfWhenTheBundleStarts() {
        // Nothing in the tests registers them: the bundle's start must have done it.
        assertEquals(CaseValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(CoprodPackage.eINSTANCE));
    }
}
