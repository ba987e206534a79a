package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coprod.testing.SampleLibraries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coprod brief} as a user runs it, and as the README tells them to. */
class BriefCommandTests {

    @TempDir
    static Path shared;
    static Path sample;

    @TempDir
    Path dir;

    String out;
    String err;

    @BeforeAll
    static void sample() throws Exception {
        sample = SampleLibraries.copyTo(shared.resolve("sample")).folder(); // imported once per test run
    }

    private int run(List<String> args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Commands(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8))
                .run(args.toArray(String[]::new));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void forceNeverReplacesAPipeOrDeviceWithAFile() throws Exception {
        Path pipe = dir.resolve("brief.md");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor());
        assertEquals(2, run(List.of("brief", "--cases", "porto-alegre-op", "--out", pipe.toString(), "--force",
                "--library", sample.toString())));
        assertTrue(err.contains("Refusing to replace") && err.contains("regular file"), err);
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "still a pipe");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void languageWritesTheBriefInPortugueseAndRefusesALanguageBriefsAreNotWrittenIn() throws Exception {
        Path md = dir.resolve("tres.md");
        assertEquals(0, run(List.of("brief", "--cases", "opp-orangi-sanitation,porto-alegre-op,tackley-village-shop", "--language", "pt",
                "--out", md.toString(), "--library", sample.toString())), err);
        String text = Files.readString(md);
        assertTrue(text.contains("\nlang: pt-BR\n"), text.substring(0, 400));
        assertTrue(text.contains("\n# Mensagens principais\n") && text.contains("\n# Quem paga o qu\u00ea\n"), text);
        assertFalse(text.contains("\n# Key messages\n"), "no English heading");
        Path de = dir.resolve("drei.md");
        assertEquals(2, run(List.of("brief", "--cases", "porto-alegre-op", "--language", "de", "--out", de.toString(),
                "--library", sample.toString())));
        assertTrue(err.contains("--language: 'de' is not a language briefs are written in: choose en, pt, es, fr"), err);
        assertFalse(Files.exists(de), "nothing written");
        assertEquals(0, run(List.of("brief", "--help")));
        assertTrue(out.contains("[--language en|pt|es|fr]"), out);
    }

    /** The README's brief examples, run on a fresh home folder (only {@code ~} exists) from another folder. */
    @Test
    void theReadmesBriefExamplesWorkOnAFreshHomeAndWriteOutsideTheCheckout() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        List<List<String>> examples = readmeBriefExamples();
        assertEquals(4, examples.size(), examples.toString());
        for (List<String> example : examples) {
            String destination = example.get(example.indexOf("--out") + 1);
            assertTrue(destination.startsWith("~/") || destination.startsWith("/tmp/"),
                    "--out " + destination + " is relative: run from the checkout, it writes into the checkout");
            List<String> args = new ArrayList<>(
                    example.stream().map(w -> w.startsWith("~/") ? home.resolve(w.substring(2)).toString() : w).toList());
            Path written = Path.of(args.get(args.indexOf("--out") + 1));
            if (destination.startsWith("/tmp/")) {
                Files.deleteIfExists(written);
            }
            args.addAll(List.of("--library", sample.toString()));
            assertEquals(0, run(args), String.join(" ", example) + "\n" + err);
            assertTrue(Files.size(written) > 1000, written.toString());
            if (destination.startsWith("/tmp/")) {
                Files.delete(written);
            }
        }
    }

    /** The words of each {@code ./coprod brief} command in the README's shell blocks, lines joined at a trailing "\". */
    static List<List<String>> readmeBriefExamples() throws Exception {
        Path readme = LauncherScriptTests.script().getParent().getParent().getParent().getParent().resolve("README.md");
        String text = Files.readString(readme).replace("\\\n", " ");
        List<List<String>> examples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("./coprod brief --cases") && !line.contains("[")) { // not the synopsis
                String command = line.replaceFirst("\\s+#.*$", "");
                List<String> words = new ArrayList<>();
                Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command.substring("./coprod ".length()));
                while (m.find()) {
                    words.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
                examples.add(words);
            }
        }
        assertFalse(examples.isEmpty(), "README has brief examples");
        return examples;
    }
}
