package org.coprod.ui.matrix;

import org.coprod.model.Confidence;
import org.coprod.model.Phase;

/** What a coder says when dropping a case on a cell: for which phase (null: the whole case), which component, how sure. */
public record CodingRequest(Phase phase, String component, Confidence confidence, String justification) {
}
