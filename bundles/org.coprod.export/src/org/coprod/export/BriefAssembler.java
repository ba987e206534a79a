package org.coprod.export;

import java.text.SimpleDateFormat;
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
        frontMatter(request, body);
        List<Case> cases = request.cases();
        if (!request.full()) {
            if (request.comparative()) {
                new ComparativeSummary(request, citations, body).write();
            } else {
                new CaseSummary(request, citations, body).write();
            }
            references(cases, citations, body, BriefText.t("h.references"), 1);
        } else {
            if (request.comparative()) {
                new ComparativeSections(request, citations, body).write();
            } else {
                new CaseSections(request, citations, body).write();
            }
            caseNotes(cases, citations, body, request.comparative());
            sources(cases, citations, body, request.comparative());
        }
        return new Brief(title(request), subject(request), author(request), request.date(), audience(request),
                definition(request.definition()), cases.stream().map(Case::getId).toList(), body.list());
    }

    static String title(BriefRequest r) {
        if (!CaseFacts.blank(r.title())) {
            return r.title();
        }
        if (r.comparative()) {
            List<String> countries = r.cases().stream().flatMap(c -> c.getCountries().stream()).distinct().map(CaseFacts::countryName)
                    .toList();
            return "Co-production compared: " + r.cases().size() + " cases" + (countries.isEmpty() ? ""
                    : " from " + (countries.size() == 1 ? countries.get(0)
                            : String.join(", ", countries.subList(0, countries.size() - 1)) + " and "
                            + countries.get(countries.size() - 1)));
        }
        return CaseFacts.shortName(r.cases().get(0)) + ": a co-production case brief";
    }

    static String subject(BriefRequest r) {
        if (!CaseFacts.blank(r.question())) {
            return r.question();
        }
        return r.comparative() ? "What can these co-production precedents teach a policy team?"
                : "How was this service co-produced, and what can others learn from it?";
    }

    static String author(BriefRequest r) {
        return CaseFacts.blank(r.author()) ? "Co-production Workbench" : r.author();
    }

    static String audience(BriefRequest r) {
        return r.audience() != null ? r.audience() : r.comparative() ? "Policy teams searching for precedents"
                : "NGO documentation staff and partners";
    }

    /** The definitions box: which meaning of co-production the brief uses, in its author's words. */
    static String definition(DefinitionLens lens) {
        return switch (lens) {
            case OSTROM -> "Ostrom (1996): a good or service is produced with inputs from individuals who do not belong to the same "
                    + "organisation.";
            case JOSHI_MOORE -> "Joshi and Moore, institutionalised co-production: public services provided through lasting, regular "
                    + "relations in which state agencies and organised citizen groups each put in substantial resources.";
            case BOVAIRD -> "Bovaird (2007): lasting, regular relations between professional providers from any sector (not only the "
                    + "state) and users or other community members, with every party contributing substantial resources.";
            case MITLIN_POLITICAL -> "Mitlin (2008): citizens and the state jointly produce public services, sharing one or more parts "
                    + "of the production process; co-production is also a political route for the organised poor to consolidate their "
                    + "base and bargain with the state.";
        };
    }

    private static void frontMatter(BriefRequest r, Blocks body) {
        body.paragraph(ParagraphKind.SUBTITLE, List.of(Inline.plain(subject(r))));
        body.paragraph(ParagraphKind.META, List.of(Inline.bold("Prepared by: "), Inline.plain(author(r)), Inline.plain(" · "),
                Inline.bold("Date: "), Inline.plain(DATE.format(r.date())), Inline.plain(" · "), Inline.bold("For: "),
                Inline.plain(audience(r))));
        if (!r.comparative() && !r.full()) {
            return; // the definitions box and provenance note are the comparative brief's front matter
        }
        body.paragraph(ParagraphKind.QUOTE, List.of(Inline.bold("Definition used. "), Inline.plain(definition(r.definition()) + " "),
                Inline.italic("Co-production is a \"slippery\" term: this brief uses it in this sense only.")));
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
        body.paragraph(ParagraphKind.QUOTE, List.of(Inline.bold("Provenance. "),
                Inline.plain("Drawn from " + (sources.isEmpty() ? "the case records" : String.join(", ", sources)) + " and the case notes. "
                        + document + " typology placement" + (document == 1 ? " was" : "s were") + " assigned by the source documents and "
                        + coder + " by a coder; a coder's placement is shown with \"?\" and its confidence, "
                        + "e.g. P2-D2? (coder, medium).")));
    }

    /** A section per case from its summary and its Markdown notes, rendered through their syntax tree. */
    private static void caseNotes(List<Case> cases, Citations citations, Blocks body, boolean comparative) {
        NoteRenderer renderer = new NoteRenderer(3);
        if (comparative) {
            body.heading(1, "The cases in brief");
        } else {
            body.heading(1, "Case notes");
        }
        for (Case c : cases) {
            if (comparative) {
                body.heading(2, c.getName() == null ? c.getId() : c.getName());
                if (!CaseFacts.blank(c.getSummary())) {
                    body.paragraph(c.getSummary());
                }
                PlacementQuotes.write(c, citations, body); // a single-case brief has them under its typology coding
            }
            if (c.getNotes().isEmpty()) {
                body.paragraph(List.of(Inline.italic("No notes recorded for this case.")));
            }
            for (Note n : c.getNotes()) {
                if (!CaseFacts.blank(n.getTitle())) {
                    body.heading(3, n.getTitle());
                }
                body.addAll(renderer.render(n.getText()));
                if (!CaseFacts.blank(n.getAuthor()) || n.getDate() != null) {
                    String by = (CaseFacts.blank(n.getAuthor()) ? "" : "Note by " + n.getAuthor())
                            + (n.getDate() == null ? "" : (CaseFacts.blank(n.getAuthor()) ? "Note of " : ", ")
                                    + new SimpleDateFormat("d MMMM yyyy", Locale.ENGLISH).format(n.getDate()));
                    body.paragraph(ParagraphKind.CAPTION, List.of(Inline.plain(by + ".")));
                }
            }
        }
    }

    private static void sources(List<Case> cases, Citations citations, Blocks body, boolean comparative) {
        body.heading(1, comparative ? "Sources and coding notes" : "Sources");
        CaseTables tables = new CaseTables(citations);
        var log = tables.codingLog(cases);
        if (!log.isEmpty()) {
            body.paragraph("Every typology placement and driver below says whether the source document assigned it or a coder did; coder "
                    + "placements carry \"?\".");
            body.add(log.build());
        }
        references(cases, citations, body, "References", 2);
    }

    /** The numbered reference list: every source cited, and the cases' own sources, each once, by its number. */
    private static void references(List<Case> cases, Citations citations, Blocks body, String heading, int level) {
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
            body.paragraph(List.of(Inline.italic(BriefText.t("references.none"))));
        }
        for (Source s : references) {
            List<Inline> line = new ArrayList<>();
            line.add(Inline.plain("[" + citations.number(s) + "] " + Citations.fullCitation(s)));
            if (!CaseFacts.blank(s.getDocument()) && level > 1) { // the short brief leaves the seed files to the full one
                line.add(Inline.plain(" " + BriefText.t("references.seed") + " "));
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
