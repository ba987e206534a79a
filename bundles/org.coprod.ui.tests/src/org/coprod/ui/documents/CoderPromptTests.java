package org.coprod.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.coprod.model.CaseLibrary;
import org.coprod.model.CoprodFactory;
import org.coprod.ui.CurrentCoder;
import org.coprod.ui.coder.CoderPrompt;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who codes: asked for at the first start only while no name is given, and kept with its id across renames. */
class CoderPromptTests {

    private final AtomicInteger asked = new AtomicInteger();

    @AfterEach
    void forget() {
        CodedLibrary.forgetTheCoder();
    }

    private CoderPrompt answering(String name) {
        return new CoderPrompt(s -> {
            asked.incrementAndGet();
            return Optional.ofNullable(name);
        });
    }

    @Test
    void theFirstStartPromptIsNotShownWhenANameIsSet() {
        CurrentCoder.set("Ana Maria Silva");
        Shell shell = new Shell(Display.getDefault());
        try {
            int shells = Display.getDefault().getShells().length;
            assertFalse(CoderPrompt.DIALOG.atStart(shell), "the real dialog is not opened");
            assertEquals(shells, Display.getDefault().getShells().length);
            assertFalse(answering("Someone else").atStart(shell));
            assertEquals(0, asked.get());
        } finally {
            shell.dispose();
        }
    }

    @Test
    void aNameGivenAtTheFirstStartIsTheCoderOfEveryLibrary() {
        CodedLibrary.forgetTheCoder();
        assertTrue(answering("Ana Maria Silva").atStart(null));
        assertEquals(Optional.of("Ana Maria Silva"), CurrentCoder.name());
        CaseLibrary library = CoprodFactory.eINSTANCE.createCaseLibrary();
        assertEquals("AMS", answering(null).coderIn(null, library).orElseThrow().getInitials());
        assertEquals(1, asked.get(), "asked once; coding did not ask again");
    }

    @Test
    void aCancelledFirstStartLeavesNoCoder() {
        CodedLibrary.forgetTheCoder();
        assertTrue(answering(null).atStart(null));
        assertTrue(CurrentCoder.name().isEmpty());
        assertTrue(answering(null).coderIn(null, CoprodFactory.eINSTANCE.createCaseLibrary()).isEmpty());
    }
}
