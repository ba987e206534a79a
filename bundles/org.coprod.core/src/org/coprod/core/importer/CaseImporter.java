package org.coprod.core.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coprod.core.BovairdTypology;
import org.coprod.core.Countries;
import org.coprod.core.EnumText;
import org.coprod.core.Ids;
import org.coprod.core.Labels;
import org.coprod.core.Library;
import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.AssignedBy;
import org.coprod.model.Benefit;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.Collector;
import org.coprod.model.CoProducerType;
import org.coprod.model.Confidence;
import org.coprod.model.ContributionKind;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.DataActivity;
import org.coprod.model.Driver;
import org.coprod.model.DriverCoding;
import org.coprod.model.Evidence;
import org.coprod.model.EvidenceType;
import org.coprod.model.InitiatorMode;
import org.coprod.model.Level;
import org.coprod.model.Limitation;
import org.coprod.model.LimitationClaim;
import org.coprod.model.NetworkLevel;
import org.coprod.model.Note;
import org.coprod.model.Outcome;
import org.coprod.model.OutcomeDomain;
import org.coprod.model.Phase;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.coprod.model.RoleKind;
import org.coprod.model.Sector;
import org.coprod.model.Source;
import org.coprod.model.SourceRef;
import org.coprod.model.StateStance;
import org.coprod.model.StrategyContext;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;
import org.coprod.model.ValueChainStage;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;

/**
 * Turns the rows of a {@link CaseTable} into cases of a library, one row per case (the layout is in the README).
 * Every bad cell is reported with its row, column and reason; a file with errors changes nothing unless bad rows are
 * to be skipped; an existing case is refused unless merging is asked for.
 */
public final class CaseImporter {

    /** The columns of the import layout, in the documented order. */
    public static final List<String> COLUMNS = List.of("id", "name", "aliases", "summary", "countries", "places", "sectors",
            "period_start", "period_end", "ongoing", "period_note", "parent", "case_type", "initiator_mode", "context", "scale", "co_producers",
            "codings", "drivers", "actors", "contributions", "outcomes", "evidence", "benefits", "limitations", "state_stance",
            "clientelist_context", "network_level", "strategy_contexts", "data_activities", "savings_scheme", "sources", "note",
            "note_language", "note_author");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern YEARS = Pattern.compile("\\((\\d{4})?\\s*[-–]?\\s*(\\d{4})?\\)\\s*$");

    /** What to do with bad rows and with rows whose case already exists. */
    public record Options(boolean skipBadRows, boolean merge) {
        public static final Options STRICT = new Options(false, false);
    }

    /** What an import did (or, when {@link #applied()} is false, refused to do). */
    public record Result(List<String> added, List<String> merged, List<ImportProblem> problems, int skippedRows, boolean applied) {
    }

    private final Library library;
    private final CoprodFactory f = CoprodFactory.eINSTANCE;

    public CaseImporter(Library library) {
        this.library = library;
    }

    public Result importFile(Path file, Options options) throws IOException {
        return importTable(CaseTable.read(file), options);
    }

    public Result importTable(CaseTable table, Options options) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> unknownColumns = new HashSet<>(table.header());
        unknownColumns.removeAll(COLUMNS);
        unknownColumns.remove("");
        for (String column : unknownColumns) {
            problems.add(new ImportProblem(1, column, "unknown column (the layout's columns are: " + String.join(", ", COLUMNS) + ")"));
        }
        for (String required : List.of("id", "name")) {
            if (!table.header().contains(required)) {
                problems.add(new ImportProblem(1, required, "required column missing"));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), List.of(), problems, 0, false);
        }
        Pending pending = new Pending();
        Set<String> idsInFile = new HashSet<>();
        Map<Case, String> parents = new LinkedHashMap<>();
        int skipped = 0;
        for (CaseTable.Line line : table.lines()) {
            RowReader row = new RowReader(line, pending);
            Case c = row.readCase(idsInFile);
            if (row.problems.isEmpty() && c != null) {
                pending.cases.add(c);
                if (!line.get("parent").isEmpty()) {
                    parents.put(c, line.get("parent"));
                }
            } else {
                problems.addAll(row.problems);
                skipped++;
            }
        }
        // Parents may be later in the file or already in the library.
        for (Map.Entry<Case, String> e : parents.entrySet()) {
            Optional<Case> parent = pending.cases.stream().filter(c -> c.getId().equals(e.getValue())).findFirst()
                    .or(() -> library.findCase(e.getValue()));
            if (parent.isPresent()) {
                e.getKey().setParent(parent.get());
            } else {
                problems.add(new ImportProblem(pending.rowOf.get(e.getKey()), "parent", "no case with id '" + e.getValue() + "'"));
                pending.cases.remove(e.getKey());
                skipped++;
            }
        }
        if (!problems.isEmpty() && !options.skipBadRows()) {
            return new Result(List.of(), List.of(), problems, skipped, false);
        }
        List<String> added = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        List<Case> toAdd = new ArrayList<>();
        for (Case c : pending.cases) {
            Optional<Case> existing = library.findCase(c.getId());
            if (existing.isEmpty()) {
                toAdd.add(c);
                continue;
            }
            if (options.merge()) {
                mergeInto(existing.get(), c);
                merged.add(c.getId());
            } else {
                problems.add(new ImportProblem(pending.rowOf.get(c), "id",
                        "the library already has a case '" + c.getId() + "' (ask for a merge to update it)"));
                skipped++;
            }
        }
        if (!options.skipBadRows() && problems.stream().anyMatch(p -> p.column().equals("id"))) {
            return new Result(List.of(), List.of(), problems, skipped, false);
        }
        library.root().getActors().addAll(pending.actors.values());
        library.root().getSources().addAll(pending.sources.values());
        for (Case c : toAdd) {
            library.addCase(c);
            added.add(c.getId());
        }
        return new Result(added, merged, problems, skipped, true);
    }

    /** Copies every field the imported row set onto the existing case; lists are replaced when the row gave them. */
    private static void mergeInto(Case target, Case imported) {
        for (var feature : CoprodPackage.Literals.CASE.getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature == CoprodPackage.Literals.CASE__ID) {
                continue;
            }
            boolean given = feature.isMany() ? !((List<?>) imported.eGet(feature)).isEmpty() : imported.eIsSet(feature);
            if (!given) {
                continue;
            }
            if (feature.isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) target.eGet(feature);
                list.clear();
                list.addAll(new ArrayList<>((List<?>) imported.eGet(feature)));
            } else {
                target.eSet(feature, imported.eGet(feature));
            }
        }
    }

    /** Objects created by the import that become part of the library only when it is applied. */
    private final class Pending {
        final List<Case> cases = new ArrayList<>();
        final Map<Case, Integer> rowOf = new HashMap<>();
        final Map<String, Actor> actors = new LinkedHashMap<>();
        final Map<String, Source> sources = new LinkedHashMap<>();

        Actor actor(String name, ActorType type) {
            String key = name.toLowerCase(Locale.ROOT);
            Optional<Actor> known = library.root().getActors().stream().filter(a -> a.getName().equalsIgnoreCase(name)).findFirst();
            if (known.isPresent()) {
                return known.get();
            }
            return actors.computeIfAbsent(key, k -> {
                Actor a = f.createActor();
                a.setId(uniqueActorId(name));
                a.setName(name);
                if (type != null) {
                    a.setType(type);
                }
                return a;
            });
        }

        private String uniqueActorId(String name) {
            String slug = Ids.fromName(name, "");
            return Ids.unique(slug.isEmpty() ? "actor" : "actor-" + slug, this::idTaken);
        }

        private boolean idTaken(String id) {
            return actors.values().stream().anyMatch(a -> a.getId().equals(id))
                    || library.root().getActors().stream().anyMatch(a -> id.equals(a.getId()));
        }

        Source source(String id) {
            Optional<Source> known = library.root().getSources().stream().filter(s -> id.equals(s.getId())).findFirst();
            return known.orElseGet(() -> sources.computeIfAbsent(id, k -> {
                Source s = f.createSource();
                s.setId(id);
                s.setShortTitle(id);
                return s;
            }));
        }
    }

    /** Reads one row into a case, collecting a problem for every bad cell. */
    private final class RowReader {
        final CaseTable.Line line;
        final Pending pending;
        final List<ImportProblem> problems = new ArrayList<>();
        String column;

        RowReader(CaseTable.Line line, Pending pending) {
            this.line = line;
            this.pending = pending;
        }

        void problem(String message) {
            problems.add(new ImportProblem(line.number(), column, message));
        }

        String text(String col) {
            column = col;
            return line.get(col);
        }

        List<String> items(String col) {
            List<String> out = new ArrayList<>();
            for (String s : text(col).split(";")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }

        Case readCase(Set<String> idsInFile) {
            Case c = f.createCase();
            String id = text("id");
            if (id.isEmpty()) {
                problem("a case needs an id");
            } else if (!ID.matcher(id).matches()) {
                problem("'" + id + "' is not a valid id (lower-case letters, digits and dashes)");
            } else if (!idsInFile.add(id)) {
                problem("id '" + id + "' appears twice in the file");
            }
            c.setId(id);
            pending.rowOf.put(c, line.number());
            String name = text("name");
            if (name.isEmpty()) {
                problem("a case needs a name");
            }
            c.setName(name);
            c.getAliases().addAll(items("aliases"));
            setIfGiven(c::setSummary, text("summary"));
            for (String code : items("countries")) {
                String known = Countries.code(code);
                if (known != null) {
                    c.getCountries().add(known);
                } else {
                    problem("'" + code + "' is not an ISO 3166-1 alpha-2 country code");
                }
            }
            c.getPlaces().addAll(items("places"));
            for (String s : items("sectors")) {
                enumValue(CoprodPackage.Literals.SECTOR, s).ifPresent(v -> c.getSectors().add((Sector) v));
            }
            c.setPeriodStart(year(text("period_start")));
            c.setPeriodEnd(year(text("period_end")));
            c.setOngoing(bool(text("ongoing")));
            setIfGiven(c::setPeriodNote, text("period_note"));
            if (!text("case_type").isEmpty()) {
                enumValue(CoprodPackage.Literals.CASE_TYPE, text("case_type")).ifPresent(v -> c.setCaseType((CaseType) v));
            }
            if (!text("initiator_mode").isEmpty()) {
                enumValue(CoprodPackage.Literals.INITIATOR_MODE, text("initiator_mode")).ifPresent(v -> c.setInitiatorMode((InitiatorMode) v));
            }
            setIfGiven(c::setContext, text("context"));
            setIfGiven(c::setScale, text("scale"));
            for (String type : items("co_producers")) {
                enumValue(CoprodPackage.Literals.CO_PRODUCER_TYPE, type).ifPresent(v -> c.getCoProducers().add((CoProducerType) v));
            }
            readSources(c);
            readCodings(c);
            readDrivers(c);
            readActors(c);
            readContributions(c);
            readEvidence(c);
            readOutcomes(c);
            readClaims(c);
            readPolitics(c);
            readNote(c);
            return c;
        }

        void readSources(Case c) {
            for (String item : items("sources")) {
                String[] p = fields(item, 2);
                if (p[0].isEmpty()) {
                    problem("a source item needs a source id");
                    continue;
                }
                c.getSources().add(sourceRef(p[0], p[1]));
            }
        }

        SourceRef sourceRef(String sourceId, String locator) {
            SourceRef ref = f.createSourceRef();
            ref.setSource(pending.source(sourceId));
            setIfGiven(ref::setLocator, locator);
            return ref;
        }

        /** The case's first source, as the provenance of facts a row gives without one of their own. */
        SourceRef defaultSource(Case c) {
            if (c.getSources().isEmpty()) {
                return null;
            }
            SourceRef first = c.getSources().get(0);
            return sourceRef(first.getSource().getId(), first.getLocator());
        }

        void readCodings(Case c) {
            for (String item : items("codings")) {
                String[] p = fields(item, 6);
                TypologyCoding coding = f.createTypologyCoding();
                Optional<TypologyCell> cell = cell(p[0]);
                if (cell.isEmpty()) {
                    continue;
                }
                if (!cell.get().isApplicable()) {
                    problem("cell " + p[0] + " is not applicable and cannot be coded");
                    continue;
                }
                coding.setCell(cell.get());
                coding.setAssignedBy(p[1].isEmpty() ? AssignedBy.CODER : (AssignedBy) enumValue(CoprodPackage.Literals.ASSIGNED_BY, p[1]).orElse(AssignedBy.CODER));
                if (!p[2].isEmpty()) {
                    enumValue(CoprodPackage.Literals.CONFIDENCE, p[2]).ifPresent(v -> coding.setConfidence((Confidence) v));
                } else if (coding.getAssignedBy() == AssignedBy.DOCUMENT) {
                    coding.setConfidence(Confidence.HIGH);
                }
                if (!p[3].isEmpty()) {
                    coding.setPhase(phase(c, p[3]));
                }
                setIfGiven(coding::setComponent, p[4]);
                setIfGiven(coding::setJustification, p[5]);
                coding.setSource(defaultSource(c));
                c.getCodings().add(coding);
            }
        }

        Optional<TypologyCell> cell(String spec) {
            String typology = BovairdTypology.ID;
            String code = spec;
            int colon = spec.indexOf(':');
            if (colon > 0) {
                typology = spec.substring(0, colon);
                code = spec.substring(colon + 1);
            }
            Optional<TypologyCell> cell = library.findCell(typology, code.toUpperCase(Locale.ROOT));
            if (cell.isEmpty()) {
                problem("no cell '" + code + "' in typology '" + typology + "'");
            }
            return cell;
        }

        Phase phase(Case c, String label) {
            for (Phase p : c.getPhases()) {
                if (p.getLabel().equals(label)) {
                    return p;
                }
            }
            Phase phase = f.createPhase();
            phase.setLabel(label);
            phase.setId(c.getId() + ".phase" + (c.getPhases().size() + 1));
            Matcher m = YEARS.matcher(label);
            if (m.find()) {
                if (m.group(1) != null) {
                    phase.setStartYear(Integer.valueOf(m.group(1)));
                }
                if (m.group(2) != null) {
                    phase.setEndYear(Integer.valueOf(m.group(2)));
                }
            }
            c.getPhases().add(phase);
            return phase;
        }

        void readDrivers(Case c) {
            for (String item : items("drivers")) {
                String[] p = fields(item, 4);
                Optional<Enumerator> driver = enumValue(CoprodPackage.Literals.DRIVER, p[0]);
                if (driver.isEmpty()) {
                    continue;
                }
                DriverCoding d = f.createDriverCoding();
                d.setDriver((Driver) driver.get());
                if (!p[1].isEmpty()) {
                    enumValue(CoprodPackage.Literals.ASSIGNED_BY, p[1]).ifPresent(v -> d.setAssignedBy((AssignedBy) v));
                }
                if (!p[2].isEmpty()) {
                    enumValue(CoprodPackage.Literals.CONFIDENCE, p[2]).ifPresent(v -> d.setConfidence((Confidence) v));
                }
                setIfGiven(d::setJustification, p[3]);
                d.setSource(defaultSource(c));
                c.getDrivers().add(d);
            }
        }

        void readActors(Case c) {
            for (String item : items("actors")) {
                String[] p = fields(item, 5);
                if (p[0].isEmpty()) {
                    problem("an actor item needs a name");
                    continue;
                }
                ActorType type = p[1].isEmpty() ? null : (ActorType) enumValue(CoprodPackage.Literals.ACTOR_TYPE, p[1]).orElse(null);
                Role role = f.createRole();
                role.setActor(pending.actor(p[0], type));
                if (!p[2].isEmpty()) {
                    enumValue(CoprodPackage.Literals.ROLE_KIND, p[2]).ifPresent(v -> role.setKind((RoleKind) v));
                }
                for (String stage : p[3].split(",")) {
                    if (!stage.isBlank()) {
                        enumValue(CoprodPackage.Literals.VALUE_CHAIN_STAGE, stage.strip()).ifPresent(v -> role.getStages().add((ValueChainStage) v));
                    }
                }
                setIfGiven(role::setComponent, p[4]);
                c.getRoles().add(role);
            }
        }

        void readContributions(Case c) {
            for (String item : items("contributions")) {
                String[] p = fields(item, 7);
                ResourceContribution r = f.createResourceContribution();
                if (!p[0].isEmpty()) {
                    r.setActor(pending.actor(p[0], null));
                }
                if (p[1].isEmpty()) {
                    problem("a contribution needs a kind");
                } else {
                    enumValue(CoprodPackage.Literals.CONTRIBUTION_KIND, p[1]).ifPresent(v -> r.setKind((ContributionKind) v));
                }
                r.setAmount(number(p[2]));
                setIfGiven(r::setCurrency, p[3]);
                r.setYear(year(p[4]));
                setIfGiven(r::setComponent, p[5]);
                setIfGiven(r::setDescription, p[6]);
                r.setSource(defaultSource(c));
                c.getContributions().add(r);
            }
        }

        void readEvidence(Case c) {
            for (String item : items("evidence")) {
                String[] p = fields(item, 4);
                Evidence e = f.createEvidence();
                e.setId(c.getId() + ".evidence" + (c.getEvidence().size() + 1));
                enumValue(CoprodPackage.Literals.EVIDENCE_TYPE, p[0]).ifPresent(v -> e.setType((EvidenceType) v));
                if (!p[1].isEmpty()) {
                    enumValue(CoprodPackage.Literals.COLLECTOR, p[1]).ifPresent(v -> e.setCollector((Collector) v));
                }
                setIfGiven(e::setDate, p[2]);
                setIfGiven(e::setDescription, p[3]);
                e.setSource(defaultSource(c));
                c.getEvidence().add(e);
            }
        }

        void readOutcomes(Case c) {
            for (String item : items("outcomes")) {
                String[] p = fields(item, 6);
                Outcome o = f.createOutcome();
                enumValue(CoprodPackage.Literals.OUTCOME_DOMAIN, p[0]).ifPresent(v -> o.setDomain((OutcomeDomain) v));
                setIfGiven(o::setIndicator, p[1]);
                o.setValue(number(p[2]));
                setIfGiven(o::setUnit, p[3]);
                o.setYear(year(p[4]));
                setIfGiven(o::setDescription, p[5]);
                if (!c.getEvidence().isEmpty()) {
                    o.setEvidence(c.getEvidence().get(0));
                }
                o.setSource(defaultSource(c));
                c.getOutcomes().add(o);
            }
        }

        void readClaims(Case c) {
            for (String code : items("benefits")) {
                enumValue(CoprodPackage.Literals.BENEFIT, code).ifPresent(v -> {
                    BenefitClaim b = f.createBenefitClaim();
                    b.setBenefit((Benefit) v);
                    b.setSource(defaultSource(c));
                    c.getBenefits().add(b);
                });
            }
            for (String code : items("limitations")) {
                enumValue(CoprodPackage.Literals.LIMITATION, code).ifPresent(v -> {
                    LimitationClaim l = f.createLimitationClaim();
                    l.setLimitation((Limitation) v);
                    l.setSource(defaultSource(c));
                    c.getLimitations().add(l);
                });
            }
        }

        void readPolitics(Case c) {
            PoliticalProfile p = f.createPoliticalProfile();
            boolean given = false;
            if (!text("state_stance").isEmpty()) {
                given |= enumValue(CoprodPackage.Literals.STATE_STANCE, text("state_stance")).map(v -> {
                    p.setStateStance((StateStance) v);
                    return true;
                }).orElse(false);
            }
            if (!text("clientelist_context").isEmpty()) {
                given |= enumValue(CoprodPackage.Literals.LEVEL, text("clientelist_context")).map(v -> {
                    p.setClientelistContext((Level) v);
                    return true;
                }).orElse(false);
            }
            if (!text("network_level").isEmpty()) {
                given |= enumValue(CoprodPackage.Literals.NETWORK_LEVEL, text("network_level")).map(v -> {
                    p.setNetworkLevel((NetworkLevel) v);
                    return true;
                }).orElse(false);
            }
            for (String s : items("strategy_contexts")) {
                given |= enumValue(CoprodPackage.Literals.STRATEGY_CONTEXT, s).map(v -> p.getStrategyContexts().add((StrategyContext) v)).orElse(false);
            }
            for (String s : items("data_activities")) {
                given |= enumValue(CoprodPackage.Literals.DATA_ACTIVITY, s).map(v -> p.getDataActivities().add((DataActivity) v)).orElse(false);
            }
            if (!text("savings_scheme").isEmpty()) {
                p.setSavingsScheme(bool(text("savings_scheme")));
                given = true;
            }
            if (given) {
                p.setSource(defaultSource(c));
                c.setPoliticalProfile(p);
            }
        }

        void readNote(Case c) {
            String text = text("note");
            if (text.isEmpty()) {
                return;
            }
            Note note = f.createNote();
            note.setText(text);
            String language = text("note_language");
            if (!language.isEmpty()) {
                if (!language.matches("[a-zA-Z]{2}")) {
                    problem("'" + language + "' is not a two-letter language code");
                }
                note.setLanguage(language.toLowerCase(Locale.ROOT));
            }
            setIfGiven(note::setAuthor, text("note_author"));
            note.setTitle("Case note");
            c.getNotes().add(note);
        }

        Optional<Enumerator> enumValue(EEnum type, String value) {
            Optional<Enumerator> v = EnumText.value(type, value);
            if (v.isEmpty()) {
                problem("'" + value + "' is not a " + Labels.words(type) + " (one of: " + String.join(", ", EnumText.labels(type)) + ")");
            }
            return v;
        }

        Integer year(String value) {
            if (value.isEmpty()) {
                return null;
            }
            if (!value.matches("\\d{4}")) {
                problem("'" + value + "' is not a year (four digits)");
                return null;
            }
            return Integer.valueOf(value);
        }

        Double number(String value) {
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Double.valueOf(value.replace("_", ""));
            } catch (NumberFormatException e) {
                problem("'" + value + "' is not a number (write 2500000, not 2.5m or 2,500,000)");
                return null;
            }
        }

        boolean bool(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.isEmpty() || v.equals("no") || v.equals("false") || v.equals("0")) {
                return false;
            }
            if (v.equals("yes") || v.equals("true") || v.equals("1")) {
                return true;
            }
            problem("'" + value + "' is not yes or no");
            return false;
        }
    }

    private static String[] fields(String item, int count) {
        String[] parts = item.split("\\|", -1);
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = i < parts.length ? parts[i].strip() : "";
        }
        if (parts.length > count) {
            // Extra sub-fields belong to the last, free-text one (a justification or description with a '|').
            out[count - 1] = String.join("|", java.util.Arrays.copyOfRange(parts, count - 1, parts.length)).strip();
        }
        return out;
    }

    private static void setIfGiven(java.util.function.Consumer<String> setter, String value) {
        if (value != null && !value.isEmpty()) {
            setter.accept(value);
        }
    }

}
