package org.coprod.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.export.Brief;
import org.coprod.export.BriefDetail;
import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;
import org.coprod.export.BriefFormat;
import org.coprod.export.BriefRequest;
import org.coprod.export.DocxWriter;
import org.coprod.model.Case;

/**
 * {@code coprod brief}: writes a single-case brief (one case) or a comparative brief (2 to 5 cases) as Word or
 * Markdown. Bad input is reported before anything is written, and a failed write leaves no file behind.
 */
final class BriefCommand implements Command {

    @Override
    public String name() {
        return "brief";
    }

    @Override
    public String summary() {
        return "Write a comparative (2-5 cases) or single-case brief as Word (.docx) or Markdown";
    }

    @Override
    public String usage() {
        return "coprod brief --cases ID[,ID...] --out FILE [--format docx|md] [--reference REF.docx]\n"
                + "             [--title TEXT] [--question TEXT] [--author TEXT] [--date YYYY-MM-DD]\n"
                + "             [--message TEXT]... [--detail short|full] [--language en|pt|es|fr] [--force]\n"
                + "  one case gives a single-case brief, 2 to 5 a comparative brief; --format defaults to the\n"
                + "  extension of FILE; --message (repeatable) replaces the generated key messages; --force\n"
                + "  replaces an existing FILE; --detail full writes every section of the outline and the whole\n"
                + "  case notes (the default, short, is the 4-8 page brief for decision makers); --language writes\n"
                + "  the brief's headings, labels and sentences in English (the default), Portuguese, Spanish or\n"
                + "  French, while the cases' own texts stay as written";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words,
                Set.of("cases", "case", "format", "reference", "title", "question", "author", "date", "message", "out", "detail",
                        "language"),
                Set.of("force"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "' (give the cases with --cases)");
        }
        List<String> ids = new ArrayList<>();
        for (String value : args.options("cases")) {
            ids.addAll(List.of(value.split(",")));
        }
        for (String value : args.options("case")) {
            ids.addAll(List.of(value.split(",")));
        }
        ids.removeIf(String::isBlank);
        if (ids.isEmpty()) {
            throw new UsageException("no case given: use --cases ID for a single-case brief or --cases ID1,ID2,... (2 to "
                    + BriefRequest.MAX_COMPARED + ") for a comparative brief");
        }
        if (ids.size() > BriefRequest.MAX_COMPARED) {
            throw new UsageException(ids.size() + " cases given: a comparative brief compares at most " + BriefRequest.MAX_COMPARED
                    + " cases");
        }
        Path outFile = args.option("out").map(Path::of).orElseThrow(() -> new UsageException("no output file: give --out FILE"));
        BriefFormat format = format(args.option("format"), outFile);
        Path reference = args.option("reference").map(Path::of).orElse(null);
        if (reference != null && format != BriefFormat.DOCX) {
            throw new UsageException("--reference applies to Word output only (--format docx)");
        }
        if (reference != null && Files.isDirectory(reference)) {
            throw new UsageException("--reference " + reference + " is a folder: give a Word (.docx) document whose styles the brief uses");
        }
        if (reference != null && !Files.isRegularFile(reference)) {
            throw new UsageException("--reference " + reference + ": no such file");
        }
        LocalDate date = null;
        if (args.option("date").isPresent()) {
            try {
                date = LocalDate.parse(args.option("date").get());
            } catch (DateTimeParseException e) {
                throw new UsageException("--date wants YYYY-MM-DD, not '" + args.option("date").get() + "'");
            }
        }
        BriefDetail detail = BriefDetail.SHORT;
        if (args.option("detail").isPresent()) {
            try {
                detail = BriefDetail.parse(args.option("detail").get());
            } catch (BriefException e) {
                throw new UsageException("--detail: " + e.getMessage());
            }
        }
        Locale language = Locale.ENGLISH;
        if (args.option("language").isPresent()) {
            try {
                language = BriefRequest.language(args.option("language").get());
            } catch (BriefException e) {
                throw new UsageException("--language: " + e.getMessage());
            }
        }
        Path libraryFolder = args.libraryFolder();
        BriefExport export = new BriefExport(format, outFile, reference, libraryFolder, args.flag("force"));
        UsageException.checkDestination(export::check);
        if (format == BriefFormat.DOCX) {
            DocxWriter.prepareInBackground(); // POI's classes load on the other core while the library opens
        }
        Library library = args.openLibrary(err);
        try {
            List<Case> cases = BriefExport.cases(library, ids);
            BriefRequest request = new BriefRequest(cases, args.option("title").orElse(null), args.option("question").orElse(null),
                    args.option("author").orElse(null), date, null, null, args.options("message"), detail, language);
            Brief brief = export.run(request, new TerminalProgress(name(), err));
            out.println("Wrote " + (brief.comparative() ? "a comparative brief of " + cases.size() + " cases" : "a single-case brief")
                    + " (" + format.extension() + ", " + Files.size(outFile) / 1024 + " KB) to " + outFile);
            return Commands.OK;
        } catch (BriefExport.DestinationExistsException e) {
            throw new UsageException(e.file() + " already exists: use --force to replace it");
        } catch (BriefException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static BriefFormat format(Optional<String> option, Path outFile) throws UsageException {
        try {
            if (option.isPresent()) {
                return BriefFormat.parse(option.get());
            }
        } catch (BriefException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
        return BriefFormat.of(outFile).orElseThrow(() -> new UsageException("give --format docx or md (" + outFile.getFileName()
                + " has neither extension)"));
    }
}
