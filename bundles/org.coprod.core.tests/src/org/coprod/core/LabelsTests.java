package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coprod.model.ActorType;
import org.coprod.model.CoprodPackage;
import org.junit.jupiter.api.Test;

class LabelsTests {

    @Test
    void valuesByTheirLabelFeaturesAndTypesAsWords() {
        assertEquals("local government", Labels.of(ActorType.LOCAL_GOVERNMENT));
        assertEquals("", Labels.of((ActorType) null));
        assertEquals("Period start", Labels.of(CoprodPackage.Literals.CASE__PERIOD_START));
        assertEquals("actor type", Labels.words(CoprodPackage.Literals.ACTOR_TYPE));
    }
}
