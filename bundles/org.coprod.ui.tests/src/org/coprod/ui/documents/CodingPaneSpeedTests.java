package org.coprod.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coprod.ui.documents.CodedLibrary.Coded;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long document (1 MB, emoji throughout) with 2,000 segments opens and draws in well under a second. */
class CodingPaneSpeedTests {

    @TempDir
    Path dir;
    private Shell shell;

    @AfterEach
    void dispose() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void aMegabyteDocumentWithTwoThousandSegmentsOpensAndDrawsInUnderASecond() throws Exception {
        StringBuilder text = new StringBuilder();
        int line = 0;
        while (text.length() < 1_000_000) {
            text.append("Line ").append(line++).append(" 😀 of the ward minutes, where residents and engineers discuss the new lanes.\n");
        }
        String t = text.toString();
        int length = t.codePointCount(0, t.length());
        List<Coded> segments = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int start = (int) ((long) length * i / 2000);
            segments.add(new Coded(start, Math.min(length, start + 40 + i % 300), CodedLibrary.TRUST));
        }
        CodedLibrary lib = CodedLibrary.create(dir, t, segments);
        Display display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 800);
        shell.open();

        // The widgets' classes are loaded once per workbench, by the first pane: not what this measures.
        CoderPrompt none = new CoderPrompt(s -> Optional.empty());
        new CodingPane(shell, lib.session, lib::theCase, () -> null, none).control().dispose();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        CodingPane pane = new CodingPane(shell, lib.session, lib::theCase, lib::document, none);
        shell.layout(true, true);
        pane.styledText().redraw();
        pane.styledText().update(); // paints now: text, highlights and the stripes in view
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;

        assertEquals(2000, lib.segmentsOf(lib.document()).size());
        assertTrue(pane.styledText().getStyleRanges().length > 0);
        assertFalse(pane.visibleStripes().isEmpty());
        System.out.println("CodingPaneSpeedTests: 1 MB, 2000 segments opened and drawn in " + cpu + " ms of the UI thread's CPU, "
                + millis + " ms on the clock");
        // The UI thread's own time: the build machines run several builds on two cores, and their clock time says more
        // about the other builds than about this pane (5 times the CPU time was seen).
        assertTrue(cpu < 1000, "opened and drawn in " + cpu + " ms of CPU");
        assertTrue(millis < 10_000, "opened and drawn in " + millis + " ms");
    }
}
