package org.coprod.export.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.core.evidence.CodeQuery;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Retrieval;
import org.coprod.export.QuotationExport;
import org.coprod.export.QuotationExport.Quotations;
import org.coprod.testing.CodedLibraries;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Retrieval and Framework Matrix views' exports run as a Job on what was read from the model before it started: it
 * writes the file whole, and a cancelled one writes nothing at all.
 */
class EvidenceExportTests {

    @TempDir
    Path dir;
    private Library library;
    private Quotations quotations;

    @BeforeEach
    void library() throws Exception {
        library = CodedLibraries.write(dir.resolve("library"));
        CodeQuery trust = CodeQuery.of(CodebookChanges.find(library.root().getCodebook(), CodedLibraries.TRUST).orElseThrow());
        List<Retrieval.Found> found = Retrieval.find(library.root().getCases(), trust, Retrieval.Scope.SEGMENT, Retrieval.anyCase());
        assertFalse(found.isEmpty());
        quotations = new Quotations("trust", "", found);
    }

    private static IStatus run(Job job, AtomicReference<IStatus> told) throws InterruptedException {
        job.join(60_000, null);
        long until = System.currentTimeMillis() + 10_000;
        while (told.get() == null && System.currentTimeMillis() < until) {
            Thread.sleep(10); // the done listener runs just after the job ends
        }
        return told.get();
    }

    @Test
    void theJobWritesWhatWasReadAndSaysSo() throws Exception {
        Path out = dir.resolve("quotes.csv");
        QuotationExport export = new QuotationExport(QuotationExport.Format.CSV, out, library.folder(), false);
        QuotationExport.Content content = export.read(quotations);
        AtomicReference<IStatus> told = new AtomicReference<>();
        Job job = EvidenceExport.job("Export Quotations", out, monitor -> export.write(content, monitor), told::set);
        job.schedule();
        IStatus result = run(job, told);
        assertTrue(result.isOK(), String.valueOf(result));
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.contains(CodedLibraries.DOCUMENT_TITLE), csv);
        assertEquals(quotations.found().size() + 1, csv.strip().split("\r\n").length, "a header and a row per passage");
    }

    @Test
    void aCancelledExportWritesNothing() throws Exception {
        Path out = dir.resolve("quotes.docx");
        QuotationExport export = new QuotationExport(QuotationExport.Format.DOCX, out, library.folder(), false);
        QuotationExport.Content content = export.read(quotations);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<IStatus> told = new AtomicReference<>();
        Job job = EvidenceExport.job("Export Quotations", out, monitor -> {
            started.countDown();
            long until = System.currentTimeMillis() + 30_000;
            while (!monitor.isCanceled() && System.currentTimeMillis() < until) {
                Thread.onSpinWait(); // the user presses Cancel in the Progress view while it works
            }
            export.write(content, monitor);
        }, told::set);
        job.schedule();
        assertTrue(started.await(30, TimeUnit.SECONDS));
        job.cancel();
        IStatus result = run(job, told);
        assertEquals(IStatus.CANCEL, result.getSeverity(), String.valueOf(result));
        assertFalse(Files.exists(out), "no file");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains("quotes")).toList(), "and no part file");
        }
    }

    @Test
    void aFailedExportSaysWhyAndWritesNothing() throws Exception {
        Path out = dir.resolve("quotes.md");
        QuotationExport export = new QuotationExport(QuotationExport.Format.MARKDOWN, out, library.folder(), false);
        QuotationExport.Content content = export.read(quotations);
        Files.writeString(out, "mine"); // appears while the job waits to run: never replaced
        AtomicReference<IStatus> told = new AtomicReference<>();
        Job job = EvidenceExport.job("Export Quotations", out, monitor -> export.write(content, monitor), told::set);
        job.schedule();
        IStatus result = run(job, told);
        assertEquals(IStatus.ERROR, result.getSeverity());
        assertTrue(result.getMessage().contains("quotes.md"), result.getMessage());
        assertEquals("mine", Files.readString(out));
    }
}
