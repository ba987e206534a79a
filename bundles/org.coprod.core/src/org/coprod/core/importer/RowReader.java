package org.coprod.core.importer;

import org.coprod.core.evidence.NoteIds;
import org.coprod.core.Countries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.coprod.core.CaseId;
import org.coprod.model.Benefit;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.CoProducerType;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.DataActivity;
import org.coprod.model.InitiatorMode;
import org.coprod.model.Level;
import org.coprod.model.Limitation;
import org.coprod.model.LimitationClaim;
import org.coprod.model.NetworkLevel;
import org.coprod.model.Note;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.Sector;
import org.coprod.model.Source;
import org.coprod.model.SourceRef;
import org.coprod.model.StateStance;
import org.coprod.model.StrategyContext;
import org.eclipse.osgi.util.NLS;

/**
 * Reads one row of an import file into a new case: each column's reader is handed that column's cell, so a problem
 * always names the column it came from. The case is not part of any library; {@link #filled()} tells a merge which
 * columns the row gave.
 */
final class RowReader {


    private final CoprodFactory f = CoprodFactory.eINSTANCE;
    private final CaseTable.Line line;
    private final ImportScope scope;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> filled = new LinkedHashSet<>();
    private final Case c = f.createCase();
    private final ItemReader items;

    RowReader(CaseTable.Line line, ImportScope scope) {
        this.line = line;
        this.scope = scope;
        this.items = new ItemReader(scope, c);
    }

    List<ImportProblem> problems() {
        return problems;
    }

    boolean refused() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    /** The columns this row gives a value in. */
    Set<String> filled() {
        return filled;
    }

    private ImportCell cell(String column) {
        ImportCell cell = new ImportCell(line.number(), column, line.get(column), problems);
        if (!cell.isEmpty()) {
            filled.add(column);
        }
        return cell;
    }

    private void read(String column, Consumer<ImportCell> reader) {
        ImportCell cell = cell(column);
        if (!cell.isEmpty()) {
            reader.accept(cell);
        }
    }

    Case read() {
        problems.addAll(line.problems());
        for (Map.Entry<String, String> e : line.cells().entrySet()) {
            XmlText.problem(e.getValue()).ifPresent(p -> problems.add(new ImportProblem(line.number(), e.getKey(), p)));
        }
        ImportCell id = cell("id");
        CaseId.problem(id.text()).ifPresent(id::error);
        c.setId(id.text());
        ImportCell name = cell("name");
        if (name.isEmpty()) {
            name.error(Messages.Row_noName);
        }
        c.setName(name.text());
        read("aliases", cell -> c.getAliases().addAll(cell.items()));
        read("summary", cell -> c.setSummary(cell.text()));
        read("countries", this::countries);
        read("places", cell -> c.getPlaces().addAll(cell.items()));
        read("sectors", cell -> cell.items().forEach(
                s -> cell.enumValue(CoprodPackage.Literals.SECTOR, s).ifPresent(v -> c.getSectors().add((Sector) v))));
        read("period_start", cell -> c.setPeriodStart(cell.year(cell.text())));
        read("period_end", cell -> c.setPeriodEnd(cell.year(cell.text())));
        read("ongoing", cell -> c.setOngoing(cell.bool()));
        read("period_note", cell -> c.setPeriodNote(cell.text()));
        read("parent", cell -> { }); // resolved once every row is read: a parent may come later in the file
        read("case_type", cell -> cell.enumValue(CoprodPackage.Literals.CASE_TYPE).ifPresent(v -> c.setCaseType((CaseType) v)));
        read("initiator_mode",
                cell -> cell.enumValue(CoprodPackage.Literals.INITIATOR_MODE).ifPresent(v -> c.setInitiatorMode((InitiatorMode) v)));
        read("context", cell -> c.setContext(cell.text()));
        read("scale", cell -> c.setScale(cell.text()));
        read("co_producers", cell -> cell.items().forEach(
                t -> cell.enumValue(CoprodPackage.Literals.CO_PRODUCER_TYPE, t)
                        .ifPresent(v -> c.getCoProducers().add((CoProducerType) v))));
        // Sources first: the facts of the other columns take the case's first source as their provenance.
        read("sources", this::sources);
        read("codings", items::codings);
        read("drivers", items::drivers);
        read("actors", items::roles);
        read("contributions", items::contributions);
        // Evidence before outcomes, which name their evidence item.
        read("evidence", items::evidence);
        read("outcomes", items::outcomes);
        read("benefits", this::benefits);
        read("limitations", this::limitations);
        readPolitics();
        readNote();
        return c;
    }

    private void countries(ImportCell cell) {
        for (String code : cell.items()) {
            String known = Countries.code(code);
            if (known != null) {
                c.getCountries().add(known);
            } else {
                cell.error(NLS.bind(Messages.Row_notCountry, code));
            }
        }
    }

    private void sources(ImportCell cell) {
        for (String item : cell.items()) {
            String[] p = ImportCell.fields(item, 2);
            if (p[0].isEmpty()) {
                cell.error(Messages.Row_noSourceId);
                continue;
            }
            Optional<Source> source = scope.source(p[0]);
            if (source.isEmpty()) {
                cell.error(NLS.bind(Messages.Row_unknownSource, p[0],
                        String.join(", ", scope.sourceIds().stream().sorted().limit(20).toList())));
                continue;
            }
            SourceRef ref = f.createSourceRef();
            ref.setSource(source.get());
            ItemReader.setIfGiven(p[1], ref::setLocator);
            c.getSources().add(ref);
        }
    }

    private void benefits(ImportCell cell) {
        for (String code : cell.items()) {
            cell.enumValue(CoprodPackage.Literals.BENEFIT, code).ifPresent(v -> {
                BenefitClaim b = f.createBenefitClaim();
                b.setBenefit((Benefit) v);
                b.setSource(items.defaultSource());
                c.getBenefits().add(b);
            });
        }
    }

    private void limitations(ImportCell cell) {
        for (String code : cell.items()) {
            cell.enumValue(CoprodPackage.Literals.LIMITATION, code).ifPresent(v -> {
                LimitationClaim l = f.createLimitationClaim();
                l.setLimitation((Limitation) v);
                l.setSource(items.defaultSource());
                c.getLimitations().add(l);
            });
        }
    }

    /** Mitlin's profile; present only when a politics column gives a value. */
    private void readPolitics() {
        PoliticalProfile p = f.createPoliticalProfile();
        read("state_stance", cell -> cell.enumValue(CoprodPackage.Literals.STATE_STANCE).ifPresent(v -> p.setStateStance((StateStance) v)));
        read("clientelist_context",
                cell -> cell.enumValue(CoprodPackage.Literals.LEVEL).ifPresent(v -> p.setClientelistContext((Level) v)));
        read("network_level",
                cell -> cell.enumValue(CoprodPackage.Literals.NETWORK_LEVEL).ifPresent(v -> p.setNetworkLevel((NetworkLevel) v)));
        read("strategy_contexts", cell -> cell.items().forEach(s -> cell.enumValue(CoprodPackage.Literals.STRATEGY_CONTEXT, s)
                .ifPresent(v -> p.getStrategyContexts().add((StrategyContext) v))));
        read("data_activities", cell -> cell.items().forEach(s -> cell.enumValue(CoprodPackage.Literals.DATA_ACTIVITY, s)
                .ifPresent(v -> p.getDataActivities().add((DataActivity) v))));
        read("savings_scheme", cell -> p.setSavingsScheme(cell.bool()));
        if (CaseColumns.POLITICS.keySet().stream().anyMatch(filled::contains)) {
            p.setSource(items.defaultSource());
            c.setPoliticalProfile(p);
        }
    }

    private void readNote() {
        ImportCell text = cell("note");
        ImportCell language = cell("note_language");
        ImportCell author = cell("note_author");
        if (text.isEmpty()) {
            if (!language.isEmpty() || !author.isEmpty()) {
                (language.isEmpty() ? author : language).warning("a note's language or author without a note is not imported");
            }
            return;
        }
        Note note = f.createNote();
        note.setText(text.text());
        if (!language.isEmpty()) {
            if (!language.text().matches("[a-zA-Z]{2}")) {
                language.error(NLS.bind(Messages.Row_notLanguage, language.text()));
            }
            note.setLanguage(language.text().toLowerCase(Locale.ROOT));
        }
        ItemReader.setIfGiven(author.text(), note::setAuthor);
        note.setTitle("Case note");
        note.setId(NoteIds.next(c));
        c.getNotes().add(note);
    }
}
