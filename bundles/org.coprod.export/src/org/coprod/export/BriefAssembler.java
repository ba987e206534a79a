package org.coprod.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coprod.export.Block.ParagraphKind;
import org.coprod.model.Case;
import org.coprod.model.DefinitionLens;
import org.coprod.model.Note;
import org.coprod.model.Source;
import org.coprod.model.SourceRef;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCoding;

/**
 * Builds the brief for a request: a comparative brief for two to five cases, a single-case brief for one (their
 * sections are listed in the README's "Briefs"). The front matter, the case sections from the notes and the sources are shared by both.
 */
public final class BriefAssembler {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private BriefAssembler() {
    }

    public static Brief assemble(BriefRequest request) throws BriefException {
        request.check();
        Citations citations = new Citations();
        Blocks body = new Blocks();
        CaseFacts facts = new CaseFacts(request.text());
        frontMatter(request, body, facts);
        List<Case> cases = request.cases();
        if (!request.full()) {
            if (request.comparative()) {
                new ComparativeSummary(request, citations, body).write();
            } else {
                new CaseSummary(request, citations, body).write();
            }
            references(cases, citations, body, facts.t("h.references"), 1, facts);
        } else {
            if (request.comparative()) {
                new ComparativeSections(request, citations, body).write();
            } else {
                new CaseSections(request, citations, body).write();
            }
            caseNotes(cases, citations, body, request.comparative(), facts);
            sources(cases, citations, body, request.comparative(), facts);
        }
        return new Brief(title(request, facts), subject(request, facts), author(request, facts), request.date(),
                audience(request, facts), definition(request.definition(), facts), cases.stream().map(Case::getId).toList(), body.list(),
                facts.text().locale());
    }

    static String title(BriefRequest r, CaseFacts facts) {
        if (!CaseFacts.blank(r.title())) {
            return r.title();
        }
        if (r.comparative()) {
            List<String> countries = r.cases().stream().flatMap(c -> c.getCountries().stream()).distinct().map(facts::countryName)
                    .toList();
            return countries.isEmpty() ? facts.t("title.compared", r.cases().size())
                    : facts.t("title.comparedFrom", r.cases().size(), facts.series(countries));
        }
        return facts.t("title.case", CaseFacts.shortName(r.cases().get(0)));
    }

    static String subject(BriefRequest r, CaseFacts facts) {
        if (!CaseFacts.blank(r.question())) {
            return r.question();
        }
        return facts.t(r.comparative() ? "subject.compared" : "subject.case");
    }

    static String author(BriefRequest r, CaseFacts facts) {
        return CaseFacts.blank(r.author()) ? "Co-production Workbench" : r.author(); // the product's name stays English
    }

    static String audience(BriefRequest r, CaseFacts facts) {
        return r.audience() != null ? r.audience() : facts.t(r.comparative() ? "audience.compared" : "audience.case");
    }

    /** The definitions box: which meaning of co-production the brief uses, in its author's words. */
    static String definition(DefinitionLens lens, CaseFacts facts) {
        return facts.t(switch (lens) {
            case OSTROM -> "definition.ostrom";
            case JOSHI_MOORE -> "definition.joshiMoore";
            case BOVAIRD -> "definition.bovaird";
            case MITLIN_POLITICAL -> "definition.mitlin";
        });
    }

    private static void frontMatter(BriefRequest r, Blocks body, CaseFacts facts) {
        body.paragraph(ParagraphKind.SUBTITLE, List.of(Inline.plain(subject(r, facts))));
        body.paragraph(ParagraphKind.META, List.of(Inline.bold(facts.t("front.by") + " "), Inline.plain(author(r, facts)),
                Inline.plain(" · "), Inline.bold(facts.t("front.date") + " "), Inline.plain(facts.text().date(r.date())),
                Inline.plain(" · "), Inline.bold(facts.t("front.for") + " "), Inline.plain(audience(r, facts))));
        if (!r.comparative() && !r.full()) {
            return; // the definitions box and provenance note are the comparative brief's front matter
        }
        body.paragraph(ParagraphKind.QUOTE, List.of(Inline.bold(facts.t("front.definition") + " "),
                Inline.plain(definition(r.definition(), facts) + " "), Inline.italic(facts.t("front.slippery"))));
        long document = 0;
        long coder = 0;
        for (Case c : r.cases()) {
            for (TypologyCoding k : c.getCodings()) {
                if (CaseFacts.isGuess(k)) {
                    coder++;
                } else {
                    document++;
                }
            }
        }
        List<String> sources = new ArrayList<>();
        for (Case c : r.cases()) {
            for (SourceRef ref : c.getSources()) {
                if (ref.getSource() != null && !sources.contains(Citations.authorYear(ref.getSource()))) {
                    sources.add(Citations.authorYear(ref.getSource()));
                }
            }
        }
        body.paragraph(ParagraphKind.QUOTE, List.of(Inline.bold(facts.t("front.provenance") + " "),
                Inline.plain(facts.t("front.provenanceText", sources.isEmpty() ? facts.t("front.records") : String.join(", ", sources),
                        document, coder))));
    }

    /** A section per case from its summary and its Markdown notes, rendered through their syntax tree. */
    private static void caseNotes(List<Case> cases, Citations citations, Blocks body, boolean comparative, CaseFacts facts) {
        NoteRenderer renderer = new NoteRenderer(3, facts.text());
        body.heading(1, facts.t(comparative ? "h.casesInBrief" : "h.notes"));
        for (Case c : cases) {
            if (comparative) {
                body.heading(2, c.getName() == null ? c.getId() : c.getName());
                if (!CaseFacts.blank(c.getSummary())) {
                    body.paragraph(List.of(Inline.content(c.getSummary())));
                }
                PlacementQuotes.write(c, citations, body, facts); // a single-case brief has them under its typology coding
            }
            if (c.getNotes().isEmpty()) {
                body.paragraph(List.of(Inline.italic(facts.t("notes.none"))));
            }
            for (Note n : c.getNotes()) {
                if (!CaseFacts.blank(n.getTitle())) {
                    body.heading(3, n.getTitle());
                }
                body.addAll(renderer.render(n.getText()));
                if (!CaseFacts.blank(n.getAuthor()) || n.getDate() != null) {
                    String date = n.getDate() == null ? null
                            : facts.text().date(n.getDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
                    String by = CaseFacts.blank(n.getAuthor()) ? facts.t("notes.of", date)
                            : date == null ? facts.t("notes.by", n.getAuthor()) : facts.t("notes.byOn", n.getAuthor(), date);
                    body.paragraph(ParagraphKind.CAPTION, List.of(Inline.plain(by)));
                }
            }
        }
    }

    private static void sources(List<Case> cases, Citations citations, Blocks body, boolean comparative, CaseFacts facts) {
        body.heading(1, facts.t(comparative ? "h.sourcesNotes" : "h.sources"));
        CaseTables tables = new CaseTables(citations, facts);
        var log = tables.codingLog(cases);
        if (!log.isEmpty()) {
            body.paragraph(facts.t("log.lead"));
            body.add(log.build());
        }
        references(cases, citations, body, facts.t("h.references"), 2, facts);
    }

    /** The numbered reference list: every source cited, and the cases' own sources, each once, by its number. */
    private static void references(List<Case> cases, Citations citations, Blocks body, String heading, int level, CaseFacts facts) {
        for (Case c : cases) {
            for (SourceRef ref : c.getSources()) {
                if (ref.getSource() != null) {
                    citations.number(ref.getSource());
                }
            }
        }
        body.heading(level, heading);
        List<Source> references = citations.references();
        if (references.isEmpty()) {
            body.paragraph(List.of(Inline.italic(facts.t("references.none"))));
        }
        for (Source s : references) {
            List<Inline> line = new ArrayList<>();
            line.add(Inline.plain("[" + citations.number(s) + "] " + Citations.fullCitation(s)));
            if (!CaseFacts.blank(s.getDocument()) && level > 1) { // the short brief leaves the seed files to the full one
                line.add(Inline.plain(" " + facts.t("references.seed") + " "));
                line.add(Inline.code(s.getDocument()));
                line.add(Inline.plain("."));
            }
            if (!CaseFacts.blank(s.getUrl())) {
                line.add(Inline.plain(" "));
                line.add(new Inline.Link(List.of(Inline.plain(s.getUrl())), s.getUrl()));
            }
            body.paragraph(line);
        }
    }

    /** The typology the cases are coded in (Bovaird's, from the library), or none. */
    static Typology typology(List<Case> cases) {
        for (Case c : cases) {
            for (TypologyCoding k : c.getCodings()) {
                if (k.getCell() != null && k.getCell().eContainer() instanceof Typology t) {
                    return t;
                }
            }
        }
        return null;
    }
}
