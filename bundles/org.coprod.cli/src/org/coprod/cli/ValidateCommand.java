package org.coprod.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.core.validation.LibraryValidation;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;

import com.google.gson.GsonBuilder;

/** {@code coprod validate}: checks every case; exit code 1 when there are errors (warnings alone pass). */
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
        return "coprod validate [--warnings] [--json]";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of(), Set.of("warnings"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
        }
        Library library = args.openLibrary(err);
        List<Diagnostic> problems = LibraryValidation.validate(library.root().getCases(), new NullProgressMonitor());
        int errors = LibraryValidation.count(problems, Diagnostic.ERROR);
        int warnings = LibraryValidation.count(problems, Diagnostic.WARNING);
        int unreadable = library.problems().size();
        List<Map<String, String>> messages = new ArrayList<>();
        for (Diagnostic d : problems) {
            for (Diagnostic leaf : LibraryValidation.leaves(d)) {
                if (leaf.getSeverity() == Diagnostic.ERROR || args.flag("warnings") || args.flag("json")) {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("severity", leaf.getSeverity() == Diagnostic.ERROR ? "error" : "warning");
                    m.put("message", leaf.getMessage());
                    messages.add(m);
                }
            }
        }
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("cases", library.root().getCases().size());
            json.put("errors", errors);
            json.put("warnings", warnings);
            json.put("unreadableFiles", library.problems().stream().map(Object::toString).toList());
            json.put("problems", messages);
            out.println(new GsonBuilder().setPrettyPrinting().create().toJson(json));
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
}
