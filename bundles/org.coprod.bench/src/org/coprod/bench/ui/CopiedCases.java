package org.coprod.bench.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.core.SampleLibrary;

/**
 * A large library made from the sample library when the shared synthetic generator is not in the product: each case
 * file is the text of a sample case under a new id and name (same notes, codings, actors and sources, so the files have
 * the sample's real size and shape). Deterministic: case {@code i} copies sample case {@code i mod n}.
 */
final class CopiedCases {

    private static final Pattern ROOT_ID = Pattern.compile("(<coprod:Case\\b[^>]*?\\bid=\")([^\"]*)(\")");
    private static final Pattern ROOT_NAME = Pattern.compile("(<coprod:Case\\b[^>]*?\\bname=\")([^\"]*)(\")");

    private CopiedCases() {
    }

    static void write(Path folder, int count) throws IOException {
        Path sample = Files.createTempDirectory("coprod-bench-sample").resolve("sample");
        SampleLibrary.materialize(sample);
        Files.createDirectories(folder.resolve(Library.CASES_DIR));
        Files.copy(sample.resolve(Library.LIBRARY_FILE), folder.resolve(Library.LIBRARY_FILE), StandardCopyOption.REPLACE_EXISTING);
        List<Path> files;
        try (Stream<Path> s = Files.list(sample.resolve(Library.CASES_DIR))) {
            files = s.sorted().toList();
        }
        String[] texts = new String[files.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = Files.readString(files.get(i), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < count; i++) {
            String id = String.format("synthetic-%05d", i);
            String text = replaceFirst(ROOT_ID, texts[i % texts.length], id);
            Matcher name = ROOT_NAME.matcher(text);
            if (name.find()) {
                text = text.substring(0, name.start(2)) + name.group(2) + " #" + i + text.substring(name.end(2));
            }
            Files.writeString(folder.resolve(Library.CASES_DIR).resolve(id + Library.CASE_FILE_SUFFIX), text, StandardCharsets.UTF_8);
        }
    }

    private static String replaceFirst(Pattern p, String text, String value) {
        Matcher m = p.matcher(text);
        return m.find() ? text.substring(0, m.start(2)) + value + text.substring(m.end(2)) : text;
    }
}
