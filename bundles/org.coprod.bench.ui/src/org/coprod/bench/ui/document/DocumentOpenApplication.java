package org.coprod.bench.ui.document;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Segment;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.coder.CoderPrompt;
import org.coprod.ui.documents.CodingPane;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * {@code coprod bench document [--runs R] [--segments N]} (under a display): opening a 1 MB document with N coded
 * segments (2,000) in the document editor's coding pane and drawing it, text, highlights and stripes, against the
 * baseline of a bare StyledText given the same text and drawn in the same window, in the same run. Each figure is the
 * median of R alternating runs, on the clock and in the UI thread's CPU (on a loaded machine the clock says more about
 * the other processes).
 */
public class DocumentOpenApplication implements IApplication {

    private static final String DOC_ID = "doc-ward-minutes";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        int runs = intOption(args, "--runs", 15);
        int segments = intOption(args, "--segments", 2000);
        Path work = Files.createTempDirectory("coprod-bench-document");
        try {
            String text = megabyte();
            Library library = library(work.resolve("library"), text, segments);
            Display display = new Display();
            try {
                run(display, library.folder(), text, runs, segments);
            } finally {
                display.dispose();
            }
            return IApplication.EXIT_OK;
        } finally {
            deleteTree(work);
        }
    }

    private static void run(Display display, Path folder, String text, int runs, int segments) throws IOException {
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        Case c = session.library().root().getCases().get(0);
        Document d = c.getDocuments().get(0);
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 800);
        shell.open();
        CoderPrompt none = new CoderPrompt(s -> Optional.empty());
        // Classes loaded and the text file read once, as in a workbench that has opened a document before.
        for (int i = 0; i < 3; i++) {
            bare(shell, text);
            pane(shell, session, c, d, none);
        }
        List<long[]> bare = new ArrayList<>();
        List<long[]> pane = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            bare.add(bare(shell, text));
            pane.add(pane(shell, session, c, d, none));
        }
        long bareMs = median(bare, 0);
        long bareCpu = median(bare, 1);
        long paneMs = median(pane, 0);
        long paneCpu = median(pane, 1);
        System.out.printf("coprod bench document: %d code points (%.1f MB UTF-8), %d segments, median of %d runs%n",
                text.codePointCount(0, text.length()), text.getBytes(StandardCharsets.UTF_8).length / 1e6, segments, runs);
        System.out.printf("  baseline bare StyledText, same text, drawn   %5d ms clock  %5d ms UI-thread CPU%n", bareMs, bareCpu);
        System.out.printf("  coding pane: text, highlights, stripes drawn %5d ms clock  %5d ms UI-thread CPU  ratio %.2f / %.2f"
                + "  (aim <= 500 ms)%n", paneMs, paneCpu, (double) paneMs / Math.max(1, bareMs), (double) paneCpu / Math.max(1, bareCpu));
        shell.dispose();
    }

    /** Clock and UI-thread CPU milliseconds to show the text in a plain StyledText and paint it. */
    private static long[] bare(Shell shell, String text) {
        long[] t = start();
        StyledText plain = new StyledText(shell, SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY | SWT.WRAP);
        plain.setText(text);
        shell.layout(true, true);
        plain.redraw();
        plain.update();
        long[] took = stop(t);
        plain.dispose();
        return took;
    }

    /** The same for the coding pane of the document editor, with its highlights and stripes. */
    private static long[] pane(Shell shell, WorkbenchSession session, Case c, Document d, CoderPrompt none) {
        long[] t = start();
        CodingPane pane = new CodingPane(shell, session, () -> c, () -> d, none);
        shell.layout(true, true);
        pane.styledText().redraw();
        pane.styledText().update();
        long[] took = stop(t);
        if (pane.styledText().getStyleRanges().length == 0) {
            throw new IllegalStateException("the pane drew no coded passage");
        }
        pane.control().dispose();
        return took;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long[] start() {
        return new long[] { System.nanoTime(), THREADS.getCurrentThreadCpuTime() };
    }

    private static long[] stop(long[] t) {
        return new long[] { (System.nanoTime() - t[0]) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - t[1]) / 1_000_000 };
    }

    private static long median(List<long[]> runs, int k) {
        List<Long> sorted = runs.stream().map(r -> r[k]).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** About a megabyte of minutes, a character outside the BMP on every line (offsets are code points). */
    static String megabyte() {
        StringBuilder text = new StringBuilder();
        int line = 0;
        while (text.length() < 1_000_000) {
            text.append("Line ").append(line++)
                    .append(" \uD83D\uDE00 of the ward minutes, where residents and engineers discuss the new lanes.\n");
        }
        return text.toString();
    }

    /** A saved library with one case drawing on the document, coded with {@code n} segments spread over it. */
    static Library library(Path folder, String text, int n) throws IOException {
        Library library = Library.create(folder, "Document benchmark");
        CaseLibrary root = library.root();
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId("ward-minutes");
        c.setName("Ward minutes");
        library.addCase(c);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve(Texts.DOCUMENTS_DIR));
        Files.write(folder.resolve(Texts.DOCUMENTS_DIR).resolve(DOC_ID + ".txt"), bytes);
        Document d = CoprodFactory.eINSTANCE.createDocument();
        d.setId(DOC_ID);
        d.setTitle("Ward minutes");
        d.setLanguage("en");
        d.setImported(new Date());
        d.setTextDigest(Texts.sha256(bytes));
        int length = text.codePointCount(0, text.length());
        d.setLength(length);
        root.getDocuments().add(d);
        c.getDocuments().add(d);
        List<Code> codes = new ArrayList<>();
        String[] colours = { "#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd" };
        for (int k = 0; k < colours.length; k++) {
            Code code = CodebookChanges.create("theme " + (k + 1), null, "A theme of the minutes", colours[k]);
            root.getCodebook().getCodes().add(code);
            codes.add(code);
        }
        Coder ana = Coders.create("Ana Maria Silva");
        root.getCoders().add(ana);
        for (int i = 0; i < n; i++) {
            int start = (int) ((long) length * i / n);
            int end = Math.min(length, start + 40 + i % 300);
            Segment s = CoprodFactory.eINSTANCE.createSegment();
            s.setId("seg-" + i);
            s.setText(d);
            s.setStart(start);
            s.setEnd(end);
            s.setQuote(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
            s.getCodes().add(codes.get(i % codes.size()));
            if (i % 7 == 0) {
                s.getCodes().add(codes.get((i + 1) % codes.size())); // overlapping codes: more than one stripe lane
            }
            s.setCoder(ana);
            s.setCodedOn(new Date());
            s.setMemo(PassageCoding.memo("Said twice in the meeting", ana, new Date()));
            c.getSegments().add(s);
        }
        library.save();
        return library;
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; args != null && i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void stop() {
        // Runs to completion.
    }
}
