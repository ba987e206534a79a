package org.coprod.bench.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

/**
 * {@code coprod bench document [--runs R] [--segments N]}, under a display ({@code xvfb-run -a}): the document editor's
 * coding pane opening a 1 MB document with N (2,000) segments and drawing its stripes, against a bare StyledText with
 * the same text. The measuring runs in the product's own SWT application ({@code org.coprod.bench.ui.document}, in
 * the bench.ui bundle, which can reach the workbench's widgets); this launches it through the product's coprod.sh, as
 * {@code coprod bench ui} launches its runs.
 */
public final class Main {

    private static final String APPLICATION = "org.coprod.bench.ui.document";

    private Main() {
    }

    public static int run(String[] args) throws Exception {
        String home = System.getProperty("eclipse.home.location");
        Path product = home != null ? Path.of(URI.createURI(home.replace(" ", "%20")).toFileString()) : Path.of(".");
        if (!Files.isRegularFile(product.resolve("coprod.sh"))) {
            System.err.println("coprod bench document runs from an installed product (bench.sh beside coprod.sh); none in " + product);
            return 2;
        }
        Path work = Files.createTempDirectory("coprod-bench-document");
        List<String> command = new ArrayList<>(List.of(product.resolve("coprod.sh").toString(), "-application", APPLICATION));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("COPROD_WORKSPACE", Files.createDirectories(work.resolve("ws")).toString());
        pb.environment().put("COPROD_HOME", work.resolve("home").toString());
        try {
            return pb.start().waitFor();
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
