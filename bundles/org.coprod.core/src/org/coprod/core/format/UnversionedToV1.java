package org.coprod.core.format;

import org.coprod.model.CaseLibrary;

/**
 * From unversioned libraries (0) to version 1: version 1 only began recording the version, so the content is read as
 * it is; the upgrade marks it with the version, which the next save writes.
 */
final class UnversionedToV1 implements FormatStep {

    @Override
    public int from() {
        return 0;
    }

    @Override
    public void upgrade(CaseLibrary library) {
        // Nothing to change: the content of version 0 is that of version 1.
    }
}
