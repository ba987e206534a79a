package org.coprod.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.coprod.core.evidence.Retrieval;
import org.coprod.export.Block.ParagraphKind;
import org.coprod.model.Case;
import org.coprod.model.Segment;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The passages a retrieval found, written as quotations: a Word document or Markdown (a heading per case, each passage
 * as a quotation with its codes, coder, date and where it lies) or a CSV table with one row per passage. Nothing is
 * written over the library, the file is written whole or not at all, and an existing file only when allowed.
 */
public final class QuotationExport {

    /** The formats quotations are written in. */
    public enum Format {
        DOCX("docx"), MARKDOWN("md"), CSV("csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a file name's extension names, if any. */
        public static Optional<Format> of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".docx")) {
                return Optional.of(DOCX);
            }
            if (name.endsWith(".md") || name.endsWith(".markdown")) {
                return Optional.of(MARKDOWN);
            }
            return name.endsWith(".csv") ? Optional.of(CSV) : Optional.empty();
        }
    }

    /**
     * What was asked and what was found.
     *
     * @param title       the query written out ("trust AND NOT clientelism")
     * @param description how it was run ("within the same case, among 12 cases"), or empty
     */
    public record Quotations(String title, String description, List<Retrieval.Found> found) {
        public Quotations {
            found = List.copyOf(found);
        }

        /** How many cases the passages come from. */
        public long cases() {
            return found.stream().map(Retrieval.Found::c).distinct().count();
        }
    }

    /** The columns of the CSV table, in order. */
    static final List<String> COLUMNS = List.of("case id", "case name", "text id", "text title", "start", "end", "quote", "codes", "coder",
            "date");

    private final Format format;
    private final ExportFile file;

    /** @param libraryFolder the folder of the library the passages come from, which an export never writes into */
    public QuotationExport(Format format, Path destination, Path libraryFolder, boolean overwrite) {
        this.format = format;
        this.file = new ExportFile(destination, Messages.What_quotations, "quotations." + format.extension(), libraryFolder, List.of(), overwrite);
    }

    /** Checks the destination before any work; an existing file is a {@link BriefExport.DestinationExistsException}. */
    public void check() throws BriefException {
        file.checkPlace();
        file.checkNamed(Format.of(file.target()).map(Format::extension), format.extension());
        file.checkSafe();
    }

    /**
     * What the export writes, read from the passages' live model: to be read on the thread that owns the model (the UI
     * thread in the workbench), and then written anywhere by {@link #write(Content, IProgressMonitor)}.
     */
    public static final class Content {
        private final int passages;
        private final Brief brief;
        private final String csv;

        private Content(int passages, Brief brief, String csv) {
            this.passages = passages;
            this.brief = brief;
            this.csv = csv;
        }
    }

    /** Reads what is to be written: the document's blocks or the CSV table (the Word document is built by the writing). */
    public Content read(Quotations quotations) throws BriefException {
        int n = quotations.found().size();
        return format == Format.CSV ? new Content(n, null, csv(quotations)) : new Content(n, brief(quotations, LocalDate.now()), null);
    }

    /** Writes the quotations; cancelling stops it and leaves nothing behind. */
    public void write(Quotations quotations, IProgressMonitor monitor) throws BriefException {
        write(read(quotations), monitor);
    }

    /** Writes what was read, touching no model (so it may run in a background job); cancelling leaves nothing behind. */
    public void write(Content content, IProgressMonitor monitor) throws BriefException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + content.passages + " quotations", 4);
        check();
        ExportFile.cancelled(progress);
        byte[] bytes = switch (format) {
            case DOCX -> docx(content.brief);
            case MARKDOWN -> MarkdownWriter.toMarkdown(content.brief).getBytes(StandardCharsets.UTF_8);
            case CSV -> content.csv.getBytes(StandardCharsets.UTF_8);
        };
        progress.worked(3);
        ExportFile.cancelled(progress);
        file.write(bytes, progress.split(1));
    }

    /** The quotations as a document: a heading per case, then each passage as a quotation with a line saying what and where. */
    static Brief brief(Quotations q, LocalDate date) {
        Blocks body = new Blocks();
        String title = q.title() == null || q.title().isBlank() ? "Quotations" : "Quotations: " + q.title();
        String description = q.description() == null ? "" : q.description();
        if (!description.isBlank()) {
            body.paragraph(ParagraphKind.SUBTITLE, List.of(Inline.plain(description)));
        }
        int n = q.found().size();
        body.paragraph(ParagraphKind.META, List.of(Inline.plain(n + (n == 1 ? " passage" : " passages") + " from " + q.cases()
                + (q.cases() == 1 ? " case" : " cases") + " · exported " + BriefAssembler.DATE.format(date))));
        if (q.found().isEmpty()) {
            body.paragraph(List.of(Inline.italic("No passage matches this query.")));
        }
        List<String> caseIds = new ArrayList<>();
        Case current = null;
        for (Retrieval.Found f : q.found()) {
            if (f.c() != current) {
                current = f.c();
                caseIds.add(current.getId());
                body.heading(1, current.getName() == null || current.getName().isBlank() ? current.getId() : current.getName());
            }
            body.paragraph(ParagraphKind.QUOTE, quoted(Passages.quote(f.segment())));
            body.paragraph(ParagraphKind.CAPTION, List.of(Inline.plain(facts(f.segment()))));
        }
        return new Brief(title, description, "Co-production Workbench", date, null, null, caseIds.stream().distinct().toList(),
                body.list());
    }

    /** “The passage”, its line breaks kept as breaks (Word shows a raw line feed in a run as a space). */
    static List<Inline> quoted(String quote) {
        List<Inline> inlines = new ArrayList<>();
        String[] lines = ("\u201C" + quote.strip() + "\u201D").split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                inlines.add(new Inline.Break());
            }
            inlines.add(Inline.plain(lines[i]));
        }
        return inlines;
    }

    /** "trust, co-financing · Ana Silva · 2 May 2024 · document “Interview”, 120–245". */
    static String facts(Segment s) {
        String codes = Passages.codes(s, ", ");
        String day = Passages.readableDay(s);
        return (codes.isEmpty() ? "no code" : codes) + " · " + Passages.coder(s) + (day.isEmpty() ? "" : " · " + day) + " · "
                + Passages.where(s);
    }

    /** The Word document, described as quotations rather than as the brief {@link DocxWriter} takes every document for. */
    private static byte[] docx(Brief brief) throws BriefException {
        ByteArrayOutputStream written = new ByteArrayOutputStream(64 * 1024);
        ByteArrayOutputStream described = new ByteArrayOutputStream(64 * 1024);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (OutputStream out = written) {
            new DocxWriter(null).write(brief, out);
            thread.setContextClassLoader(OPCPackage.class.getClassLoader());
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(written.toByteArray()))) {
                pkg.getPackageProperties().setDescriptionProperty("Quotations of coded passages");
                pkg.save(described);
            }
        } catch (IOException | InvalidFormatException e) {
            throw new BriefException(NLS.bind(Messages.Build_word, e.getMessage()), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return described.toByteArray();
    }

    /**
     * The CSV table: a header, then a row per passage; UTF-8 with a byte-order mark, which Excel needs to read it as
     * UTF-8 (and the importer and Commons CSV users skip); text cells never start a formula ({@link SafeText#cell}).
     */
    static String csv(Quotations q) throws BriefException {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(COLUMNS);
            for (Retrieval.Found f : q.found()) {
                Segment s = f.segment();
                csv.printRecord(SafeText.cell(f.c().getId()), SafeText.cell(f.c().getName()), SafeText.cell(Passages.textId(s)),
                        SafeText.cell(Passages.title(s)), s.getStart(), s.getEnd(), SafeText.cell(Passages.quote(s)),
                        SafeText.cell(Passages.codes(s, "; ")), SafeText.cell(Passages.coder(s)), Passages.isoDay(s));
            }
        } catch (IOException e) {
            throw new BriefException(NLS.bind(Messages.Build_csv, e.getMessage()), e);
        }
        return out.toString();
    }
}
