package org.coprod.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.coprod.core.BovairdTypology;
import org.coprod.core.Labels;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.DimensionValue;
import org.coprod.model.Role;
import org.coprod.model.RoleKind;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyDimension;
import org.coprod.ui.editor.FieldBinder;
import org.coprod.ui.emf.AttributeValues;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

/**
 * The English of core's labels.properties is the model's own, key for key, so a translation can never be shown for a
 * value that the model has renamed: every enumeration literal, every feature heading and the built-in typology's texts.
 */
class LabelFilesTests {

    private static Properties english() throws Exception {
        return TranslationFiles.read(Platform.getBundle("org.coprod.core").getEntry("org/coprod/core/labels.properties"));
    }

    @Test
    void everyEnumerationValueAndFeatureHasItsEnglishLabelAsTheModelSaysIt() throws Exception {
        Properties english = english();
        List<String> problems = new ArrayList<>();
        for (EClassifier c : CoprodPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EEnum e) {
                if (!Labels.words(e).equals(english.getProperty("type." + e.getName()))) {
                    problems.add("type." + e.getName() + " is \"" + english.getProperty("type." + e.getName()) + "\"");
                }
                for (EEnumLiteral l : e.getELiterals()) {
                    String key = e.getName() + "." + l.getName();
                    if (!l.getLiteral().equals(english.getProperty(key))) {
                        problems.add(key + " is \"" + english.getProperty(key) + "\", the model says \"" + l.getLiteral() + "\"");
                    }
                }
            }
            if (c instanceof EClass k) {
                for (EStructuralFeature f : k.getEStructuralFeatures()) {
                    if (!Labels.of(f).equals(english.getProperty("feature." + f.getName()))) {
                        problems.add("feature." + f.getName() + " is \"" + english.getProperty("feature." + f.getName()) + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theBuiltInTypologysTextsAreTheOnesTheFileTranslates() throws Exception {
        Properties english = english();
        Typology t = BovairdTypology.create();
        List<String> problems = new ArrayList<>();
        check(english, t.getId() + ".name", t.getName(), problems);
        check(english, t.getId() + ".description", t.getDescription(), problems);
        for (TypologyDimension d : t.getDimensions()) {
            check(english, d.getId() + ".name", d.getName(), problems);
            for (DimensionValue v : d.getValues()) {
                check(english, v.getId() + ".label", v.getLabel(), problems);
                check(english, v.getId() + ".definition", v.getDefinition(), problems);
                assertTrue(!Labels.label(v, Locale.getDefault()).equals(v.getLabel()), v.getId() + " is not shown in Portuguese");
            }
        }
        for (TypologyCell cell : t.getCells()) {
            check(english, cell.getId() + ".name", cell.getName(), problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theEditorShowsHeadingsAndValuesInPortugueseAndReadsThemBack() {
        assertEquals("In\u00edcio do per\u00edodo", FieldBinder.label(CoprodPackage.Literals.CASE__PERIOD_START));
        Role role = CoprodFactory.eINSTANCE.createRole();
        assertEquals(RoleKind.CO_PLANNER, AttributeValues.parse(role, CoprodPackage.Literals.ROLE__KIND, "coplanejador"));
        assertEquals(RoleKind.CO_PLANNER, AttributeValues.parse(role, CoprodPackage.Literals.ROLE__KIND, "co-planner"),
                "the English label is still read");
        assertEquals("coplanejador", AttributeValues.format(CoprodPackage.Literals.ROLE__KIND, RoleKind.CO_PLANNER));
    }

    private static void check(Properties english, String key, String stored, List<String> problems) {
        if (!stored.equals(english.getProperty(key))) {
            problems.add(key + " is \"" + english.getProperty(key) + "\", the typology says \"" + stored + "\"");
        }
    }
}
