package org.coprod.share;

import java.time.Instant;
import java.util.List;

/**
 * One commit in a case's history: who, when, why, and what it changed in the case, field by field.
 *
 * @param merge whether the commit is a pull's merge: its changes are what the merge brought in, which others made
 */
public record CaseVersion(String commit, String author, Instant when, String message, boolean merge, List<FieldChange> changes) {
}
