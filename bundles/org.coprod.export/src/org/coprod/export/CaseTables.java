package org.coprod.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.coprod.core.Labels;
import org.coprod.core.ValueChain;
import org.coprod.export.Block.Cell;
import org.coprod.export.Blocks.TableBuilder;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.DriverCoding;
import org.coprod.model.Outcome;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.coprod.model.SourceRef;
import org.coprod.model.TypologyCoding;
import org.coprod.model.ValueChainStage;

/** The tables both kinds of brief share: roles, value chain, contributions, outcomes and the coding log. */
final class CaseTables {

    /**
     * Rows a table of a brief shows per case. A brief is read in minutes, and a case imported with 437,000 outcomes kept
     * {@code coprod brief} busy for over 12 minutes; past this many, a row says how many more the case records.
     */
    static final int ROWS_PER_CASE = 200;

    private final Citations citations;
    private final CaseFacts facts;

    CaseTables(Citations citations, CaseFacts facts) {
        this.citations = citations;
        this.facts = facts;
    }

    private String t(String key, Object... args) {
        return facts.t(key, args);
    }

    /** Text followed by the footnote citing its source. */
    Cell cited(String text, SourceRef source) {
        return Blocks.cell(Blocks.concat(List.of(Inline.plain(text)), citations.cite(source)));
    }

    Block.Table roles(List<Case> cases) {
        boolean many = cases.size() > 1;
        Set<Case> named = new HashSet<>();
        List<String> header = new ArrayList<>();
        if (many) {
            header.add(t("col.case"));
        }
        header.addAll(List.of(t("col.actor"), t("col.actorType"), t("col.role"), t("col.stages"), t("col.when")));
        TableBuilder t = new TableBuilder(t("h.actors"), false, header);
        for (Case c : cases) {
            for (Role r : shown(c.getRoles())) {
                List<Cell> row = new ArrayList<>();
                if (many) {
                    row.add(Blocks.cell(named.add(c) ? CaseFacts.shortName(c) : "")); // the case names its first row only
                }
                row.add(Blocks.cell(r.getActor() == null ? t("table.unnamed") : r.getActor().getName()));
                row.add(Blocks.cell(r.getActor() == null ? "" : facts.literal(r.getActor().getType())));
                String role = facts.literal(r.getKind()) + (CaseFacts.blank(r.getDescription()) ? "" : ": " + r.getDescription());
                row.add(cited(role, r.getSource()));
                row.add(Blocks.cell(r.getStages().isEmpty() ? "–" : facts.literals(r.getStages())));
                row.add(Blocks.cell(when(r)));
                t.row(row);
            }
            more(t, many, c.getRoles().size(), t("more.roles"));
        }
        return t.build();
    }

    private static String when(Role r) {
        if (r.getPhase() != null) {
            return CaseFacts.phaseName(r.getPhase());
        }
        if (r.getStartYear() != null) {
            return r.getStartYear() + "–" + (r.getEndYear() == null ? "" : r.getEndYear());
        }
        return r.getComponent() == null ? "" : r.getComponent();
    }

    /** Rows are cases (or their service components), columns the seven stages; cells P, C or U. */
    Block.Table valueChain(List<Case> cases) {
        List<String> header = new ArrayList<>();
        header.add(t("col.caseComponent"));
        for (ValueChainStage s : ValueChainStage.VALUES) {
            header.add(facts.literal(s));
        }
        TableBuilder t = new TableBuilder(t("caption.valueChain"), true, header);
        for (Case c : cases) {
            for (String component : ValueChain.components(c)) {
                List<String> row = new ArrayList<>();
                row.add(CaseFacts.shortName(c) + (component == null ? "" : ": " + component));
                for (ValueChainStage s : ValueChainStage.VALUES) {
                    row.add(ValueChain.at(c, s, component).letter());
                }
                t.textRow(row);
            }
        }
        return t.build();
    }

    TableBuilder contributions(List<Case> cases) {
        boolean many = cases.size() > 1;
        Set<Case> named = new HashSet<>();
        List<String> header = new ArrayList<>();
        if (many) {
            header.add(t("col.case"));
        }
        header.addAll(List.of(t("col.who"), t("col.kind"), t("col.amount"), t("col.year"), t("col.paysFor"), t("col.note")));
        TableBuilder t = new TableBuilder(t("h.pays"), false, header);
        for (Case c : cases) {
            for (ResourceContribution r : shown(c.getContributions())) {
                List<Cell> row = new ArrayList<>();
                if (many) {
                    row.add(Blocks.cell(named.add(c) ? CaseFacts.shortName(c) : "")); // the case names its first row only
                }
                row.add(Blocks.cell(r.getActor() == null ? t("table.unnamed") : r.getActor().getName()));
                row.add(Blocks.cell(facts.literal(r.getKind())));
                row.add(Blocks.cell(facts.amount(r)));
                row.add(Blocks.cell(r.getYear() == null ? t("year.unknown") : r.getYear().toString()));
                row.add(Blocks.cell(CaseFacts.blank(r.getComponent()) ? "" : r.getComponent()));
                row.add(cited(CaseFacts.blank(r.getDescription()) ? "" : r.getDescription(), r.getSource()));
                t.row(row);
            }
            more(t, many, c.getContributions().size(), t("more.contributions"));
        }
        return t;
    }

    TableBuilder outcomes(List<Case> cases) {
        boolean many = cases.size() > 1;
        Set<Case> named = new HashSet<>();
        List<String> header = new ArrayList<>();
        if (many) {
            header.add(t("col.case"));
        }
        header.addAll(List.of(t("col.domain"), t("col.indicator"), t("col.value"), t("col.baseline"), t("col.year"), t("col.evidence"),
                t("col.caveats")));
        TableBuilder t = new TableBuilder(t("h.outcomes"), false, header);
        for (Case c : cases) {
            for (Outcome o : shown(c.getOutcomes())) {
                List<Cell> row = new ArrayList<>();
                if (many) {
                    row.add(Blocks.cell(named.add(c) ? CaseFacts.shortName(c) : "")); // the case names its first row only
                }
                row.add(Blocks.cell(facts.literal(o.getDomain())));
                row.add(Blocks.cell(facts.orNone(o.getIndicator())));
                row.add(Blocks.cell(o.getValue() == null ? "–"
                        : (facts.number(o.getValue()) + (CaseFacts.blank(o.getUnit()) ? "" : " " + o.getUnit()))));
                row.add(Blocks.cell(CaseFacts.blank(o.getBaseline()) ? t("table.noBaseline") : o.getBaseline()));
                row.add(Blocks.cell(o.getYear() == null ? t("year.none") : o.getYear().toString()));
                row.add(Blocks.cell(o.getEvidence() == null ? "" : facts.evidence(o.getEvidence())));
                row.add(cited(CaseFacts.blank(o.getDescription()) ? "" : o.getDescription(), o.getSource()));
                t.row(row);
            }
            more(t, many, c.getOutcomes().size(), t("more.outcomes"));
        }
        return t;
    }

    /** Which placements and drivers come from the documents and which are a coder's, with the reasons given. */
    TableBuilder codingLog(List<Case> cases) {
        boolean many = cases.size() > 1;
        Set<Case> named = new HashSet<>();
        List<String> header = new ArrayList<>();
        if (many) {
            header.add(t("col.case"));
        }
        header.addAll(List.of(t("col.coding"), t("col.assignedBy"), t("col.confidence"), t("col.justification")));
        TableBuilder t = new TableBuilder(t("caption.codingLog"), false, header);
        for (Case c : cases) {
            for (TypologyCoding k : shown(c.getCodings())) {
                List<Cell> row = new ArrayList<>();
                if (many) {
                    row.add(Blocks.cell(named.add(c) ? CaseFacts.shortName(c) : "")); // the case names its first row only
                }
                String what = t("log.cell", k.getCell() == null ? "?"
                        : k.getCell().getCode() + (CaseFacts.isGuess(k) ? "?" : "") + " "
                                + Labels.name(k.getCell(), facts.text().locale()));
                if (k.getPhase() != null) {
                    what += " [" + CaseFacts.phase(k.getPhase()) + "]";
                } else if (!CaseFacts.blank(k.getComponent())) {
                    what += " [" + k.getComponent() + "]";
                }
                row.add(Blocks.cell(what));
                row.add(Blocks.cell(facts.literal(k.getAssignedBy())));
                row.add(Blocks.cell(facts.literal(k.getConfidence())));
                row.add(cited(facts.orNone(k.getJustification()), k.getSource()));
                t.row(row);
            }
            more(t, many, c.getCodings().size(), t("more.codings"));
            for (DriverCoding d : shown(c.getDrivers())) {
                List<Cell> row = new ArrayList<>();
                if (many) {
                    row.add(Blocks.cell(named.add(c) ? CaseFacts.shortName(c) : "")); // the case names its first row only
                }
                row.add(Blocks.cell(t("log.driver", facts.literal(d.getDriver()) + (d.getAssignedBy() == AssignedBy.DOCUMENT ? "" : "?"))));
                row.add(Blocks.cell(facts.literal(d.getAssignedBy())));
                row.add(Blocks.cell(facts.literal(d.getConfidence())));
                row.add(cited(facts.orNone(d.getJustification()), d.getSource()));
                t.row(row);
            }
            more(t, many, c.getDrivers().size(), t("more.drivers"));
        }
        return t;
    }

    /** The first {@link #ROWS_PER_CASE} of a case's list. */
    static <T> List<T> shown(List<T> all) {
        return all.size() <= ROWS_PER_CASE ? all : all.subList(0, ROWS_PER_CASE);
    }

    private void more(TableBuilder t, boolean many, int total, String what) {
        if (total <= ROWS_PER_CASE) {
            return;
        }
        List<Cell> row = new ArrayList<>();
        if (many) {
            row.add(Blocks.cell(""));
        }
        row.add(Blocks.cell(List.of(Inline.italic(facts.moreText(total, what)))));
        t.row(row);
    }
}
