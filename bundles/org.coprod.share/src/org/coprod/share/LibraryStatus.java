package org.coprod.share;

import java.util.List;

/**
 * What differs between a shared library's files and its last commit, by case, and how far it is from the remote.
 *
 * @param ahead  local commits the remote does not have (as of the last fetch), -1 when there is no remote branch
 * @param behind remote commits not yet pulled (as of the last fetch), -1 when there is no remote branch
 */
public record LibraryStatus(List<ChangedCase> cases, boolean libraryFileChanged, List<String> otherFiles, int ahead, int behind,
        boolean pullPending) {

    public enum Kind {
        ADDED, CHANGED, DELETED
    }

    /** A case whose file was added, changed or deleted since the last commit. */
    public record ChangedCase(String id, String name, Kind kind) {
    }

    public boolean isClean() {
        return cases.isEmpty() && !libraryFileChanged && otherFiles.isEmpty();
    }
}
