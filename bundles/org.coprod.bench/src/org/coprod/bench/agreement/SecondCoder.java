package org.coprod.bench.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.coprod.bench.evidence.SyntheticEvidence;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.Coders;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Driver;
import org.coprod.model.DriverCoding;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;

/**
 * A second coder for a synthetic library: for most of the first coder's segments a segment of the same passage with
 * its ends moved a little, sometimes with another code, sometimes none, plus a few passages of its own; the case-level
 * codings copied with some cells and drivers changed. The same seed gives the same second coder.
 */
final class SecondCoder {

    private SecondCoder() {
    }

    static Coder add(SyntheticEvidence lib, long seed) {
        Random r = new Random(seed + 11);
        Coder second = Coders.create("bench-second", "Second Coder");
        lib.library.getCoders().add(second);
        CoprodFactory f = CoprodFactory.eINSTANCE;
        for (Case c : lib.library.getCases()) {
            List<Segment> copies = new ArrayList<>();
            for (Segment s : c.getSegments()) {
                if (r.nextInt(100) < 15) {
                    continue; // a passage the second coder did not code
                }
                int length = CodePoints.length(((Note) s.getText()).getText());
                Segment t = f.createSegment();
                t.setId(s.getId() + "-2");
                t.setText(s.getText());
                t.setStart(Math.max(0, s.getStart() + r.nextInt(21) - 10));
                t.setEnd(Math.max(t.getStart() + 1, Math.min(length, s.getEnd() + r.nextInt(21) - 10)));
                for (Code code : s.getCodes()) {
                    Code chosen = r.nextInt(100) < 10 ? lib.codes.get(r.nextInt(lib.codes.size())) : code;
                    if (!t.getCodes().contains(chosen)) {
                        t.getCodes().add(chosen);
                    }
                }
                t.setCoder(second);
                copies.add(t);
            }
            c.getSegments().addAll(copies);
            for (TypologyCoding coding : new ArrayList<>(c.getCodings())) {
                coding.setCoder(lib.coder);
                TypologyCoding other = f.createTypologyCoding();
                List<TypologyCell> cells = ((Typology) coding.getCell().eContainer()).getCells();
                other.setCell(r.nextInt(100) >= 20 ? coding.getCell() : cells.get(r.nextInt(cells.size())));
                other.setPhase(coding.getPhase());
                other.setComponent(coding.getComponent());
                other.setCoder(second);
                c.getCodings().add(other);
            }
            for (DriverCoding d : new ArrayList<>(c.getDrivers())) {
                d.setCoder(lib.coder);
                DriverCoding other = f.createDriverCoding();
                other.setDriver(r.nextInt(100) < 20 ? Driver.VALUES.get(r.nextInt(Driver.VALUES.size())) : d.getDriver());
                other.setCoder(second);
                c.getDrivers().add(other);
            }
        }
        return second;
    }
}
