package org.coprod.core.format;

import org.coprod.model.CaseLibrary;

/**
 * One step of {@link FormatVersion}'s history: it changes a library loaded from a file of version {@link #from()} into
 * what version {@code from() + 1} holds, in memory. It sees the library with its readable cases (a case file that could
 * not be read is never written back, so it needs no upgrade). A step that renames or drops a feature has the old one
 * loaded with {@code XMLResource.OPTION_RECORD_UNKNOWN_FEATURE} and reads it from the resource's extension map.
 */
public interface FormatStep {

    /** The version the step reads. */
    int from();

    /** Changes the library (and its cases) from version {@link #from()} to the next. */
    void upgrade(CaseLibrary library);
}
