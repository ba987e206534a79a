package org.coprod.agreement;

import java.util.ArrayList;
import java.util.List;

import org.coprod.model.CaseLibrary;
import org.coprod.model.Coder;
import org.eclipse.osgi.util.NLS;

/**
 * Agreement between coders who coded the same texts and cases: in one library, one rater per coder; or between two
 * copies of a library merged by case, one rater per copy.
 */
public final class Agreement {

    private Agreement() {
    }

    /**
     * The coders of one library compared.
     *
     * @param coders the coders to compare; empty: every coder with coded passages or case-level codings
     */
    public static AgreementReport inLibrary(CaseLibrary library, List<Coder> coders) {
        WorkReader reader = new WorkReader(library);
        List<Work> works = reader.byCoder(library, coders);
        return compare(works, false, reader);
    }

    /**
     * Two copies of a library compared, matched by case id and text id: each copy is one rater.
     *
     * @param firstCoder  the one coder whose work counts in the first copy, or null for all of it; the same for the second
     */
    public static AgreementReport betweenLibraries(CaseLibrary first, Rater firstRater, Coder firstCoder, CaseLibrary second,
            Rater secondRater, Coder secondCoder) {
        WorkReader reader = new WorkReader(first);
        List<Work> works = List.of(reader.whole(first, firstRater, firstCoder), reader.whole(second, secondRater, secondCoder));
        return compare(works, true, reader);
    }

    /** Every pair of raters for passages, all raters together for the case-level codings. */
    static AgreementReport compare(List<Work> works, boolean wholeLibraries, WorkReader reader) {
        List<String> notes = new ArrayList<>();
        List<PassageComparison> passages = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            for (int j = i + 1; j < works.size(); j++) {
                PassageComparison pair = PassageComparison.of(works.get(i), works.get(j));
                passages.add(pair);
                notes.addAll(pair.skipped());
            }
        }
        if (works.size() < 2) {
            notes.add(works.isEmpty() ? Messages.Note_nobody : NLS.bind(Messages.Note_onlyOne, works.get(0).rater()));
        }
        for (Work w : works) {
            if (w.clipped() > 0) {
                notes.add(w.clipped() == 1 ? NLS.bind(Messages.Note_clippedOne, w.rater())
                        : NLS.bind(Messages.Note_clipped, w.clipped(), w.rater()));
            }
        }
        for (TextKey t : reader.unreadable()) {
            notes.add(NLS.bind(Messages.Note_unreadable, t));
        }
        CaseComparison cases = CaseComparison.of(works, wholeLibraries);
        return new AgreementReport(works.stream().map(Work::rater).toList(), List.copyOf(passages), cases, reader.codeNames(),
                List.copyOf(notes));
    }
}
