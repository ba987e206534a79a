package org.coprod.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.search.CaseIndex;
import org.coprod.share.Conflict;

/** Reindexes only the cases a pull changed, in a library that has a search index (one without is indexed when searched). */
final class PulledCases {

    private PulledCases() {
    }

    /** @return how many cases were reindexed or removed from the index, or -1 when the library has no index yet */
    static int reindex(Path folder, List<String> changed) throws IOException {
        List<String> ids = changed.stream().filter(id -> !id.equals(Conflict.LIBRARY) && !id.contains("/")).toList();
        // Only the changed cases' files are read: reading all of a large library again cost more than the pull itself.
        Library library = Library.openCases(folder, ids);
        if (!Files.isDirectory(CaseIndex.folderOf(library))) {
            return -1;
        }
        List<Case> updated = new ArrayList<>(library.root().getCases());
        List<String> deleted = new ArrayList<>(ids);
        updated.forEach(c -> deleted.remove(c.getId()));
        try (CaseIndex index = CaseIndex.open(library)) {
            index.update(updated);
            index.delete(deleted);
            index.commit();
        }
        return updated.size() + deleted.size();
    }
}
