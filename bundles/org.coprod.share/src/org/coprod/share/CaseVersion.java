package org.coprod.share;

import java.time.Instant;
import java.util.List;

/** One commit in a case's history: who, when, why, and what it changed in the case, field by field. */
public record CaseVersion(String commit, String author, Instant when, String message, List<FieldChange> changes) {
}
