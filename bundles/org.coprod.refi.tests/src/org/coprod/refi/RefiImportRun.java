package org.coprod.refi;

import java.nio.file.Path;

import org.coprod.core.Library;

/** A separate program for {@link KilledImportTests}: imports a REFI-QDA project into an existing library, once. */
public final class RefiImportRun {

    private RefiImportRun() {
    }

    public static void main(String[] args) throws Exception {
        Library library = Library.open(Path.of(args[0]));
        RefiPlan plan = new RefiImport(library, RefiImport.Options.DEFAULT).plan(Path.of(args[1]), null);
        if (!plan.applicable()) {
            System.out.println("refused " + plan.report().errors());
            return;
        }
        System.out.println("saving");
        System.out.flush();
        plan.commit(library, false);
        System.out.println("saved");
    }
}
