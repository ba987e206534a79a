package org.coprod.core.format;

import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.NoteIds;
import org.coprod.core.evidence.Records;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CodedRecord;
import org.coprod.model.Coder;

/**
 * From version 1 to 2, which added evidence (coders, documents, a codebook, segments, memos): every conclusion coded
 * before is attributed to the unknown coder (never to whoever opens the library), every note gets an id so that
 * passages of it can be coded, and the codebook is made with the built-in codes.
 */
final class V1ToV2 implements FormatStep {

    @Override
    public int from() {
        return 1;
    }

    @Override
    public void upgrade(CaseLibrary library) {
        Coder unknown = Coders.byId(library, Coders.UNKNOWN_ID).orElse(null);
        for (Case c : library.getCases()) {
            NoteIds.assign(c);
            for (CodedRecord r : Records.all(c)) {
                if (r.getCoder() == null) {
                    if (unknown == null) {
                        unknown = Coders.unknown();
                        library.getCoders().add(unknown);
                    }
                    r.setCoder(unknown);
                }
            }
        }
        BuiltInCodes.ensure(library);
    }
}
