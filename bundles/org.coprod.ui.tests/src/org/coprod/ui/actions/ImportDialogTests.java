package org.coprod.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.core.importer.CaseImporter;
import org.coprod.core.importer.CaseTable;
import org.coprod.core.importer.ImportPlan;
import org.coprod.testing.SampleLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Import Cases dialog's account of a plan: counted from the plan, and a refused plan imports nothing. */
class ImportDialogTests {

    @TempDir
    Path dir;

    @Test
    void aRefusedPlanIsSaidToImportNothingAndASkippingOneCountsWhatItAdds() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Path csv = Files.writeString(dir.resolve("two.csv"), "id,name,countries\nrecife-pb,Recife,BR\nbad-row,Bad,XX\n");
        CaseTable table = CaseTable.read(csv);
        ImportPlan strict = new CaseImporter(session.library()).plan(table, CaseImporter.Options.STRICT);
        assertEquals("2 rows read; 1 error, no warnings. Nothing would be imported.", ImportDialog.summaryOf(strict, 2, 1, 0));
        ImportPlan skipping = new CaseImporter(session.library()).plan(table, new CaseImporter.Options(true, false));
        assertEquals("2 rows read; 1 error, no warnings. Importing adds 1 case and no actors, changes no cases, skips 1 row.",
                ImportDialog.summaryOf(skipping, 2, 1, 0));
    }
}
