package org.coprod.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.coprod.core.Library;
import org.coprod.model.CoprodPackage;
import org.coprod.testing.SampleLibraries;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two searches at once on a library without an index: each waits for the other's build and finds every case, never
 * a half-built index (which found nothing) or Lucene's own error.
 */
class ConcurrentIndexTests {

    @TempDir
    Path temp;

    @Test
    void twoThreadsSearchingANewLibraryAtOnceBothFindEveryCase() throws Exception {
        for (int round = 0; round < 5; round++) {
            Path folder = SampleLibraries.copyTo(temp.resolve("lib" + round)).folder();
            int cases = Library.open(folder).root().getCases().size();
            CyclicBarrier start = new CyclicBarrier(2);
            List<String> answers = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Thread thread = new Thread(() -> answers.add(searchAll(folder, start)));
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join(120_000);
            }
            assertEquals(List.of("total " + cases, "total " + cases), answers, "round " + round);
        }
    }

    @Test
    void twoProgramsSearchingANewLibraryAtOnceBothFindEveryCase() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path folder = SampleLibraries.copyTo(temp.resolve("lib" + round)).folder();
            int cases = Library.open(folder).root().getCases().size();
            List<Process> children = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                children.add(new ProcessBuilder(javaCommand(), "-cp", classPath(), IndexRace.class.getName(),
                        folder.toString(), temp.resolve("cache").toString()).redirectErrorStream(true).start());
            }
            for (Process child : children) {
                assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child ended");
                String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, child.exitValue(), output);
                assertTrue(output.lines().anyMatch(l -> l.equals("total " + cases)), "round " + round + ": " + output);
            }
        }
    }

    @Test
    void aSearchThatWaitsTooLongForAnotherBuilderSaysWhyAndGivesUp() throws Exception {
        Library library = SampleLibraries.copyTo(temp.resolve("lib"));
        Path cache = temp.resolve("cache");
        List<String> notices = new ArrayList<>();
        // Opened and not yet synchronized: it holds the build lock, as a first search does while it indexes.
        try (CaseIndex first = CaseIndex.open(library, cache, Duration.ofSeconds(10), notice -> {
        })) {
            IOException e = assertThrows(IOException.class,
                    () -> CaseIndex.open(Library.open(library.folder()), cache, Duration.ofMillis(300), notices::add));
            assertTrue(e.getMessage().contains("has been updating the search index in " + first.folder())
                    && e.getMessage().contains("try again when it has finished"), e.getMessage());
            assertEquals(List.of("waiting for another program that is updating the search index in " + first.folder()
                    + "…"), notices);
            first.synchronize(new NullProgressMonitor());
        }
        // Once the first has finished, the second goes ahead.
        try (CaseIndex second = CaseIndex.open(Library.open(library.folder()), cache, Duration.ofMillis(300), notices::add)) {
            assertEquals(library.root().getCases().size(), second.size());
        }
    }

    /** What one search of every case answered: "total N", or the error it met. */
    private static String searchAll(Path folder, CyclicBarrier start) {
        try {
            Library library = Library.open(folder);
            start.await();
            try (CaseIndex index = CaseIndex.open(library)) {
                if (index.isWritable()) {
                    index.synchronize(new NullProgressMonitor());
                }
                return "total " + new CaseSearch(index).search(SearchRequest.of("").withLimit(1)).total();
            }
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The jars (or class folders) the child needs, taken from where OSGi loaded them. */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : List.of(IndexRace.class, CaseIndex.class, Library.class, CoprodPackage.class,
                EObject.class, URI.class,
                XMIResourceImpl.class, IProgressMonitor.class,
                // the OSGi framework itself (SubMonitor reads its debug options): the class of a bundle's loader
                IProgressMonitor.class.getClassLoader().getClass(),
                IndexWriter.class, FacetsConfig.class,
                EnglishAnalyzer.class,
                QueryParser.class,
                UnifiedHighlighter.class,
                MoreLikeThis.class)) {
            String location = new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
            if (!entries.contains(location)) {
                entries.add(location);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
