package org.coprod.agreement;

import org.coprod.model.CodableText;

/**
 * A text some coder coded passages of: its length in code points (the units of the comparison) and a fingerprint
 * that tells whether two copies of a library hold the same text under the same id.
 */
public record CodedText(TextKey key, String title, int length, String fingerprint, CodableText text) {
}
