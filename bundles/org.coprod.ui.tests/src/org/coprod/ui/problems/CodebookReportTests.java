package org.coprod.ui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.coprod.core.evidence.CodebookChanges;
import org.coprod.model.Code;
import org.coprod.model.CoprodPackage;
import org.coprod.ui.CodedNotes;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.problems.CaseReport.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Problems view's codebook row: a code that can be applied and has no definition is a warning about that code. */
class CodebookReportTests {

    @TempDir
    Path dir;

    @Test
    void aCodeWithoutADefinitionIsReportedAndAGroupIsNot() throws Exception {
        WorkbenchSession session = CodedNotes.open(dir);
        assertTrue(CodebookReport.of(session.library().root()).issues().isEmpty(), "every code of the fixture has a definition");
        Code vague = CodebookChanges.create("vague", null, null, "#123456");
        session.execute(CodebookChanges.add(session.editingDomain(), session.library().root().getCodebook(), vague));
        Code group = CodebookChanges.create("A group", null, null, null);
        group.setCodable(false);
        session.execute(CodebookChanges.add(session.editingDomain(), session.library().root().getCodebook(), group));

        CodebookReport report = CodebookReport.of(session.library().root());
        assertEquals(1, report.issues().size(), report.issues().toString());
        Issue issue = report.issues().get(0);
        assertEquals(vague, issue.owner());
        assertEquals(CoprodPackage.Literals.CODE__DEFINITION, issue.feature());
        assertNull(issue.theCase());
        assertTrue(issue.message().contains("vague"), issue.message());
        assertEquals(1, report.warnings());
    }
}
