package org.coprod.search;

import static org.coprod.search.SegmentIndexTests.segmentIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Segment;
import org.coprod.testing.EvidenceLibrary;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentSearchTests {

    @TempDir
    static Path temp;
    static Library library;
    static CaseIndex index;
    static SegmentSearch search;

    @BeforeAll
    static void indexEvidenceLibrary() throws Exception {
        library = EvidenceLibrary.create(temp.resolve("lib"));
        index = CaseIndex.open(library);
        index.synchronize(new NullProgressMonitor());
        search = new SegmentSearch(index);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void aWordOfAQuoteFindsItsSegmentWithEverythingAboutIt() throws Exception {
        SegmentResults results = search.search(SegmentRequest.of("paving"));
        assertEquals(1, results.total());
        SegmentHit hit = results.hits().get(0);
        assertEquals("alpha", hit.caseId());
        assertEquals("seg-paving", hit.segmentId());
        assertEquals("note-alpha", hit.textId());
        // Offsets in code points: the note opens with a character that takes two UTF-16 units.
        String note = EvidenceLibrary.ALPHA_NOTE;
        int utf16 = note.indexOf(EvidenceLibrary.PAVING);
        assertEquals(utf16 - 1, hit.start());
        assertEquals(utf16 - 1 + EvidenceLibrary.PAVING.length(), hit.end());
        assertEquals(EvidenceLibrary.PAVING, note.substring(note.offsetByCodePoints(0, hit.start()),
                note.offsetByCodePoints(0, hit.end())));
        assertEquals(EvidenceLibrary.PAVING, hit.quote());
        assertEquals(List.of("Clientelism"), hit.codes());
        assertEquals("Ana Souza", hit.coder());
        assertEquals(EvidenceLibrary.CODED_ON, hit.codedOn());
    }

    @Test
    void aSegmentOfADocumentHasTheDocumentsIdAndNoCoderOrDate() throws Exception {
        SegmentHit hit = search.search(SegmentRequest.of("code:co-financing").withCase("gamma")).hits().get(0);
        assertEquals("doc-porto", hit.textId());
        assertEquals(EvidenceLibrary.BUDGET_START, hit.start());
        assertEquals(EvidenceLibrary.BUDGET_START + EvidenceLibrary.BUDGET.length(), hit.end());
        assertNull(hit.coder());
        assertNull(hit.codedOn());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "code:\"local trust\"|seg-pooled seg-earned",
            "code:\"Local Trust\" AND code:co-financing|seg-pooled",
            "code:local*|seg-pooled seg-earned",
            "code:co-financing|seg-pooled seg-budget",
            "code:clientelism|seg-paving",
            "code:governance|",
            "coder:\"ana souza\"|seg-paving seg-earned",
            "case:alpha|seg-paving seg-pooled",
            "(savings OR volunteers) NOT case:beta|seg-pooled",
            "savings|seg-pooled",
            "\"paving contracts\"|seg-paving",
            "quote:volunteers|seg-earned",
            "pav*|seg-paving",
            // Portuguese quotes are stemmed as Portuguese: the singular finds the plural
            "vereador|seg-budget",
            "''|seg-paving seg-pooled seg-earned seg-budget" })
    void queriesListTheirSegmentsInReadingOrder(String query, String expected) throws Exception {
        List<String> ids = expected == null ? List.of() : List.of(expected.split(" "));
        SegmentResults results = search.search(SegmentRequest.of(query));
        assertEquals(ids, segmentIds(results), query);
        assertEquals(ids.size(), results.total(), query);
    }

    @Test
    void codeFiltersCombineAndTheCaseNarrows() throws Exception {
        SegmentRequest trust = SegmentRequest.of("").withCode("Local trust");
        assertEquals(List.of("seg-pooled", "seg-earned"), segmentIds(search.search(trust)));
        assertEquals(List.of("seg-pooled"), segmentIds(search.search(trust.withCode("co-financing"))));
        assertEquals(List.of("seg-earned"), segmentIds(search.search(trust.withCase("beta"))));
        assertEquals(List.of(), segmentIds(search.search(trust.withCode("clientelism"))));
        assertEquals(List.of(), segmentIds(search.search(trust.withCase("nobody"))));
        SegmentResults first = search.search(SegmentRequest.of("").withLimit(1));
        assertEquals(4, first.total());
        assertEquals(List.of("seg-paving"), segmentIds(first));
    }

    /** The model read directly, with the same filters, lists the same segments as the index. */
    @Test
    void theModelReadDirectlyListsWhatTheIndexLists() throws Exception {
        List<SegmentRequest> requests = List.of(SegmentRequest.of(""), SegmentRequest.of("").withCode("local TRUST"),
                SegmentRequest.of("").withCode("co-financing").withCase("gamma"),
                SegmentRequest.of("").withCode("Local trust").withCode("Co-financing"));
        for (SegmentRequest request : requests) {
            List<SegmentHit> fromModel = new ArrayList<>();
            for (Case c : library.root().getCases()) {
                for (Segment s : c.getSegments()) {
                    SegmentHit hit = SegmentHit.of(c, s);
                    if (request.passesFilters(hit)) {
                        fromModel.add(hit);
                    }
                }
            }
            fromModel.sort(SegmentHit.READING_ORDER);
            assertTrue(!fromModel.isEmpty(), request.toString());
            assertEquals(fromModel, search.search(request).hits(), request.toString());
        }
    }

    @Test
    void aCaseFieldInASegmentQueryIsRefusedByName() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> search.search(SegmentRequest.of("country:BR")));
        assertTrue(e.getMessage().contains("Unknown field 'country'") && e.getMessage().contains("code, codes, coder, case"),
                e.getMessage());
    }
}
