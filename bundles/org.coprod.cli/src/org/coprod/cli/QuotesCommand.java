package org.coprod.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.core.evidence.CodeQuery;
import org.coprod.core.evidence.Retrieval;
import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;
import org.coprod.export.QuotationExport;
import org.coprod.model.Case;
import org.coprod.model.Code;

/**
 * {@code coprod quotes}: writes the passages coded with a combination of codes (AND, OR, NOT; within each passage or
 * within each case) as quotations, to Word, Markdown or CSV. Bad input is reported before anything is written.
 */
final class QuotesCommand implements Command {

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public String summary() {
        return "Write the passages coded with some codes (AND, OR, NOT) as quotations: .docx, .md or .csv";
    }

    @Override
    public String usage() {
        return "coprod quotes --code CODE [--code CODE]... [--any] [--not CODE]... [--same-case]\n"
                + "              [--cases ID[,ID...]] [--title TEXT] --out FILE.docx|FILE.md|FILE.csv [--force]\n"
                + "  the passages coded with every --code (with --any: with at least one) and with no --not code;\n"
                + "  --same-case asks it of each case's passages together (then the passages of the --code codes\n"
                + "  are written); each passage with its case, codes, coder, date, and the document or note it lies\n"
                + "  in with its range in code points; codes by name, id or built-in key; --force replaces FILE";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("code", "not", "cases", "case", "title", "out"), Set.of("any", "same-case", "force"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "' (give the codes with --code)");
        }
        if (args.options("code").stream().allMatch(String::isBlank)) {
            throw new UsageException("no code given: use --code CODE (repeat it, or add --any, to combine codes)");
        }
        Path outFile = args.option("out").map(Path::of)
                .orElseThrow(() -> new UsageException("no output file: give --out FILE.docx, FILE.md or FILE.csv"));
        QuotationExport.Format format = QuotationExport.Format.of(outFile)
                .orElseThrow(() -> new UsageException("--out " + outFile.getFileName() + ": give a file ending in .docx, .md or .csv"));
        QuotationExport export = new QuotationExport(format, outFile, args.libraryFolder(), args.flag("force"));
        UsageException.checkDestination(export::check);
        Library library = args.openLibrary(err);
        var book = library.root().getCodebook();
        List<CodeQuery> wanted = CodeNames.find(book, args.options("code"), "--code").stream().map(CodeQuery::of).toList();
        List<CodeQuery> parts = new ArrayList<>();
        parts.add(args.flag("any") ? CodeQuery.any(wanted) : CodeQuery.all(wanted));
        for (Code not : CodeNames.find(book, args.options("not"), "--not")) {
            parts.add(CodeQuery.not(CodeQuery.of(not)));
        }
        CodeQuery query = CodeQuery.all(parts);
        boolean sameCase = args.flag("same-case");
        List<Case> cases = Cases.chosen(library, args);
        List<Retrieval.Found> found = Retrieval.find(cases, query, sameCase ? Retrieval.Scope.CASE : Retrieval.Scope.SEGMENT,
                Retrieval.anyCase());
        String description = (sameCase ? "Within the same case" : "Within the same passage") + ", among "
                + (cases.size() == library.root().getCases().size() ? "all " : "") + Cases.count(cases.size(), "case");
        QuotationExport.Quotations quotations = new QuotationExport.Quotations(args.option("title").orElse(query.describe()), description,
                found);
        try {
            export.write(quotations, new TerminalProgress(name(), err));
        } catch (BriefExport.DestinationExistsException e) {
            throw new UsageException(e.file() + " already exists: use --force to replace it");
        } catch (BriefException e) {
            throw new UsageException(e.getMessage());
        }
        String file = " (" + format.extension() + ", " + Files.size(outFile) / 1024 + " KB) to " + outFile;
        if (found.isEmpty()) {
            out.println("No passage is coded " + query.describe() + (sameCase ? " within one case" : "") + "; wrote an empty list"
                    + file);
        } else {
            out.println("Wrote " + Cases.count(found.size(), "passage") + " from " + Cases.count(quotations.cases(), "case") + file);
        }
        return Commands.OK;
    }
}
