package org.coprod.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Library navigator shows under a case: the documents it draws on, each opened for that case. */
class CaseDocumentTests {

    @TempDir
    Path dir;

    @Test
    void aCaseListsItsDocumentsByTitleAndAnotherCaseNone() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        List<CaseDocument> docs = CaseDocument.of(lib.session, lib.theCase().getId());
        assertEquals(List.of(new CaseDocument(lib.theCase().getId(), lib.document())), docs);
        assertEquals("Ward minutes", docs.get(0).title());
        String other = lib.root().getCases().stream().filter(c -> c.getDocuments().isEmpty()).findFirst().orElseThrow().getId();
        assertTrue(CaseDocument.of(lib.session, other).isEmpty());
        assertTrue(CaseDocument.of(lib.session, "no-such-case").isEmpty());
    }
}
