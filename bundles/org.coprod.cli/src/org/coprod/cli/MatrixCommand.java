package org.coprod.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;
import org.coprod.export.MatrixExport;
import org.coprod.model.Case;
import org.coprod.model.Code;

/**
 * {@code coprod matrix}: writes the framework matrix of chosen codes (columns) over the library's cases (rows) as an
 * Excel workbook or a CSV table. Bad input is reported before anything is written, and a failed write leaves no file.
 */
final class MatrixCommand implements Command {

    @Override
    public String name() {
        return "matrix";
    }

    @Override
    public String summary() {
        return "Write a framework matrix (cases × codes: passages and summaries) as .xlsx or .csv";
    }

    @Override
    public String usage() {
        return "coprod matrix --codes CODE[,CODE...] [--cases ID[,ID...]] --out FILE.xlsx|FILE.csv [--force]\n"
                + "  a row per case (every case unless --cases), two columns per code: its number of passages and\n"
                + "  the researcher's summary; the .xlsx lists the passages on a second sheet, the .csv has a row\n"
                + "  per case and code with its passages; codes by name, id or built-in key; --force replaces FILE";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("codes", "code", "cases", "case", "out"), Set.of("force"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "' (give the codes with --codes)");
        }
        List<String> codeNames = new ArrayList<>(args.options("codes"));
        codeNames.addAll(args.options("code"));
        if (codeNames.stream().allMatch(String::isBlank)) {
            throw new UsageException("no code given: use --codes CODE[,CODE...] for the matrix's columns");
        }
        Path outFile = args.option("out").map(Path::of)
                .orElseThrow(() -> new UsageException("no output file: give --out FILE.xlsx or FILE.csv"));
        MatrixExport.Format format = MatrixExport.Format.of(outFile)
                .orElseThrow(() -> new UsageException("--out " + outFile.getFileName() + ": give a file ending in .xlsx or .csv"));
        MatrixExport export = new MatrixExport(format, outFile, args.libraryFolder(), args.flag("force"));
        UsageException.checkDestination(export::check);
        Library library = args.openLibrary(err);
        List<Code> codes = CodeNames.find(library.root().getCodebook(), codeNames, "--codes");
        List<Case> cases = Cases.chosen(library, args);
        FrameworkMatrix matrix = FrameworkMatrix.of(cases, codes);
        try {
            export.write(matrix, new TerminalProgress(name(), err));
        } catch (BriefExport.DestinationExistsException e) {
            throw new UsageException(e.file() + " already exists: use --force to replace it");
        } catch (BriefException e) {
            throw new UsageException(e.getMessage());
        }
        long passages = 0;
        for (int i = 0; i < cases.size(); i++) {
            for (int j = 0; j < codes.size(); j++) {
                passages += matrix.cell(i, j).count();
            }
        }
        out.println("Wrote the framework matrix of " + Cases.count(cases.size(), "case") + " × " + Cases.count(codes.size(), "code") + " ("
                + Cases.count(passages, "coded passage") + ", " + format.extension() + ", " + Files.size(outFile) / 1024 + " KB) to "
                + outFile);
        return Commands.OK;
    }
}
