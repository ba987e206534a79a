package org.coprod.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.ui.summary.CaseSummary;

/**
 * The cases of a session by id, and their summaries: the summaries come first (from the cache, before the library has
 * loaded), then follow the loaded cases as commands add, remove and change them.
 */
final class LoadedCases {

    private final Map<String, CaseSummary> summaries = new LinkedHashMap<>();
    private final Map<String, Case> byId = new HashMap<>();

    LoadedCases(List<CaseSummary> cached) {
        cached.forEach(s -> summaries.put(s.id(), s));
    }

    Collection<CaseSummary> summaries() {
        return summaries.values();
    }

    Case find(String id) {
        return byId.get(id);
    }

    /** Whether the id is taken, by a loaded case or by one only known from its summary (a file that failed to load). */
    boolean known(String id) {
        return byId.containsKey(id) || summaries.containsKey(id);
    }

    Collection<String> ids() {
        return byId.keySet();
    }

    /**
     * Follows the library after the cases in {@code touched} changed: when a case came or went (or was replaced by a
     * command, as recovery does) the whole map is rebuilt; otherwise only the touched cases' summaries are.
     */
    void follow(CaseLibrary root, List<Case> changedNow, Collection<Case> touched) {
        boolean structure = root.getCases().size() != byId.size();
        for (Case c : changedNow) {
            structure |= byId.get(c.getId()) != c && c.eContainer() == root;
        }
        if (structure) {
            load(root, touched);
            return;
        }
        for (Case c : touched) {
            if (byId.get(c.getId()) == c) {
                summaries.put(c.getId(), CaseSummary.of(c));
            }
        }
    }

    /** Follows the library after the cases in {@code read} were read again from their files: their summaries are new. */
    void reread(CaseLibrary root, Collection<Case> read, Collection<Case> touched) {
        read.forEach(c -> summaries.remove(c.getId()));
        load(root, touched);
    }

    /** Takes the library's cases; summaries follow them (new ones added, removed ones dropped, in id order). */
    void load(CaseLibrary root, Collection<Case> touched) {
        byId.clear();
        for (Case c : root.getCases()) {
            byId.put(c.getId(), c);
        }
        Map<String, CaseSummary> fresh = new TreeMap<>();
        for (Case c : byId.values()) {
            CaseSummary s = summaries.get(c.getId());
            fresh.put(c.getId(), s == null || touched.contains(c) ? CaseSummary.of(c) : s);
        }
        summaries.clear();
        summaries.putAll(fresh);
    }
}
