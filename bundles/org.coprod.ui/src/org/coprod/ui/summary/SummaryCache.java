package org.coprod.ui.summary;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * The summaries of a library's cases, kept in {@value #FILE} beside the case files so that a library of thousands of
 * cases can be shown before any case is loaded. Derived data: an entry whose case file changed (time or size) since it
 * was written is rebuilt from the file, and a missing or unreadable cache file is rebuilt whole.
 */
public final class SummaryCache {

    public static final String FILE = ".summaries";
    /**
     * 2: placements (cell, phase, component of each coding) added, so paths are drawn over phases only.
     * 3: the list of cells is no longer stored: it is derived from the placements.
     */
    private static final int FORMAT = 3;

    private SummaryCache() {
    }

    /** A summary with the file stamp it was made from. */
    record Entry(CaseSummary summary, long modified, long size) {
    }

    /** Reads the summaries of every readable case in the library folder, rebuilding stale ones and saving the cache. */
    public static List<CaseSummary> load(Path folder, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.SummaryCache_readingCaseSummaries, 100);
        Map<String, Entry> cached = read(folder.resolve(FILE));
        Map<Path, BasicFileAttributes> files = caseFiles(folder);
        progress.worked(10);
        List<Path> stale = new ArrayList<>();
        List<Entry> fresh = new ArrayList<>(files.size());
        for (Map.Entry<Path, BasicFileAttributes> f : files.entrySet()) {
            Entry e = cached.get(idOf(f.getKey()));
            if (e != null && e.modified() == f.getValue().lastModifiedTime().toMillis() && e.size() == f.getValue().size()) {
                fresh.add(e);
            } else {
                stale.add(f.getKey());
            }
        }
        if (!stale.isEmpty() || fresh.size() != cached.size()) {
            fresh.addAll(rebuild(folder, stale, files, progress.split(85)));
            write(folder, fresh);
        }
        fresh.sort((a, b) -> a.summary().id().compareTo(b.summary().id()));
        return fresh.stream().map(Entry::summary).toList();
    }

    /** Writes the summaries of loaded cases, stamped with their files as they are now on disk. */
    public static void save(Path folder, List<CaseSummary> summaries) throws IOException {
        List<Entry> entries = new ArrayList<>(summaries.size());
        for (CaseSummary s : summaries) {
            Path file = folder.resolve(Library.CASES_DIR).resolve(s.id() + Library.CASE_FILE_SUFFIX);
            if (Files.isRegularFile(file)) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                entries.add(new Entry(s, a.lastModifiedTime().toMillis(), a.size()));
            }
        }
        write(folder, entries);
    }

    private static List<Entry> rebuild(Path folder, List<Path> stale, Map<Path, BasicFileAttributes> files, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Summarising " + stale.size() + " cases", stale.size() + 1);
        ResourceSet rs = new ResourceSetImpl();
        Library.configure(rs);
        // Codings point into the library file: load it once so that their cells resolve.
        Resource libraryResource = rs.getResource(URI.createFileURI(folder.resolve(Library.LIBRARY_FILE).toString()), true);
        progress.worked(1);
        List<Entry> out = new ArrayList<>();
        for (Path file : stale) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Resource r = rs.createResource(URI.createFileURI(file.toString()));
            try {
                r.load(Library.loadOptions());
                if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Case c) {
                    BasicFileAttributes a = files.get(file);
                    out.add(new Entry(CaseSummary.of(c), a.lastModifiedTime().toMillis(), a.size()));
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable case is reported by Library.open; it has no summary.
            }
            r.unload();
            rs.getResources().remove(r);
            progress.worked(1);
        }
        libraryResource.unload();
        return out;
    }

    /**
     * The library file alone (name, typologies, actors, sources), read without the cases so that the matrix can be
     * drawn while they load; null if it cannot be read (opening the library then says why).
     */
    public static CaseLibrary libraryFile(Path folder) {
        ResourceSet rs = new ResourceSetImpl();
        Library.configure(rs);
        try {
            Resource r = rs.getResource(URI.createFileURI(folder.resolve(Library.LIBRARY_FILE).toString()), true);
            return r.getContents().get(0) instanceof CaseLibrary l ? l : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<Path, BasicFileAttributes> caseFiles(Path folder) throws IOException {
        Map<Path, BasicFileAttributes> files = new HashMap<>();
        Path dir = folder.resolve(Library.CASES_DIR);
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.getFileName().toString().endsWith(Library.CASE_FILE_SUFFIX)) {
                    files.put(p, Files.readAttributes(p, BasicFileAttributes.class));
                }
            }
        }
        return files;
    }

    private static String idOf(Path caseFile) {
        String name = caseFile.getFileName().toString();
        return name.substring(0, name.length() - Library.CASE_FILE_SUFFIX.length());
    }

    static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return entries;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                String name = in.readUTF();
                List<String> countries = readList(in);
                List<String> sectors = readList(in);
                String initiator = in.readUTF();
                String type = in.readUTF();
                int start = in.readInt();
                List<String> placements = readList(in);
                long modified = in.readLong();
                long size = in.readLong();
                entries.put(id, new Entry(new CaseSummary(id, name, countries, sectors, initiator, type,
                        start == Integer.MIN_VALUE ? null : start, placements), modified, size));
            }
        } catch (IOException | RuntimeException e) {
            // A damaged cache is derived data: rebuild it whole.
            entries.clear();
        }
        return entries;
    }

    private static void write(Path folder, List<Entry> entries) throws IOException {
        Path file = folder.resolve(FILE);
        Path tmp = folder.resolve(FILE + ".tmp");
        // Never write through a link someone left here: remove the name itself, then create a new file or fail.
        Files.deleteIfExists(tmp);
        try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE); DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeInt(entries.size());
            for (Entry e : entries) {
                CaseSummary s = e.summary();
                out.writeUTF(s.id());
                out.writeUTF(s.name());
                writeList(out, s.countries());
                writeList(out, s.sectors());
                out.writeUTF(s.initiatorMode());
                out.writeUTF(s.caseType());
                out.writeInt(s.periodStart() == null ? Integer.MIN_VALUE : s.periodStart());
                writeList(out, s.placements());
                out.writeLong(e.modified());
                out.writeLong(e.size());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int n = in.readShort();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readUTF());
        }
        return List.copyOf(list);
    }

    private static void writeList(DataOutputStream out, List<String> list) throws IOException {
        out.writeShort(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

}
