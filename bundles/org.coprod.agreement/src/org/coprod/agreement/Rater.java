package org.coprod.agreement;

/** One of the coders being compared: a coder of the library, or a whole library compared with a copy of it. */
public record Rater(String id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
