package org.coprod.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An imported REFI-QDA file opened for reading: a {@code .qdpx} zip, or a bare {@code .qde} or {@code .qdc} XML file.
 * A zip is checked before anything of it is used: an entry named with {@code ..} or an absolute path, more entries,
 * a larger entry or a larger whole than the {@link Limits} allow, or an entry that expands like a zip bomb, refuses
 * the whole file with a message naming the entry. Its files are then found leniently: {@code internal://x.txt},
 * {@code x.txt}, {@code sources/x.txt} and {@code Sources/X.TXT} all name the same entry. Nothing outside the archive
 * is ever read, whatever path the project names.
 */
final class ProjectArchive {

    /** A file of the archive. */
    record Entry(String name, byte[] bytes) {
    }

    private final String what;
    private final boolean zipped;
    private final String projectName;
    private final byte[] project;
    /** Entries by lower-case file name without folders (the sources folder is flat). */
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final List<String> ambiguous = new ArrayList<>();

    private ProjectArchive(String what, boolean zipped, String projectName, byte[] project) {
        this.what = what;
        this.zipped = zipped;
        this.projectName = projectName;
        this.project = project;
    }

    static ProjectArchive open(Path file, Limits limits) throws RefiException {
        String what = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new RefiException(file + ": is a folder, not a REFI-QDA file (.qdpx, .qdc or .qde)");
        }
        if (!Files.isRegularFile(file)) {
            throw new RefiException(file + ": no such file");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new RefiException(file + " is empty");
            }
            byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                in.readNBytes(head, 0, 4);
            }
            if (head[0] == 'P' && head[1] == 'K') {
                return zip(file, what, limits);
            }
            if (size > limits.maxEntryBytes()) {
                throw new Refusal(what + ": refused: it is " + Limits.megabytes(size) + ", more than the "
                        + Limits.megabytes(limits.maxEntryBytes()) + " a project file may have");
            }
            return new ProjectArchive(what, false, what, Files.readAllBytes(file));
        } catch (RefiException e) {
            throw e;
        } catch (IOException e) {
            throw new RefiException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static ProjectArchive zip(Path file, String what, Limits limits) throws IOException {
        try {
            return zip(file, what, limits, StandardCharsets.UTF_8);
        } catch (ZipException e) {
            // entry names written in the old DOS code page rather than UTF-8 (some Windows zip tools)
            if (String.valueOf(e.getMessage()).contains("bad entry name") || String.valueOf(e.getMessage()).contains("MALFORMED")) {
                return zip(file, what, limits, Charset.forName("IBM437"));
            }
            throw new RefiException(what + " is not a .qdpx (zip) file, or it is damaged: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            return zip(file, what, limits, Charset.forName("IBM437"));
        }
    }

    private static ProjectArchive zip(Path file, String what, Limits limits, Charset names) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), names)) {
            List<ZipEntry> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                checkName(what, e.getName());
                if (!e.isDirectory()) {
                    entries.add(e);
                }
                if (entries.size() > limits.maxEntries()) {
                    throw new Refusal(what + ": refused: it has more than " + limits.maxEntries() + " files");
                }
            }
            Map<String, Entry> read = new LinkedHashMap<>();
            long total = 0;
            for (ZipEntry e : entries) {
                if (e.getSize() > limits.maxEntryBytes()) {
                    throw tooLarge(what, e.getName(), e.getSize(), limits);
                }
                byte[] bytes = read(zip, e, what, limits, total);
                total += bytes.length;
                read.put(e.getName(), new Entry(e.getName(), bytes));
            }
            return of(what, read);
        }
    }

    private static ProjectArchive of(String what, Map<String, Entry> read) throws RefiException {
        Entry project = read.get(ProjectFiles.PROJECT);
        if (project == null) {
            List<Entry> qde = read.values().stream().filter(e -> e.name().toLowerCase(Locale.ROOT).endsWith(".qde")).toList();
            if (qde.size() > 1) {
                throw new RefiException(what + ": holds " + qde.size() + " project files (.qde) and no project.qde: which one to import"
                        + " cannot be told");
            }
            project = qde.isEmpty() ? null : qde.get(0);
        }
        if (project == null) {
            throw new RefiException(what + ": holds no project.qde, so it is no REFI-QDA project");
        }
        ProjectArchive archive = new ProjectArchive(what, true, project.name(), project.bytes());
        for (Entry e : read.values()) {
            if (e != project) {
                String key = key(e.name());
                if (archive.byKey.putIfAbsent(key, e) != null) {
                    archive.ambiguous.add(e.name());
                }
            }
        }
        return archive;
    }

    /** Refuses a name that would lead outside a folder it were unpacked into: {@code ..}, an absolute path, a drive. */
    private static void checkName(String what, String name) throws RefiException {
        String n = name.replace('\\', '/');
        if (n.indexOf('\0') >= 0) {
            throw new Refusal(what + ": refused: the entry '" + printable(name) + "' has a NUL character in its name");
        }
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            throw new Refusal(what + ": refused: the entry '" + printable(name) + "' has an absolute path (a REFI-QDA project"
                    + " names its files relative to itself)");
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                throw new Refusal(what + ": refused: the entry '" + printable(name) + "' climbs out of the project with '..'");
            }
        }
    }

    private static byte[] read(ZipFile zip, ZipEntry e, String what, Limits limits, long totalBefore) throws IOException {
        long compressed = Math.max(1, e.getCompressedSize());
        try (InputStream in = zip.getInputStream(e)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(e.getSize(), 1024), 1 << 20));
            byte[] buffer = new byte[1 << 16];
            long count = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
                if (count > limits.maxEntryBytes()) {
                    throw tooLarge(what, e.getName(), count, limits);
                }
                if (totalBefore + count > limits.maxTotalBytes()) {
                    throw new Refusal(what + ": refused: it expands to more than " + Limits.megabytes(limits.maxTotalBytes())
                            + " (reached at '" + printable(e.getName()) + "')");
                }
                if (count > limits.ratioFloor() && count / compressed > limits.maxRatio()) {
                    throw new Refusal(what + ": refused as a possible zip bomb: the entry '" + printable(e.getName())
                            + "' expands more than " + limits.maxRatio() + " times its compressed size (" + compressed + " bytes)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (ZipException ex) {
            throw new RefiException(what + ": the entry '" + printable(e.getName()) + "' is damaged: " + ex.getMessage(), ex);
        }
    }

    private static RefiException tooLarge(String what, String entry, long size, Limits limits) {
        return new Refusal(what + ": refused: the entry '" + printable(entry) + "' is " + (size > limits.maxEntryBytes()
                ? "larger than " : "") + Limits.megabytes(Math.min(size, limits.maxEntryBytes())) + ", more than the "
                + Limits.megabytes(limits.maxEntryBytes()) + " one file of a project may have");
    }

    private static String key(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(Character.isISOControl(cp) ? String.format("\\u%04X", cp) : Character.toString(cp)));
        return out.length() > 120 ? out.substring(0, 120) + "…" : out.toString();
    }

    /** The file's name, for messages. */
    String what() {
        return what;
    }

    boolean zipped() {
        return zipped;
    }

    /** The name of the project file (project.qde inside a zip, or the file itself). */
    String projectName() {
        return projectName;
    }

    byte[] project() {
        return project;
    }

    /** Names of entries that another entry's name already claimed (such as sources/a.txt beside Sources/A.TXT): not used. */
    List<String> ambiguous() {
        return ambiguous;
    }

    /**
     * The entry a project's path names, read leniently: {@code internal://}, {@code relative://} or no scheme, any
     * folder, any case. A path to a file outside the archive ({@code absolute://}, {@code file:}) is never opened; its
     * file name is looked for in the archive.
     */
    Optional<Entry> find(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String p = path.strip();
        int scheme = p.indexOf("://");
        if (scheme > 0 && scheme < 12) {
            p = p.substring(scheme + 3);
        } else if (p.toLowerCase(Locale.ROOT).startsWith("file:")) {
            p = p.substring(5);
        }
        String k = key(p);
        return k.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(k));
    }

    /** Whether a path names a file outside the archive (which an import never reads). */
    static boolean external(String path) {
        String p = path == null ? "" : path.strip().toLowerCase(Locale.ROOT);
        return p.startsWith("absolute://") || p.startsWith("file:") || p.startsWith("relative://");
    }
}
