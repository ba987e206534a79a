package org.coprod.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.core.LibraryException;
import org.coprod.core.SampleLibrary;

/**
 * The words after the command: positional arguments, {@code --name value} options (repeatable) and {@code --flag}s.
 * Each command declares which flags it takes, so that a misspelt option is reported instead of ignored.
 */
final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    /**
     * @param words       the words after the command name
     * @param valueNames  options that take a value (without the leading dashes); {@code library} is always one
     * @param flagNames   options without a value; {@code help} and {@code json} are always accepted
     */
    Arguments(List<String> words, Set<String> valueNames, Set<String> flagNames) throws UsageException {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("--") && w.length() > 2) {
                String name = w.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (valueNames.contains(name) || name.equals("library")) {
                    if (value == null) {
                        if (i + 1 >= words.size()) {
                            throw new UsageException("option --" + name + " needs a value");
                        }
                        value = words.get(++i);
                    }
                    if (name.equals("library") && value.isBlank()) {
                        throw new UsageException("option --library needs a folder"); // "" would be the current folder
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else if (flagNames.contains(name) || name.equals("help") || name.equals("json")) {
                    if (value != null) {
                        throw new UsageException("option --" + name + " takes no value");
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                positional.add(w);
            }
        }
    }

    List<String> positional() {
        return positional;
    }

    Optional<String> option(String name) {
        List<String> values = options.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    int intOption(String name, int defaultValue) throws UsageException {
        Optional<String> v = option(name);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.get());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " wants a whole number, not '" + v.get() + "'");
        }
    }

    /** The folder named by {@code --library}, or the bundled sample library (materialized on first use). */
    Path libraryFolder() throws UsageException {
        Optional<String> dir = option("library");
        if (dir.isPresent()) {
            Path p = Path.of(dir.get());
            if (!Files.isDirectory(p)) {
                throw new UsageException("--library " + dir.get() + ": no such folder");
            }
            return p;
        }
        try {
            return SampleLibrary.defaultFolder();
        } catch (IOException e) {
            throw new UsageException("cannot prepare the sample library: " + Failure.describe(e));
        }
    }

    /** Opens the library; files that could not be read are reported on {@code err} and the rest opens. */
    Library openLibrary(PrintStream err) throws UsageException {
        Path folder = libraryFolder();
        try {
            Library library = Library.open(folder);
            library.problems().forEach(p -> err.println("coprod: skipped unreadable file " + Failure.loadProblem(p)));
            return library;
        } catch (LibraryException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
