package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.coprod.model.ActorType;
import org.coprod.model.ContributionKind;
import org.coprod.model.CoprodPackage;
import org.coprod.model.RoleKind;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** One rule for typed enumeration values: the importer's (label or name, any case), tolerant of separators. */
class EnumTextTests {

    @ParameterizedTest
    @ValueSource(strings = { "local government", "LOCAL_GOVERNMENT", "Local Government", "local-government", " local_government " })
    void labelOrNameInAnyCaseWithAnySeparator(String typed) {
        assertEquals(Optional.of(ActorType.LOCAL_GOVERNMENT), EnumText.value(CoprodPackage.Literals.ACTOR_TYPE, typed));
    }

    @ParameterizedTest
    @ValueSource(strings = { "in-kind", "in kind", "IN_KIND", "In-Kind" })
    void theEditorsCaseSensitiveRuleNoLongerRefusesWhatTheImporterTakes(String typed) {
        // FieldBinder took "in-kind" and IN_KIND but refused "In-Kind" and "in kind"
        assertEquals(Optional.of(ContributionKind.IN_KIND), EnumText.value(CoprodPackage.Literals.CONTRIBUTION_KIND, typed));
    }

    @Test
    void separatorsDoNotJoinWordsThatDiffer() {
        assertEquals(Optional.of(RoleKind.PLANNER), EnumText.value(CoprodPackage.Literals.ROLE_KIND, "planner"));
        assertEquals(Optional.of(RoleKind.CO_PLANNER), EnumText.value(CoprodPackage.Literals.ROLE_KIND, "co planner"));
        assertEquals(Optional.of(RoleKind.MONITOR_REGULATOR), EnumText.value(CoprodPackage.Literals.ROLE_KIND, "Monitor/Regulator"));
        assertEquals(Optional.empty(), EnumText.value(CoprodPackage.Literals.ROLE_KIND, "coplanner"));
        assertEquals(Optional.empty(), EnumText.value(CoprodPackage.Literals.ROLE_KIND, ""));
    }

    @Test
    void noTwoValuesOfAnyEnumerationReadTheSameUnderTheRule() {
        for (EClassifier classifier : CoprodPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EEnum type)) {
                continue;
            }
            Map<String, EEnumLiteral> seen = new HashMap<>();
            for (EEnumLiteral literal : type.getELiterals()) {
                for (String spelling : new String[] { literal.getLiteral(), literal.getName() }) {
                    EEnumLiteral before = seen.putIfAbsent(EnumText.normal(spelling), literal);
                    assertTrue(before == null || before == literal, type.getName() + ": '" + spelling + "' also reads as " + before);
                }
            }
        }
    }
}
