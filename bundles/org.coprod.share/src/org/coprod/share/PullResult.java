package org.coprod.share;

import java.util.List;

/**
 * How a pull ended: up to date, merged (with the cases whose files changed, which the caller reindexes), or waiting
 * for the user to answer conflicts (nothing in the library changed yet).
 *
 * @param changed the case ids whose files the pull changed, and {@link Conflict#LIBRARY} when the library file changed
 * @param backup  the ref that keeps the local state from before the pull, or null when nothing was merged
 */
public record PullResult(Outcome outcome, List<String> changed, List<Conflict> conflicts, String backup) {

    public enum Outcome {
        UP_TO_DATE, MERGED, CONFLICTS
    }

    public boolean hasConflicts() {
        return outcome == Outcome.CONFLICTS;
    }
}
