package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.coprod.model.Case;
import org.coprod.model.EvidenceType;
import org.coprod.model.Outcome;
import org.coprod.model.Role;
import org.coprod.testing.SampleLibraries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample library's outcomes name the evidence that supports them; roles keep periods out of components (issue 8, item 9). */
class SampleEvidenceTests {

    @TempDir
    static Path dir;
    static Library sample;

    @BeforeAll
    static void materialize() throws Exception {
        sample = SampleLibraries.copyTo(dir.resolve("sample")); // the sample as imported once per test run
    }

    private static Outcome outcome(Case c, String indicator) {
        return c.getOutcomes().stream().filter(o -> indicator.equals(o.getIndicator())).findFirst()
                .orElseThrow(() -> new AssertionError(c.getId() + " has no outcome '" + indicator + "'"));
    }

    @Test
    void portoAlegresPollFigureRestsOnThePollAndItsCountsOnTheSurvey() {
        Case porto = sample.findCase("porto-alegre-op").orElseThrow();
        Outcome poll = outcome(porto, "respondents who see the OP as an achievement to keep");
        assertEquals(EvidenceType.OPINION_POLL, poll.getEvidence().getType());
        assertEquals(EvidenceType.PARTICIPATION_SURVEY, outcome(porto, "participants").getEvidence().getType());
        assertNull(outcome(porto, "mayoral candidates backing the OP").getEvidence(), "no source says which evidence supports it");
    }

    @Test
    void noCaseWithSeveralEvidenceItemsPinsAllItsOutcomesOnTheFirst() {
        List<String> pinned = new ArrayList<>();
        for (Case c : sample.root().getCases()) {
            if (c.getEvidence().size() > 1 && c.getOutcomes().size() > 1
                    && c.getOutcomes().stream().allMatch(o -> o.getEvidence() == c.getEvidence().get(0))) {
                pinned.add(c.getId());
            }
        }
        // Tackley's figures all come from its documents (the other item is a quoted view): the one such case by design.
        assertEquals(List.of("tackley-village-shop"), pinned);
    }

    @Test
    void aRolesComponentIsOneOfTheCasesServiceComponents() {
        Map<String, List<String>> odd = sample.root().getCases().stream()
                .collect(Collectors.toMap(Case::getId, c -> c.getRoles().stream().map(Role::getComponent)
                        .filter(k -> k != null && c.getCodings().stream().noneMatch(t -> k.equals(t.getComponent()))
                                && c.getContributions().stream().noneMatch(r -> k.equals(r.getComponent())))
                        .toList()));
        odd.values().removeIf(List::isEmpty);
        assertTrue(odd.isEmpty(), "components that are no service component of their case: " + odd);
        Role union = sample.findCase("porto-alegre-op").orElseThrow().getRoles().stream()
                .filter(r -> r.getActor().getName().startsWith("union of")).findFirst().orElseThrow();
        assertEquals("withdrew in the early 1990s", union.getDescription());
    }
}
