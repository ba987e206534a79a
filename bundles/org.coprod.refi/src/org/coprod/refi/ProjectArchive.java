package org.coprod.refi;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.eclipse.osgi.util.NLS;

/**
 * An imported REFI-QDA file opened for reading: a {@code .qdpx} zip, or a bare {@code .qde} or {@code .qdc} XML file.
 * A zip is checked before anything of it is used: an entry named with {@code ..} or an absolute path, more entries,
 * a larger entry or a larger whole than the {@link Limits} allow, or an entry that expands like a zip bomb, refuses
 * the whole file with a message naming the entry. The sizes the zip declares are checked at once and the bytes each
 * entry really gives while it is read, so that a zip which lies about them is refused too. Entries are read when the
 * project needs them, never all held at once. Its files are found leniently: {@code internal://x.txt},
 * {@code x.txt}, {@code sources/x.txt} and {@code Sources/X.TXT} all name the same entry. Nothing outside the archive
 * is ever read, whatever path the project names.
 */
final class ProjectArchive implements AutoCloseable {

    /** A file of the archive. */
    record Entry(String name, ZipEntry zip) {
    }

    /** A read that went beyond a limit, through a reader (the XML parser) that only passes I/O errors on. */
    static final class Bounded extends IOException {
        private static final long serialVersionUID = 1L;
        final transient RefiException refusal;

        Bounded(RefiException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    private final String what;
    private final Path file;
    private final ZipFile zip;
    private final Limits limits;
    private final String projectName;
    private final Entry project;
    /** Entries by lower-case file name without folders (the sources folder is flat). */
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final List<String> ambiguous = new ArrayList<>();
    /** The bytes the entries read so far gave, each entry counted once, against the limit of the whole. */
    private final Map<String, Long> expanded = new HashMap<>();
    private long total;

    private ProjectArchive(String what, Path file, ZipFile zip, Limits limits, Entry project) {
        this.what = what;
        this.file = file;
        this.zip = zip;
        this.limits = limits;
        this.project = project;
        this.projectName = project == null ? what : project.name();
    }

    static ProjectArchive open(Path file, Limits limits) throws RefiException {
        String what = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new RefiException(NLS.bind(Messages.File_folder, file));
        }
        if (!Files.isRegularFile(file)) {
            throw new RefiException(NLS.bind(Messages.File_missing, file));
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new RefiException(NLS.bind(Messages.File_empty, file));
            }
            byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                in.readNBytes(head, 0, 4);
            }
            if (head[0] == 'P' && head[1] == 'K') {
                return zip(file, what, limits);
            }
            if (size > limits.maxEntryBytes()) {
                throw new Refusal(NLS.bind(Messages.File_tooLarge, new Object[] {what, Limits.megabytes(size),
                        Limits.megabytes(limits.maxEntryBytes())}));
            }
            return new ProjectArchive(what, file, null, limits, null);
        } catch (RefiException e) {
            throw e;
        } catch (IOException e) {
            throw new RefiException(NLS.bind(Messages.File_unreadable, file, e.getMessage()), e);
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
            throw new RefiException(NLS.bind(Messages.File_notZip, what, e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            return zip(file, what, limits, Charset.forName("IBM437"));
        }
    }

    private static ProjectArchive zip(Path file, String what, Limits limits, Charset names) throws IOException {
        ZipFile zip = new ZipFile(file.toFile(), names);
        try {
            List<ZipEntry> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                checkName(what, e.getName());
                if (!e.isDirectory()) {
                    entries.add(e);
                }
                if (entries.size() > limits.maxEntries()) {
                    throw new Refusal(NLS.bind(Messages.Zip_tooManyFiles, what, limits.maxEntries()));
                }
            }
            long declared = 0;
            for (ZipEntry e : entries) {
                if (e.getSize() > limits.maxEntryBytes()) {
                    throw tooLarge(what, e.getName(), e.getSize(), limits);
                }
                declared += Math.max(0, e.getSize());
                if (declared > limits.maxTotalBytes()) {
                    throw expandsTooFar(what, e, limits);
                }
                checkRatio(what, e, e.getSize(), limits);
            }
            ProjectArchive archive = of(what, file, zip, limits, entries);
            zip = null; // the archive owns it now
            return archive;
        } finally {
            if (zip != null) {
                zip.close();
            }
        }
    }

    private static ProjectArchive of(String what, Path file, ZipFile zip, Limits limits, List<ZipEntry> entries) throws RefiException {
        ZipEntry project = entries.stream().filter(e -> e.getName().equals(ProjectFiles.PROJECT)).findFirst().orElse(null);
        if (project == null) {
            List<ZipEntry> qde = entries.stream().filter(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(".qde")).toList();
            if (qde.size() > 1) {
                throw new RefiException(NLS.bind(Messages.Zip_manyProjects, what, qde.size()));
            }
            project = qde.isEmpty() ? null : qde.get(0);
        }
        if (project == null) {
            throw new RefiException(NLS.bind(Messages.Zip_noProject, what));
        }
        ProjectArchive archive = new ProjectArchive(what, file, zip, limits, new Entry(project.getName(), project));
        for (ZipEntry e : entries) {
            if (e != project) {
                String key = key(e.getName());
                if (archive.byKey.putIfAbsent(key, new Entry(e.getName(), e)) != null) {
                    archive.ambiguous.add(e.getName());
                }
            }
        }
        return archive;
    }

    /** Refuses a name that would lead outside a folder it were unpacked into: {@code ..}, an absolute path, a drive. */
    private static void checkName(String what, String name) throws RefiException {
        String n = name.replace('\\', '/');
        if (n.indexOf('\0') >= 0) {
            throw new Refusal(NLS.bind(Messages.Zip_nul, what, printable(name)));
        }
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            throw new Refusal(NLS.bind(Messages.Zip_absolute, what, printable(name)));
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                throw new Refusal(NLS.bind(Messages.Zip_climbs, what, printable(name)));
            }
        }
    }

    private static void checkRatio(String what, ZipEntry e, long count, Limits limits) throws Refusal {
        long compressed = Math.max(1, e.getCompressedSize());
        if (count > limits.ratioFloor() && count / compressed > limits.maxRatio()) {
            throw new Refusal(NLS.bind(Messages.Zip_bomb, new Object[] {what, printable(e.getName()), limits.maxRatio(), compressed}));
        }
    }

    /** The whole of an entry, held to the limits. */
    byte[] bytes(Entry entry) throws RefiException {
        try (InputStream in = stream(entry)) {
            long size = entry.zip().getSize();
            if (size < 0 || size > limits.maxEntryBytes()) {
                return in.readAllBytes();
            }
            // the size the zip declares, read at once (growing a buffer for each of 10,000 files was most of what an import
            // allocated); an entry that gives more than it declared is refused by the stream's count, or read on here
            byte[] declared = new byte[(int) size];
            int n = 0;
            for (int r; n < declared.length && (r = in.read(declared, n, declared.length - n)) > 0;) {
                n += r;
            }
            if (n < declared.length) {
                return Arrays.copyOf(declared, n); // shorter than declared: the zip checks its CRC over what it gave
            }
            int next = in.read();
            if (next < 0) {
                return declared;
            }
            byte[] more = in.readAllBytes();
            byte[] all = Arrays.copyOf(declared, declared.length + 1 + more.length);
            all[declared.length] = (byte) next;
            System.arraycopy(more, 0, all, declared.length + 1, more.length);
            return all;
        } catch (Bounded b) {
            throw b.refusal;
        } catch (ZipException ex) {
            throw new RefiException(NLS.bind(Messages.Zip_entryDamaged, new Object[] {what, printable(entry.name()), ex.getMessage()}), ex);
        } catch (IOException ex) {
            throw new RefiException(NLS.bind(Messages.Zip_entryUnreadable, new Object[] {what, printable(entry.name()), ex.getMessage()}), ex);
        }
    }

    /** The project file as a stream, held to the limits (a reader of it sees a {@link Bounded} when one is passed). */
    InputStream project() throws RefiException {
        try {
            return zip == null ? Files.newInputStream(file) : stream(project);
        } catch (IOException e) {
            throw new RefiException(NLS.bind(Messages.File_unreadable, what, e.getMessage()), e);
        }
    }

    private InputStream stream(Entry entry) throws IOException {
        ZipEntry e = entry.zip();
        InputStream in = zip.getInputStream(e);
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count += n;
                    counted(e, count);
                }
                return n;
            }
        };
    }

    /** Holds an entry, {@code count} bytes into it, to the limits of one entry and of the whole. */
    private void counted(ZipEntry e, long count) throws Bounded {
        try {
            if (count > limits.maxEntryBytes()) {
                throw tooLarge(what, e.getName(), count, limits);
            }
            long before = expanded.getOrDefault(e.getName(), 0L);
            if (count > before) {
                expanded.put(e.getName(), count);
                total += count - before;
            }
            if (total > limits.maxTotalBytes()) {
                throw expandsTooFar(what, e, limits);
            }
            checkRatio(what, e, count, limits);
        } catch (RefiException r) {
            throw new Bounded(r);
        }
    }

    private static RefiException tooLarge(String what, String entry, long size, Limits limits) {
        return new Refusal(NLS.bind(size > limits.maxEntryBytes() ? Messages.Zip_entryLargerThan : Messages.Zip_entryTooLarge,
                new Object[] {what, printable(entry), Limits.megabytes(Math.min(size, limits.maxEntryBytes())),
                        Limits.megabytes(limits.maxEntryBytes())}));
    }

    private static Refusal expandsTooFar(String what, ZipEntry e, Limits limits) {
        return new Refusal(NLS.bind(Messages.Zip_tooLarge, new Object[] {what, Limits.megabytes(limits.maxTotalBytes()),
                printable(e.getName())}));
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
        return zip != null;
    }

    /** The name of the project file (project.qde inside a zip, or the file itself). */
    String projectName() {
        return projectName;
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // only read from
            }
        }
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
