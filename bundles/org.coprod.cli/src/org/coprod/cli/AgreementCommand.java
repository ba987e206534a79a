package org.coprod.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coprod.agreement.Agreement;
import org.coprod.agreement.AgreementReport;
import org.coprod.agreement.CaseComparison;
import org.coprod.agreement.Figure;
import org.coprod.agreement.PassageComparison;
import org.coprod.agreement.Rater;
import org.coprod.agreement.Reliability;
import org.coprod.core.Library;
import org.coprod.core.LibraryException;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.Texts;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Coder;

import com.google.gson.GsonBuilder;

/**
 * {@code coprod agreement}: how far coders agree who coded the same texts and cases, in one library or in two copies
 * of it merged by case. The figures are printed by {@link AgreementText}; this class reads the options and the
 * libraries.
 */
final class AgreementCommand implements Command {

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public String summary() {
        return "Agreement between coders: kappa per code point as NVivo, Krippendorff's alpha per case";
    }

    @Override
    public String usage() {
        return """
                coprod agreement [--coders A,B] [--with OTHER-LIBRARY] [--json]
                  --coders  the coders to compare, by name or id, separated by commas (default: every coder who coded anything);
                            with --with, the first is looked up in this library and the second in the other
                  --with    another copy of the library: its segments and codings, matched by case id and text id, are the
                            second coder's (each library counts as one coder)""";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("coders", "with"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
        }
        List<String> names = args.option("coders").map(AgreementCommand::names).orElse(List.of());
        Library library = args.openLibrary(err);
        Optional<String> with = args.option("with");
        AgreementReport report;
        Library other = null;
        if (with.isPresent()) {
            other = openOther(with.get(), library, err);
            if (!names.isEmpty() && names.size() != 2) {
                throw new UsageException("with --with, --coders names two coders: one of this library, one of the other");
            }
            Coder first = names.isEmpty() ? null : coder(library, names.get(0));
            Coder second = names.isEmpty() ? null : coder(other, names.get(1));
            String[] labels = labels(library.folder(), other.folder());
            report = Agreement.betweenLibraries(library.root(), rater("first", first, labels[0]), first, other.root(),
                    rater("second", second, labels[1]), second);
        } else {
            if (names.size() == 1) {
                throw new UsageException("--coders needs two coders or more, separated by commas");
            }
            List<Coder> coders = new ArrayList<>();
            for (String name : names) {
                Coder c = coder(library, name);
                if (coders.contains(c)) {
                    throw new UsageException("--coders names " + c.getName() + " twice");
                }
                coders.add(c);
            }
            report = Agreement.inLibrary(library.root(), coders);
        }
        if (args.flag("json")) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                    .toJson(json(report, library, other)));
        } else {
            new AgreementText(report, out).print(library.folder() + (other == null ? "" : " and " + other.folder()));
        }
        return Commands.OK;
    }

    private static List<String> names(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Library openOther(String folder, Library library, PrintStream err) throws UsageException {
        Path p = Path.of(folder);
        if (folder.isBlank() || !Files.isDirectory(p)) {
            throw new UsageException("--with " + folder + ": no such folder");
        }
        try {
            if (Files.isSameFile(p, library.folder())) {
                throw new UsageException("--with names the library itself: give the folder of another copy");
            }
            Library other = Library.open(p);
            other.problems().forEach(pr -> err.println("coprod: skipped unreadable file " + Failure.loadProblem(pr)));
            return other;
        } catch (LibraryException e) {
            throw new UsageException("--with " + folder + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("--with " + folder + ": " + Failure.describe(e));
        }
    }

    /** A coder by name (ignoring case), id or initials. */
    private static Coder coder(Library library, String name) throws UsageException {
        CaseLibrary root = library.root();
        Optional<Coder> found = Coders.byName(root, name).or(() -> Coders.byId(root, name))
                .or(() -> root.getCoders().stream().filter(c -> name.equalsIgnoreCase(c.getInitials())).findFirst());
        if (found.isEmpty()) {
            List<String> known = root.getCoders().stream().map(Coder::getName).toList();
            throw new UsageException("the library in " + library.folder() + " has no coder '" + name + "'"
                    + (known.isEmpty() ? " (it has no coders)" : " (coders: " + String.join(", ", known) + ")"));
        }
        return found.get();
    }

    private static Rater rater(String id, Coder coder, String library) {
        return new Rater(id, coder == null ? library : coder.getName() + " in " + library);
    }

    /** Each library by its folder's name, or its whole path where the names are the same. */
    private static String[] labels(Path first, Path second) {
        String a = String.valueOf(first.toAbsolutePath().normalize().getFileName());
        String b = String.valueOf(second.toAbsolutePath().normalize().getFileName());
        return a.equals(b) ? new String[] { first.toString(), second.toString() } : new String[] { a, b };
    }

    private static Map<String, Object> json(AgreementReport r, Library library, Library other) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("library", library.folder().toString());
        json.put("with", other == null ? null : other.folder().toString());
        json.put("raters", r.raters().stream().map(x -> {
            Map<String, Object> rater = new LinkedHashMap<>();
            rater.put("id", x.id());
            rater.put("label", x.label());
            return rater;
        }).toList());
        json.put("passages", r.passages().stream().map(p -> passages(r, p)).toList());
        Map<String, Object> cases = new LinkedHashMap<>();
        cases.put("figures", r.cases().reliabilities().stream().map(AgreementCommand::reliability).toList());
        cases.put("disagreements", r.cases().disagreements().stream().map(d -> disagreement(r, d)).toList());
        json.put("cases", cases);
        json.put("notes", r.notes());
        return json;
    }

    private static Map<String, Object> passages(AgreementReport r, PassageComparison p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first", p.first().label());
        m.put("second", p.second().label());
        m.put("texts", p.texts());
        m.put("codes", p.perCode().stream().sorted(Comparator.comparing(s -> r.codeName(s.code()))).map(s -> summary(r, s)).toList());
        m.put("overall", summary(r, p.overall()));
        m.put("rows", p.rows().stream().map(row -> row(r, row)).toList());
        m.put("disagreements", p.disagreements().stream().map(d -> disagreement(r, d)).toList());
        return m;
    }

    private static Map<String, Object> summary(AgreementReport r, PassageComparison.Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.code() == null ? null : r.codeName(s.code()));
        m.put("texts", s.texts());
        m.put("codePoints", s.characters());
        figure(m, "agreement", s.agreement());
        figure(m, "kappa", s.kappa());
        return m;
    }

    private static Map<String, Object> row(AgreementReport r, PassageComparison.Row row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.codeName(row.code()));
        m.put("case", row.text().key().caseId());
        m.put("text", row.text().key().textId());
        m.put("title", row.text().title());
        m.put("codePoints", row.table().total());
        m.put("both", row.table().both());
        m.put("firstOnly", row.table().firstOnly());
        m.put("secondOnly", row.table().secondOnly());
        m.put("neither", row.table().neither());
        figure(m, "agreement", row.agreement());
        figure(m, "kappa", row.kappa());
        return m;
    }

    private static Map<String, Object> disagreement(AgreementReport r, PassageComparison.Disagreement d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.codeName(d.code()));
        m.put("case", d.text().key().caseId());
        m.put("text", d.text().key().textId());
        m.put("start", d.start());
        m.put("end", d.end());
        m.put("codedBy", d.codedBy().label());
        m.put("notBy", d.notBy().label());
        m.put("quote", quote(d, Integer.MAX_VALUE));
        return m;
    }

    private static Map<String, Object> reliability(Reliability x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", x.measure().label());
        m.put("category", x.category());
        m.put("units", x.units());
        m.put("coders", x.coders());
        figure(m, "alpha", x.alpha());
        figure(m, "kappa", x.kappa());
        return m;
    }

    private static Map<String, Object> disagreement(AgreementReport r, CaseComparison.Disagreement d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", d.measure().label());
        m.put("case", d.unit().caseId());
        m.put("detail", d.unit().detail());
        Map<String, Object> choices = new LinkedHashMap<>();
        for (int i = 0; i < r.raters().size(); i++) {
            choices.put(r.raters().get(i).label(), d.choices().get(i));
        }
        m.put("choices", choices);
        return m;
    }

    /** A figure as its value, or null beside the reason it has none; a convention's note beside the value. */
    private static void figure(Map<String, Object> m, String name, Figure f) {
        switch (f) {
            case Figure.Value v -> {
                m.put(name, v.value());
                if (v.note() != null) {
                    m.put(name + "Note", v.note());
                }
            }
            case Figure.NotDefined n -> {
                m.put(name, null);
                m.put(name + "NotDefined", n.reason());
            }
        }
    }

    /** The passage a disagreement is about, cut to {@code longest} code points; null when its text cannot be read. */
    static String quote(PassageComparison.Disagreement d, int longest) {
        return Texts.of(d.text().text()).map(t -> {
            int end = Math.min(d.end(), Math.min(CodePoints.length(t), d.start() + longest));
            String q = d.start() < end ? CodePoints.slice(t, d.start(), end) : "";
            return end < d.end() ? q + "…" : q;
        }).orElse(null);
    }
}
