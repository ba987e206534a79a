package org.coprod.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Note;
import org.coprod.model.Sector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecedentsTests {

    @TempDir
    static Path temp;
    static SampleFixture sample;

    @BeforeAll
    static void indexSampleLibrary() throws Exception {
        sample = SampleFixture.create(temp);
    }

    @AfterAll
    static void close() throws Exception {
        sample.close();
    }

    @Test
    void replicationOfAProgrammeIsAmongItsPrecedents() throws Exception {
        Case orangi = sample.library.findCase("opp-orangi-sanitation").orElseThrow();
        List<String> ids = new Precedents(sample.index).like(orangi, 5).stream().map(SearchHit::id).toList();
        assertTrue(ids.contains("opp-replication-pakistan"), ids.toString());
        assertFalse(ids.contains("opp-orangi-sanitation"), "never the case itself");
    }

    @Test
    void precedentsShareCellSectorOrCountryMoreOftenThanNot() throws Exception {
        Case porto = sample.library.findCase("porto-alegre-op").orElseThrow();
        List<SearchHit> hits = new Precedents(sample.index).like(porto, 5);
        assertEquals(5, hits.size());
        long sharing = hits.stream().map(h -> sample.library.findCase(h.id()).orElseThrow())
                .filter(c -> c.getCountries().contains("BR") || c.getSectors().contains(Sector.BUDGETING))
                .count();
        assertTrue(sharing >= 3, hits.toString());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
        }
    }

    @Test
    void anUnsavedCaseFindsPrecedentsByItsText() throws Exception {
        Case draft = CoprodFactory.eINSTANCE.createCase();
        draft.setId("draft");
        draft.setName("Residents finance lane sewers");
        Note note = CoprodFactory.eINSTANCE.createNote();
        note.setText("Residents of an informal settlement in Karachi dug and paid for sewers in their lanes, "
                + "with technical advice from an NGO, while the municipality laid trunk sewers.");
        draft.getNotes().add(note);
        List<String> ids = new Precedents(sample.index).like(draft, 3).stream().map(SearchHit::id).toList();
        assertEquals("opp-orangi-sanitation", ids.get(0), ids.toString());
    }
}
