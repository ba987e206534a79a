package org.coprod.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coprod.core.CaseId;
import org.coprod.core.Ids;
import org.coprod.core.LoadProblem;
import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.BuiltInCodes.CellMeaning;
import org.coprod.core.evidence.BuiltInCodes.Meaning;
import org.coprod.core.evidence.Records;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.CodedRecord;
import org.coprod.model.CoprodFactory;
import org.coprod.refi.ProjectParts.CaseIn;
import org.coprod.refi.ProjectParts.ValueIn;
import org.eclipse.osgi.util.NLS;

/**
 * Turns the project's cases into the library's: each gets an id (the one it carried as "Case id", or one made from its
 * name), a case the library already has is refused, skipped or merged as the options say (never overwritten), and
 * its variables become the facts they name ({@link CaseVariables}); a variable the workbench has no fact for, and a
 * value it cannot read, are kept as text in a memo of the case and named in the report.
 */
final class CasePlanning {

    /** What becomes of one case of the project. */
    static final class Planned {
        final CaseIn in;
        /** The case the import fills: a new case, or (for a merge) one of its own that is merged when the import is applied. */
        final Case target;
        /** The library's case a merge goes into, or null. */
        final Case existing;

        Planned(CaseIn in, Case target, Case existing) {
            this.in = in;
            this.target = target;
            this.existing = existing;
        }
    }

    private final ImportContext ctx;
    final Map<String, Planned> kept = new LinkedHashMap<>();
    final Set<String> skipped = new HashSet<>();
    /** Case ids of every case of the project (kept or skipped), by GUID, and the other way round. */
    final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> guids = new HashMap<>();
    private final Set<String> takenIds = new HashSet<>();
    private final Map<String, List<String>> unknownVariables = new LinkedHashMap<>();

    CasePlanning(ImportContext ctx) {
        this.ctx = ctx;
        ctx.root.getCases().forEach(c -> takenIds.add(c.getId()));
    }

    void plan() {
        for (CaseIn in : ctx.cases.values()) {
            decide(in);
        }
        for (Planned p : kept.values()) {
            facts(p);
        }
        unknownVariables.forEach((name, cases) -> ctx.report.note("Variable", name, cases.size() == 1
                ? NLS.bind(Messages.Reason_variableOneCase, cases.get(0)) : NLS.bind(Messages.Reason_variableCases, cases.size())));
    }

    private void decide(CaseIn in) {
        String name = in.name() == null || in.name().isBlank() ? "Case " + in.guid().substring(0, 8) : XmlOut.clean(in.name().strip());
        String carried = value(in.values(), CaseVariables.CASE_ID.name());
        String id = carried != null && CaseId.problem(carried).isEmpty() ? carried : Ids.fromName(name, "case");
        if (carried != null && !carried.equals(id)) {
            ctx.report.changed("Case", name, NLS.bind(Messages.Reason_caseIdInvalid, new Object[] {carried, id}));
        }
        Optional<Case> existing = ctx.library.findCase(id);
        if (existing.isEmpty() && !takenIds.add(id)) {
            String unique = Ids.unique(id, takenIds::contains);
            takenIds.add(unique);
            ctx.report.changed("Case", name, NLS.bind(Messages.Reason_caseIdTaken, new Object[] {id, unique}));
            id = unique;
        }
        ids.put(in.guid(), id);
        guids.putIfAbsent(id, in.guid());
        Optional<LoadProblem> damaged = ctx.library.problemWith(ctx.library.caseFile(id));
        if (damaged.isPresent()) {
            ctx.report.error("case '" + name + "': the library's file for '" + id + "' could not be read (" + damaged.get().message()
                    + ") and is never written over: repair or remove it first");
            skipped.add(in.guid());
            return;
        }
        Case target = CoprodFactory.eINSTANCE.createCase();
        target.setId(id);
        target.setName(name);
        if (in.description() != null && !in.description().isBlank()) {
            target.setSummary(XmlOut.clean(in.description().strip()));
        }
        if (existing.isPresent()) {
            switch (ctx.options.existing()) {
                case REFUSE -> {
                    ctx.report.error("case '" + name + "': the library already has a case '" + id + "'; nothing is imported unless you"
                            + " choose to skip the cases it has or to merge into them");
                    skipped.add(in.guid());
                    return;
                }
                case SKIP -> {
                    ctx.report.note("Case", name, NLS.bind(Messages.Reason_caseSkipped, id));
                    ctx.report.casesSkipped++;
                    skipped.add(in.guid());
                    return;
                }
                case MERGE -> {
                    ctx.report.note("Case", name, NLS.bind(Messages.Reason_caseMerged, id));
                    ctx.report.casesMerged++;
                }
            }
        } else {
            ctx.report.cases++;
        }
        kept.put(in.guid(), new Planned(in, target, existing.orElse(null)));
    }

    private void facts(Planned p) {
        Case c = p.target;
        List<String> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        CaseVariables.Reading reading = new CaseVariables.Reading(ctx.root, ctx::unknown, problems::add, p.existing);
        for (ValueIn v : p.in.values()) {
            String key = CaseVariables.key(v.name());
            if (key.equals(CaseVariables.key(CaseVariables.CASE_ID.name()))) {
                continue;
            }
            if (key.equals(CaseVariables.key(CaseVariables.PARENT.name()))) {
                parent(c, v.value().strip());
                continue;
            }
            int before = problems.size();
            if (!CaseVariables.read(c, v.name(), XmlOut.clean(v.value()), reading)) {
                unknown.add(v.name() + ": " + v.value());
                unknownVariables.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(c.getId());
            } else if (problems.size() > before) {
                for (String why : problems.subList(before, problems.size())) {
                    ctx.report.notCarried("VariableValue", v.name(),
                            NLS.bind(Messages.Reason_variableAsMemo, new Object[] {c.getId(), why}));
                }
                unknown.add(v.name() + ": " + v.value());
            } else {
                ctx.report.variables++;
            }
        }
        if (!unknown.isEmpty()) {
            StringBuilder text = new StringBuilder("Variables of the case in " + ctx.archive.what()
                    + " that the workbench keeps no fact for, or could not read:\n");
            unknown.forEach(u -> text.append("\n- ").append(XmlOut.clean(u)));
            c.getMemos().add(MemoPlanning.memo("memo-" + Guids.of("variables", p.in.guid()), text.toString(), null, null));
            ctx.report.memos++;
        }
        for (String ref : p.in.codeRefs()) {
            caseCode(p, ref);
        }
    }

    private void parent(Case c, String parentId) {
        boolean known = guids.containsKey(parentId) || ctx.library.findCase(parentId).isPresent();
        if (!known) {
            ctx.report.notCarried("VariableValue", CaseVariables.PARENT.name(),
                    NLS.bind(Messages.Reason_parentMissing, new Object[] {c.getId(), parentId}));
            return;
        }
        deferredParents.put(c, parentId);
    }

    /** Parents are set once every case is planned, since a parent may come later in the file. */
    final Map<Case, String> deferredParents = new LinkedHashMap<>();

    /** Sets each planned case's parent, refusing one that would make a case its own ancestor. */
    void resolveParents() {
        Map<String, Case> byId = new LinkedHashMap<>();
        kept.values().forEach(p -> byId.put(p.target.getId(), p.existing != null ? p.existing : p.target));
        for (Map.Entry<Case, String> e : deferredParents.entrySet()) {
            Case parent = byId.containsKey(e.getValue()) ? byId.get(e.getValue()) : ctx.library.findCase(e.getValue()).orElse(null);
            if (parent == null) {
                ctx.report.notCarried("VariableValue", CaseVariables.PARENT.name(),
                        NLS.bind(Messages.Reason_parentSkipped, new Object[] {e.getKey().getId(), e.getValue()}));
                continue;
            }
            Set<Case> seen = new HashSet<>();
            boolean cycle = false;
            for (Case x = parent; x != null && seen.add(x); x = x.getParent()) {
                cycle |= x.getId().equals(e.getKey().getId());
            }
            if (cycle) {
                ctx.report.notCarried("VariableValue", CaseVariables.PARENT.name(),
                        NLS.bind(Messages.Reason_parentCycle, new Object[] {e.getKey().getId(), e.getValue()}));
            } else {
                e.getKey().setParent(parent);
            }
        }
    }

    /** A code applied to the case as a whole: a built-in code records its conclusion; a researcher's code has no place. */
    @SuppressWarnings("unchecked")
    private void caseCode(Planned p, String ref) {
        Code code = ctx.code(ref);
        if (code == null) {
            ctx.report.notCarried("CodeRef", ref, NLS.bind(Messages.Reason_caseCodeMissing, p.target.getId()));
            return;
        }
        Optional<Meaning> meaning = BuiltInCodes.meaning(ctx.root, code);
        if (meaning.isEmpty()) {
            ctx.report.notCarried("CodeRef", code.getName(), NLS.bind(Messages.Reason_caseCodedWhole, p.target.getId()));
            return;
        }
        if (meaning.get() instanceof CellMeaning cell && !cell.cell().isApplicable()) {
            ctx.report.notCarried("CodeRef", code.getName(), NLS.bind(Messages.Reason_caseCellNotApplicable, p.target.getId()));
            return;
        }
        if (Records.matching(p.target, meaning.get()).isEmpty()
                && (p.existing == null || Records.matching(p.existing, meaning.get()).isEmpty())) {
            CodedRecord record = Records.create(meaning.get(), ctx.unknown(), null);
            ((List<Object>) p.target.eGet(Records.feature(meaning.get()))).add(record);
        }
    }

    /** The first value of a variable (by name, spelled in any of the ways {@link CaseVariables#key} accepts). */
    static String value(List<ValueIn> values, String name) {
        return values.stream().filter(v -> CaseVariables.key(v.name()).equals(CaseVariables.key(name))).map(v -> v.value().strip())
                .findFirst().orElse(null);
    }

    /** The planned case with an id among the project's cases, kept or not (null when no case of the project has it). */
    Optional<String> guidOf(String id) {
        return Optional.ofNullable(guids.get(id));
    }
}
