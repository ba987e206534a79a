package org.coprod.ui.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;

/** The codes used last in a library, newest first, offered first by every coding pane's menu and quick-code box. */
final class RecentCodes {

    private static final int KEPT = 8;
    private static final Map<CaseLibrary, List<Code>> RECENT = new WeakHashMap<>();

    private RecentCodes() {
    }

    static synchronized void used(CaseLibrary library, Code code) {
        List<Code> list = RECENT.computeIfAbsent(library, k -> new ArrayList<>());
        list.remove(code);
        list.add(0, code);
        if (list.size() > KEPT) {
            list.remove(KEPT);
        }
    }

    /** The recent codes still in the library's codebook and still codable. */
    static synchronized List<Code> of(CaseLibrary library) {
        List<Code> list = RECENT.getOrDefault(library, List.of());
        return list.stream().filter(c -> library.getCodebook() != null && library.getCodebook().getCodes().contains(c) && c.isCodable())
                .toList();
    }
}
