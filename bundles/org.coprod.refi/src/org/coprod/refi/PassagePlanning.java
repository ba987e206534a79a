package org.coprod.refi;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.BuiltInCodes.CellMeaning;
import org.coprod.core.evidence.BuiltInCodes.Meaning;
import org.coprod.core.evidence.Records;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.CodedRecord;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Segment;
import org.coprod.refi.ProjectParts.CodingIn;
import org.coprod.refi.ProjectParts.SelectionIn;
import org.coprod.refi.ProjectParts.SourceIn;
import org.eclipse.osgi.util.NLS;

/**
 * Turns selections into the library's coded passages: one segment per selection and coder (two coders who coded
 * the same words keep a segment each, so their agreement can be measured), carrying every code they applied; the
 * selection's description and notes become the segment's memo. A passage coded with a built-in code also records
 * the conclusion it stands for on the case, with the passage as its evidence, as coding it in the workbench does.
 */
final class PassagePlanning {

    private final ImportContext ctx;
    private final MemoPlanning memos;
    private final Set<Code> madeCodable = new HashSet<>();
    private final Set<String> segmentIds = new HashSet<>();
    private final Map<String, Integer> uncoded = new LinkedHashMap<>();
    /** The segments each selection became, for notes linked to a selection. */
    final Map<String, List<Segment>> bySelection = new HashMap<>();

    PassagePlanning(ImportContext ctx, MemoPlanning memos) {
        this.ctx = ctx;
        this.memos = memos;
    }

    void add(CasePlanning.Planned owner, CodableText text, SourceIn source, SelectionIn sel) {
        Case c = owner.target;
        Map<String, List<CodingIn>> byCoder = new LinkedHashMap<>();
        for (CodingIn coding : sel.codings()) {
            if (!ctx.cases.containsKey(coding.code())) { // a coding with a case (NVivo) only says whose text it is
                String coder = coding.user() != null ? coding.user() : String.valueOf(sel.user());
                byCoder.computeIfAbsent(coder, k -> new ArrayList<>()).add(coding);
            }
        }
        if (byCoder.isEmpty()) {
            uncoded.merge(source.name(), 1, Integer::sum);
            return;
        }
        boolean first = true;
        for (Map.Entry<String, List<CodingIn>> group : byCoder.entrySet()) {
            List<Code> codes = codes(group.getValue(), source.name());
            if (codes.isEmpty()) {
                continue;
            }
            Coder coder = ctx.coder(group.getKey().equals("null") ? null : group.getKey());
            Date when = group.getValue().stream().map(CodingIn::date).filter(d -> d != null).min(Date::compareTo).orElse(sel.date());
            Segment same = c.getSegments().stream()
                    .filter(s -> s.getText() == text && s.getStart() == sel.start() && s.getEnd() == sel.end() && s.getCoder() == coder)
                    .findFirst().orElse(null);
            Segment segment = same != null ? same : segment(sel, text, source, coder, when, first ? "" : group.getKey());
            for (Code code : codes) {
                if (!segment.getCodes().contains(code)) {
                    segment.getCodes().add(code);
                    ctx.report.codings++;
                }
            }
            String memo = memos.passageMemo(sel, group.getValue());
            if (memo != null) {
                if (segment.getMemo() == null) {
                    segment.setMemo(MemoPlanning.memo("memo-" + Guids.of("passage", segment.getId()), memo, coder, when));
                    ctx.report.memos++;
                } else if (!segment.getMemo().getText().contains(memo)) {
                    segment.getMemo().setText(segment.getMemo().getText() + "\n\n" + memo);
                }
            }
            if (same == null) {
                c.getSegments().add(segment);
                ctx.report.segments++;
            }
            bySelection.computeIfAbsent(sel.guid(), k -> new ArrayList<>()).add(segment);
            records(c, segment, codes, coder, when);
            if (text instanceof Document d && !c.getDocuments().contains(d)) {
                c.getDocuments().add(d);
            }
            first = false;
        }
    }

    private Segment segment(SelectionIn sel, CodableText text, SourceIn source, Coder coder, Date when, String coderKey) {
        Segment s = CoprodFactory.eINSTANCE.createSegment();
        String id = coderKey.isEmpty() ? "seg-" + sel.guid() : "seg-" + Guids.of("segment", sel.guid() + "/" + coderKey);
        for (int n = 2; !segmentIds.add(id); n++) {
            id = "seg-" + Guids.of("segment", sel.guid() + "/" + coderKey + "/" + n); // a project that gives two selections one GUID
        }
        s.setId(id);
        s.setText(text);
        s.setStart(sel.start());
        s.setEnd(sel.end());
        s.setQuote(XmlOut.clean(source.text().slice(sel.start(), sel.end())));
        s.setCoder(coder);
        s.setCodedOn(when);
        return s;
    }

    /** The codes a coder's codings apply; one the project lacks, or a group of the library's, is reported. */
    private List<Code> codes(List<CodingIn> codings, String source) {
        List<Code> out = new ArrayList<>();
        for (CodingIn coding : codings) {
            Code code = ctx.code(coding.code());
            if (code == null) {
                ctx.report.notCarried("Coding", coding.guid(),
                        NLS.bind(Messages.Reason_codingCodeMissing, new Object[] {source, coding.code()}));
                continue;
            }
            if (!code.isCodable()) {
                if (ctx.newCodes.contains(code)) {
                    if (madeCodable.add(code)) {
                        code.setCodable(true);
                        ctx.report.changed("Code", code.getName(), Messages.Reason_categoryMadeCode);
                    }
                } else {
                    ctx.report.notCarried("Coding", coding.guid(),
                            NLS.bind(Messages.Reason_codingGroup, new Object[] {source, code.getName()}));
                    continue;
                }
            }
            Optional<Meaning> meaning = BuiltInCodes.meaning(ctx.root, code);
            if (meaning.isPresent() && meaning.get() instanceof CellMeaning cell && !cell.cell().isApplicable()) {
                ctx.report.notCarried("Coding", coding.guid(),
                        NLS.bind(Messages.Reason_codingCellNotApplicable, new Object[] {source, cell.cell().getCode()}));
                continue;
            }
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void records(Case c, Segment segment, List<Code> codes, Coder coder, Date when) {
        for (Code code : codes) {
            Optional<Meaning> meaning = BuiltInCodes.meaning(ctx.root, code);
            if (meaning.isEmpty()) {
                continue;
            }
            Optional<CodedRecord> record = Records.matching(c, meaning.get());
            if (record.isPresent()) {
                if (!record.get().getSegments().contains(segment)) {
                    record.get().getSegments().add(segment);
                }
            } else {
                CodedRecord made = Records.create(meaning.get(), coder, when);
                made.getSegments().add(segment);
                ((List<Object>) c.eGet(Records.feature(meaning.get()))).add(made);
            }
        }
    }

    /** Reports the selections that carried no code (such as annotations), one line per source. */
    void finish() {
        uncoded.forEach((source, n) -> ctx.report.notCarried("PlainTextSelection", source, n == 1
                ? NLS.bind(Messages.Reason_uncodedOne, n) : NLS.bind(Messages.Reason_uncodedMany, n)));
    }
}
