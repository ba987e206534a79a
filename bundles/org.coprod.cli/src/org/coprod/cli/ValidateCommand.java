package org.coprod.cli;

import java.util.Arrays;
import java.util.EnumMap;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Cases;
import org.coprod.core.Library;
import org.coprod.core.LoadProblem;
import org.coprod.core.validation.CaseValidator;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.core.validation.Severity;
import org.coprod.core.validation.Severities;
import org.coprod.core.validation.ProblemCode;
import org.coprod.model.Case;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.gson.GsonBuilder;

/**
 * {@code coprod validate}: checks every case; exit code 1 when there are errors (warnings alone pass). With
 * {@code --json} each problem names its case, field, file and rule, so that a script can act on it.
 */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check every case against the validation rules (exit 1 on errors)";
    }

    @Override
    public String usage() {
        return "coprod validate [--warnings] [--json] [--severity RULE=LEVEL]…\n"
                + "  --json gives each problem's severity, message, rule code, case id, object, field and file\n"
                + "  --severity sets how seriously a rule is taken: LEVEL is error, warning, info or ignore;\n"
                + "    RULE is a code as --json prints it (missing-country) or its name (MISSING_COUNTRY)";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("severity"), Set.of("warnings"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
        }
        Library library = args.openLibrary(err);
        List<Diagnostic> problems = LibraryValidation.validate(library.root().getCases(), severities(args.options("severity")),
                new NullProgressMonitor());
        int errors = LibraryValidation.count(problems, Diagnostic.ERROR);
        int warnings = LibraryValidation.count(problems, Diagnostic.WARNING);
        int unreadable = library.problems().size();
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Diagnostic d : problems) {
            for (Diagnostic leaf : LibraryValidation.leaves(d)) {
                if (leaf.getSeverity() == Diagnostic.ERROR || args.flag("warnings") || args.flag("json")) {
                    messages.add(problem(leaf, library));
                }
            }
        }
        if (args.flag("json")) {
            library.problems().forEach(p -> messages.add(unreadable(p)));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("cases", library.root().getCases().size());
            json.put("errors", errors);
            json.put("warnings", warnings);
            json.put("unreadableFiles", library.problems().stream().map(Failure::loadProblem).toList());
            json.put("problems", messages);
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json));
        } else {
            messages.forEach(m -> out.println(m.get("severity") + ": " + m.get("message")));
            out.printf("%d cases checked: %d errors, %d warnings%s%n", library.root().getCases().size(), errors, warnings,
                    unreadable == 0 ? "" : ", " + unreadable + " unreadable files");
            if (warnings > 0 && !args.flag("warnings")) {
                out.println("(coprod validate --warnings lists the warnings)");
            }
        }
        return errors > 0 || unreadable > 0 ? Commands.PROBLEMS_FOUND : Commands.OK;
    }

    /** A validation problem; its data holds the object and the field (see {@link CaseValidator}). */
    private static Map<String, Object> problem(Diagnostic d, Library library) {
        EObject object = d.getData().size() > 0 && d.getData().get(0) instanceof EObject o ? o : null;
        EStructuralFeature feature = d.getData().size() > 1 && d.getData().get(1) instanceof EStructuralFeature f ? f : null;
        Case c = Cases.containing(object);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", d.getSeverity() >= Diagnostic.ERROR ? "error" : d.getSeverity() == Diagnostic.WARNING ? "warning" : "info");
        m.put("message", d.getMessage());
        // The rule's name (missing-name) comes from its ProblemCode, so that the two never drift apart.
        m.put("code", ProblemCode.of(d).map(code -> code.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .orElse(d.getSource() + ":" + d.getCode()));
        m.put("case", c == null ? null : c.getId());
        m.put("object", object == null ? null : object.eClass().getName());
        m.put("field", feature == null ? null : feature.getName());
        m.put("file", c == null || c.getId() == null ? null : file(c, library));
        return m;
    }

    private static Map<String, Object> unreadable(LoadProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", "error");
        m.put("message", Failure.withoutJava(p.message()));
        m.put("code", "unreadable-file");
        m.put("case", null);
        m.put("object", null);
        m.put("field", null);
        m.put("file", p.file().toAbsolutePath().toString());
        m.put("line", p.line() > 0 ? p.line() : null);
        m.put("column", p.column() > 0 ? p.column() : null);
        return m;
    }

    /** The file the case was read from, or the one it would be saved to. */
    private static String file(Case c, Library library) {
        if (c.eResource() != null && c.eResource().getURI() != null && c.eResource().getURI().isFile()) {
            return Path.of(c.eResource().getURI().toFileString()).toAbsolutePath().toString();
        }
        return library.caseFile(c).toAbsolutePath().toString();
    }

    /** The choices of {@code --severity RULE=LEVEL}, the same as the workbench's Validation preferences. */
    static Severities severities(List<String> values) throws UsageException {
        Map<ProblemCode, Severity> chosen = new EnumMap<>(ProblemCode.class);
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new UsageException("--severity wants RULE=LEVEL, such as --severity missing-country=warning, not '" + v + "'");
            }
            String rule = v.substring(0, eq).strip().toUpperCase(Locale.ROOT).replace('-', '_');
            String level = v.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
            ProblemCode code = Arrays.stream(ProblemCode.values()).filter(c -> c.name().equals(rule)).findFirst()
                    .orElseThrow(() -> new UsageException("--severity: no rule '" + v.substring(0, eq).strip() + "'; the rules are "
                            + String.join(", ", Arrays.stream(ProblemCode.values()).filter(c -> !c.isAdvice())
                                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList())));
            Severity severity = Arrays.stream(Severity.values()).filter(x -> x.name().equals(level)).findFirst()
                    .orElseThrow(() -> new UsageException("--severity " + v.substring(0, eq).strip()
                            + ": the level is error, warning, info or ignore, not '" + v.substring(eq + 1).strip() + "'"));
            chosen.put(code, severity);
        }
        return Severities.of(chosen);
    }
}
