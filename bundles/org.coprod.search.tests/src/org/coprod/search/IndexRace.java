package org.coprod.search;

import java.nio.file.Path;

import org.coprod.core.Library;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A separate program for {@link ConcurrentIndexTests}: searches every case of a library as {@code coprod search ""}
 * does (open the index, bring it up to date, search), and prints {@code total N}.
 */
public final class IndexRace {

    private IndexRace() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(IndexFolder.CACHE_PROPERTY, args[1]);
        Library library = Library.open(Path.of(args[0]));
        try (CaseIndex index = CaseIndex.open(library, notice -> System.out.println("notice: " + notice))) {
            if (index.isWritable()) {
                index.synchronize(new NullProgressMonitor());
            }
            System.out.println("total " + new CaseSearch(index).search(SearchRequest.of("").withLimit(1)).total());
        }
    }
}
