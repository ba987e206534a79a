package org.coprod.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.coprod.core.Library;

/**
 * {@code coprod new DIR}: creates an empty library (with the built-in typologies) in a new or empty folder, the headless
 * twin of the workbench's New Library. A folder that holds anything is refused, so that nothing of the user's is mixed
 * into a library or written over.
 */
final class NewCommand implements Command {

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String summary() {
        return "Create an empty library in a new or empty folder";
    }

    @Override
    public String usage() {
        return "coprod new DIR [--name NAME]\n"
                + "  DIR must not exist yet (its parent must) or be an empty folder; NAME defaults to the folder's name";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("name"), Set.of());
        if (args.positional().size() != 1 || args.option("library").isPresent()) {
            throw new UsageException("give the new library's folder: coprod new DIR [--name NAME]");
        }
        Path folder = Path.of(args.positional().get(0)).toAbsolutePath().normalize();
        String name = args.option("name").orElse(folder.getFileName() == null ? "Case library" : folder.getFileName().toString()).strip();
        if (name.isEmpty()) {
            throw new UsageException("--name is blank: give the library a name");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new UsageException("--name contains a control character; give a name of printable characters");
        }
        boolean created = prepare(folder);
        try {
            Library.create(folder, name);
        } catch (IOException | RuntimeException e) {
            if (created) {
                deleteTree(folder); // leave no half-made library in the folder this command made
            }
            throw e;
        }
        out.println("Created an empty library \"" + name + "\" in " + folder);
        out.println("Add cases with: coprod import FILE.csv --library " + folder);
        return Commands.OK;
    }

    /** Checks the folder and creates it if it does not exist; true when this command created it. */
    private static boolean prepare(Path folder) throws UsageException, IOException {
        if (Files.isRegularFile(folder, LinkOption.NOFOLLOW_LINKS) || Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException(folder + " is a file, not a folder: give a new or empty folder");
        }
        if (Files.isDirectory(folder)) {
            if (Files.isRegularFile(folder.resolve(Library.LIBRARY_FILE))) {
                throw new UsageException(folder + " already holds a library (" + Library.LIBRARY_FILE + "): open it with --library "
                        + folder);
            }
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new UsageException(folder + " is not empty: a new library goes in a new or empty folder");
                }
            }
            return false;
        }
        Path parent = folder.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("the folder " + parent + " does not exist: create it first, or choose another place");
        }
        try {
            Files.createDirectory(folder);
        } catch (IOException e) {
            throw new UsageException("cannot create the folder " + folder + ": " + (Files.isWritable(parent)
                    ? "the folder " + parent + " does not accept new folders" : "the folder " + parent + " is not writable"));
        }
        return true;
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the failure being reported matters more than this folder
        }
    }
}
