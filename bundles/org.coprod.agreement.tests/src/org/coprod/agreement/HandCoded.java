package org.coprod.agreement;

import java.util.List;

import org.coprod.core.BovairdTypology;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Driver;
import org.coprod.model.DriverCoding;
import org.coprod.model.Note;
import org.coprod.model.Phase;
import org.coprod.model.Segment;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCoding;

/** A library built in memory by a test, so that the test knows every passage and choice each coder made. */
final class HandCoded {

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;

    final CaseLibrary library = F.createCaseLibrary();
    final Typology bovaird = BovairdTypology.create();
    private int segments;

    HandCoded() {
        library.setName("Hand-coded");
        library.setCodebook(F.createCodebook());
        library.getTypologies().add(bovaird);
    }

    Coder coder(String id, String name) {
        Coder c = F.createCoder();
        c.setId(id);
        c.setName(name);
        library.getCoders().add(c);
        return c;
    }

    Code code(String id, String name) {
        Code c = F.createCode();
        c.setId(id);
        c.setName(name);
        library.getCodebook().getCodes().add(c);
        return c;
    }

    Case addCase(String id) {
        Case c = F.createCase();
        c.setId(id);
        c.setName("Case " + id);
        library.getCases().add(c);
        return c;
    }

    Note note(Case c, String id, String text) {
        Note n = F.createNote();
        n.setId(id);
        n.setTitle("Note " + id);
        n.setText(text);
        c.getNotes().add(n);
        return n;
    }

    Document document(Case c, String id, int length) {
        Document d = F.createDocument();
        d.setId(id);
        d.setTitle("Document " + id);
        d.setLength(length);
        library.getDocuments().add(d);
        c.getDocuments().add(d);
        return d;
    }

    Segment segment(Case c, CodableText text, int start, int end, Coder coder, Code... codes) {
        Segment s = F.createSegment();
        s.setId("seg-" + ++segments);
        s.setText(text);
        s.setStart(start);
        s.setEnd(end);
        s.setCoder(coder);
        s.getCodes().addAll(List.of(codes));
        c.getSegments().add(s);
        return s;
    }

    Phase phase(Case c, String id, String label) {
        Phase p = F.createPhase();
        p.setId(id);
        p.setLabel(label);
        c.getPhases().add(p);
        return p;
    }

    TypologyCoding place(Case c, String cell, Phase phase, Coder coder) {
        TypologyCoding t = F.createTypologyCoding();
        t.setCell(bovaird.getCells().stream().filter(x -> x.getCode().equals(cell)).findFirst().orElseThrow());
        t.setPhase(phase);
        t.setCoder(coder);
        c.getCodings().add(t);
        return t;
    }

    DriverCoding driver(Case c, Driver driver, Coder coder) {
        DriverCoding d = F.createDriverCoding();
        d.setDriver(driver);
        d.setCoder(coder);
        c.getDrivers().add(d);
        return d;
    }
}
