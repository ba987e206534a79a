package org.coprod.share;

/**
 * A field that one version of a case (or of the library file) holds differently from an earlier one, as text;
 * {@code before} is null for a field or element added, {@code after} for one removed.
 */
public record FieldChange(String feature, String before, String after) {
}
