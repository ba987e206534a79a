package org.coprod.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Codebook;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.testing.EvidenceLibrary;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases found by their segments' codes and quotes; segment documents never counted as cases. */
class SegmentIndexTests {

    @TempDir
    Path temp;

    private static Set<String> ids(CaseSearch search, String query) throws Exception {
        return new TreeSet<>(CaseSearchTests.ids(search.search(SearchRequest.of(query).withLimit(100))));
    }

    private static CaseIndex indexed(Library library) throws Exception {
        CaseIndex index = CaseIndex.open(library);
        index.synchronize(new NullProgressMonitor());
        return index;
    }

    @Test
    void codeFindsExactlyTheCasesWhoseSegmentsCarryIt() throws Exception {
        try (CaseIndex index = indexed(EvidenceLibrary.create(temp.resolve("lib")))) {
            CaseSearch search = new CaseSearch(index);
            assertEquals(Set.of("alpha"), ids(search, "code:clientelism"));
            assertEquals(Set.of("alpha"), ids(search, "code:Clientelism"));
            // beta uses the word in its note but has no segment coded so: the word finds it, the code does not
            assertEquals(Set.of("beta"), ids(search, "clientelism"));
            assertEquals(Set.of("alpha", "gamma"), ids(search, "code:co-financing"));
            assertEquals(Set.of("alpha", "gamma"), ids(search, "code:\"co-financing\""));
            assertEquals(Set.of("alpha", "beta"), ids(search, "code:\"local trust\""));
            assertEquals(Set.of("alpha", "beta"), ids(search, "codes:\"Local   Trust\""));
            assertEquals(Set.of("alpha", "beta"), ids(search, "code:local*"));
            assertEquals(Set.of("alpha"), ids(search, "code:\"local trust\" AND code:co-financing AND country:BR"));
            assertEquals(Set.of(), ids(search, "code:governance"), "a group no segment carries");
            assertEquals(Set.of(), ids(search, "code:local"), "part of a name is not the name");
            SearchResults faceted = search.search(SearchRequest.of("").withLimit(100).withFacet("code", "Local  trust"));
            assertEquals(Set.of("alpha", "beta"), new TreeSet<>(CaseSearchTests.ids(faceted)));
        }
    }

    @Test
    void aQuotesWordsFindItsCase() throws Exception {
        try (CaseIndex index = indexed(EvidenceLibrary.create(temp.resolve("lib")))) {
            CaseSearch search = new CaseSearch(index);
            // the document itself is not indexed with the case: only its coded passage is
            assertEquals(Set.of("gamma"), ids(search, "vereadores"));
            assertEquals(Set.of("gamma"), ids(search, "\"orçamento participativo\""));
            assertEquals(Set.of("alpha"), ids(search, "paving"));
        }
    }

    @Test
    void segmentDocumentsNeverCountAsCases() throws Exception {
        Library library = EvidenceLibrary.create(temp.resolve("lib"));
        try (CaseIndex index = indexed(library)) {
            CaseSearch search = new CaseSearch(index);
            int cases = library.root().getCases().size();
            assertEquals(4, cases);
            assertEquals(cases, index.size());
            SearchResults all = search.search(SearchRequest.of("").withLimit(100));
            assertEquals(cases, all.total());
            assertEquals(Map.of("BR", 2, "GB", 2), counts(all, CaseDocument.COUNTRY));
            assertEquals(Set.of("gamma"), ids(search, "country:BR NOT code:clientelism"));
            assertEquals(Set.of("gamma", "delta"), ids(search, "(country:BR OR country:GB) NOT code:\"local trust\""));
            assertEquals(Set.of("alpha"), ids(search, "id:alpha"), "segments carry their case's id");
            for (SearchHit hit : search.search(SearchRequest.of("").withLimit(100)).hits()) {
                assertTrue(library.findCase(hit.id()).isPresent() && hit.name() != null, hit.toString());
            }
            for (SearchHit hit : new Precedents(index).like(library.findCase("alpha").orElseThrow(), 10)) {
                assertTrue(hit.name() != null && !hit.id().equals("alpha"), hit.toString());
            }
        }
    }

    /** Coding passages of sample cases changes no count and no facet of a search over the cases. */
    @Test
    void codingSampleCasesLeavesCountsAndFacetsAsTheyWere() throws Exception {
        try (SampleFixture sample = SampleFixture.create(temp)) {
            CaseSearch search = new CaseSearch(sample.index);
            List<String> queries = List.of("", "sewers", "NOT country:BR", "housing OR budget");
            Map<String, SearchResults> before = new HashMap<>();
            for (String q : queries) {
                before.put(q, search.search(SearchRequest.of(q).withLimit(5)));
            }
            Codebook codebook = CoprodFactory.eINSTANCE.createCodebook();
            sample.library.root().setCodebook(codebook);
            Code code = CoprodFactory.eINSTANCE.createCode();
            code.setId("code-x");
            code.setName("Self-help");
            codebook.getCodes().add(code);
            List<Case> coded = sample.library.root().getCases().subList(0, 10);
            for (Case c : coded) {
                Note note = CoprodFactory.eINSTANCE.createNote();
                note.setId(c.getId() + "-note");
                note.setText("zyzzyva passage one and zyzzyva passage two");
                c.getNotes().add(note);
                for (int i = 0; i < 3; i++) {
                    Segment s = CoprodFactory.eINSTANCE.createSegment();
                    s.setId(c.getId() + "-s" + i);
                    s.setText(note);
                    s.setQuote("zyzzyva passage");
                    s.getCodes().add(code);
                    c.getSegments().add(s);
                }
            }
            sample.index.update(coded);
            assertEquals(30, new SegmentSearch(sample.index).search(SegmentRequest.of("")).total());
            assertEquals(sample.library.root().getCases().size(), sample.index.size());
            for (String q : queries) {
                SearchResults after = search.search(SearchRequest.of(q).withLimit(5));
                assertEquals(before.get(q).total(), after.total(), q);
                assertEquals(before.get(q).facets(), after.facets(), q);
            }
            assertEquals(10, search.search(SearchRequest.of("code:self-help").withLimit(5)).total());
            assertEquals(10, search.search(SearchRequest.of("zyzzyva").withLimit(5)).total());
        }
    }

    @Test
    void recodingACaseIsSearchableAtOnceAndLeavesNoOldSegmentBehind() throws Exception {
        Library library = EvidenceLibrary.create(temp.resolve("lib"));
        try (CaseIndex index = indexed(library)) {
            CaseSearch cases = new CaseSearch(index);
            SegmentSearch segments = new SegmentSearch(index);
            Case alpha = library.findCase("alpha").orElseThrow();
            Case beta = library.findCase("beta").orElseThrow();
            Code clientelism = alpha.getSegments().get(0).getCodes().get(0);
            assertEquals("Clientelism", clientelism.getName());
            alpha.getSegments().get(0).getCodes().remove(clientelism);
            beta.getSegments().get(0).getCodes().add(clientelism);
            index.update(List.of(alpha, beta)); // no commit: visible to the next search all the same
            assertEquals(Set.of("beta"), ids(cases, "code:clientelism"));
            assertEquals(List.of("seg-earned"), segmentIds(segments.search(SegmentRequest.of("code:clientelism"))));
            assertEquals(List.of("seg-paving", "seg-pooled"),
                    segmentIds(segments.search(SegmentRequest.of("").withCase("alpha"))));
            alpha.getSegments().remove(1);
            index.update(alpha);
            assertEquals(List.of("seg-paving"), segmentIds(segments.search(SegmentRequest.of("case:alpha"))));
            assertEquals(Set.of("beta"), ids(cases, "code:\"local trust\""));
            Case gamma = library.findCase("gamma").orElseThrow();
            gamma.getSegments().clear();
            index.update(gamma);
            assertEquals(Set.of(), ids(cases, "vereadores"), "the removed segment's quote left its case too");
            index.delete(List.of("beta"));
            assertEquals(List.of("seg-paving"), segmentIds(segments.search(SegmentRequest.of(""))));
            assertEquals(3, index.size());
        }
    }

    /** Renaming a code touches the library file only; the cases coded with it are indexed again all the same. */
    @Test
    void renamingACodeReindexesTheCasesThatCarryItAtTheNextSynchronize() throws Exception {
        Path folder = temp.resolve("lib");
        EvidenceLibrary.create(folder);
        try (CaseIndex index = indexed(Library.open(folder))) {
            assertEquals(0, index.synchronize(new NullProgressMonitor()).total(), "nothing changed");
        }
        Library library = Library.open(folder);
        Map<Path, FileTime> caseFiles = new HashMap<>();
        for (Case c : library.root().getCases()) {
            caseFiles.put(library.caseFile(c), Files.getLastModifiedTime(library.caseFile(c)));
        }
        library.root().getCodebook().getCodes().stream().filter(c -> c.getName().equals("Local trust")).findFirst()
                .orElseThrow().setName("Community trust");
        library.save();
        for (Map.Entry<Path, FileTime> e : caseFiles.entrySet()) {
            assertEquals(e.getValue(), Files.getLastModifiedTime(e.getKey()), "case files are not written: " + e.getKey());
        }
        library = Library.open(folder);
        try (CaseIndex index = CaseIndex.open(library)) {
            assertEquals(new CaseIndex.Changes(0, 2, 0, 2), index.synchronize(new NullProgressMonitor()));
            CaseSearch search = new CaseSearch(index);
            assertEquals(Set.of("alpha", "beta"), ids(search, "code:\"community trust\""));
            assertEquals(Set.of(), ids(search, "code:\"local trust\""));
        }
    }

    static List<String> segmentIds(SegmentResults results) {
        return results.hits().stream().map(SegmentHit::segmentId).toList();
    }

    private static Map<String, Integer> counts(SearchResults results, String dim) {
        Map<String, Integer> counts = new HashMap<>();
        results.facets().getOrDefault(dim, List.of()).forEach(f -> counts.put(f.value(), f.count()));
        return counts;
    }
}
