package org.coprod.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.coprod.model.Actor;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.Code;
import org.coprod.model.DriverCoding;
import org.coprod.model.LimitationClaim;
import org.coprod.model.Note;
import org.coprod.model.Outcome;
import org.coprod.model.Phase;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.coprod.model.Sector;
import org.coprod.model.Segment;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.common.util.Enumerator;

/**
 * Turns a case into the Lucene document that stands for it, field by field, followed by one for each of its coded
 * segments ({@link SegmentDocument}). The field names here are the index's vocabulary: the query parsers, the facets
 * and the snippets all use them.
 */
public final class CaseDocument {

    /**
     * The case id, on the case's document and on the documents of its segments: the key for updates and deletes, which
     * so replace or remove a case and its segments together.
     */
    public static final String ID = "id";
    /**
     * What a document stands for, {@value #KIND_CASE} or {@value #KIND_SEGMENT}: every case query is filtered to
     * {@link #CASES}, so segments never count as cases. (Not "type": users type that for the case type.)
     */
    public static final String KIND = "kind";
    public static final String KIND_CASE = "case";
    public static final String KIND_SEGMENT = "segment";
    public static final String NAME = "name";
    public static final String SUMMARY = "summary";
    /** Notes in English (or a language without an analyzer of its own); other languages use {@link #notesField}. */
    public static final String NOTES = "notes";
    /** Everything else worth finding a case by: aliases, places, country names, cells, actors, outcomes… */
    public static final String TEXT = "text";
    public static final String ACTOR = "actor";
    public static final String PLACE = "place";
    public static final String COUNTRY = "country";
    public static final String SECTOR = "sector";
    public static final String CELL = "cell";
    public static final String DRIVER = "driver";
    public static final String INITIATOR = "initiator";
    public static final String ACTOR_TYPE = "actortype";
    public static final String CASE_TYPE = "casetype";
    public static final String CONTRIBUTION = "contribution";
    public static final String OUTCOME = "outcome";
    /**
     * The names of the codes of the case's segments (on a segment's document, of that segment's), each whole and
     * lower-cased as {@link #codeValue} makes it, so that {@code code:"local trust"} is one term.
     */
    public static final String CODE = "code";
    public static final String YEAR = "year";
    /** How much a match in this case counts for (doc values only), from its {@linkplain #prior case type}. */
    public static final String PRIOR = "prior";
    /** When the case file was last written (doc values only): tells a resync which cases changed on disk. */
    public static final String STAMP = "stamp";

    // Fields of segment documents only (with ID, KIND and CODE above): see SegmentDocument.
    /** The segment's id. */
    public static final String SEGMENT = "segment";
    /** The id of the note or document the segment is a passage of. */
    public static final String CODED_TEXT = "codedtext";
    /** Where the passage starts and ends in its text, in code points, end exclusive. */
    public static final String START = "start";
    public static final String END = "end";
    /** The passage as quoted, in English or a language without an analyzer; other languages use {@link #quoteField}. */
    public static final String QUOTE = "quote";
    public static final String CODER = "coder";
    /** When the segment was coded, in milliseconds since 1970 (stored only). */
    public static final String CODED_ON = "codedon";

    /** Fields that hold whole lower-cased values (codes and enumeration literals). */
    public static final List<String> KEYWORD_FIELDS = List.of(COUNTRY, SECTOR, CELL, DRIVER, INITIATOR, ACTOR_TYPE,
            CASE_TYPE, CONTRIBUTION, OUTCOME, CODE);

    /** Facet dimensions, in the order views show them. */
    public static final List<String> FACETS = List.of(COUNTRY, SECTOR, CELL, DRIVER, INITIATOR, ACTOR_TYPE, CASE_TYPE);

    /** Fields a snippet may come from, best first. */
    public static final List<String> SNIPPET_FIELDS = List.of(SUMMARY, NOTES, notesField("pt"), notesField("es"),
            notesField("fr"));

    /** Free-text fields: searched by words without a field name, and compared by "similar cases". */
    public static final List<String> TEXT_FIELDS = List.of(NAME, SUMMARY, NOTES, notesField("pt"), notesField("es"),
            notesField("fr"), TEXT);

    /** Fields of a segment's quote, one per analysed language: searched by words without a field name. */
    public static final List<String> QUOTE_FIELDS = List.of(QUOTE, quoteField("pt"), quoteField("es"), quoteField("fr"));

    public static final FacetsConfig FACETS_CONFIG = facetsConfig();

    /** The case documents of an index (every case query is filtered to these). */
    public static final Query CASES = new TermQuery(new Term(KIND, KIND_CASE));
    /** The segment documents of an index. */
    public static final Query SEGMENTS = new TermQuery(new Term(KIND, KIND_SEGMENT));

    /** Stored text with offsets in the postings, so that the highlighter needs neither term vectors nor re-analysis. */
    private static final FieldType STORED_TEXT = storedTextWithOffsets();

    private CaseDocument() {
    }

    /** The field that holds notes written in a language ({@code notes} for English and unknown languages). */
    public static String notesField(String language) {
        String l = CaseAnalyzers.normalizeLanguage(language);
        return l.equals("en") ? NOTES : NOTES + "_" + l;
    }

    /** The field that holds quotes from texts in a language ({@code quote} for English and unknown languages). */
    public static String quoteField(String language) {
        String l = CaseAnalyzers.normalizeLanguage(language);
        return l.equals("en") ? QUOTE : QUOTE + "_" + l;
    }

    /**
     * A code's name as indexed and as matched: lower-cased, trimmed, runs of white space as one space. The whole name
     * is one term, hyphens and all, so {@code code:co-financing} and {@code code:"Local  Trust"} find what they say.
     */
    public static String codeValue(String name) {
        return name == null ? null : WHITE_SPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The name a code is shown and indexed by: its name, or its id when it has none. */
    public static String codeName(Code code) {
        String name = code.getName();
        return name == null || name.isBlank() ? code.getId() : name.strip();
    }

    /**
     * The documents of a case: its own, then one for each of its segments. An index adds or replaces them together,
     * so that the segments of a case are never those of an older version of it.
     */
    public static List<Document> documents(Case c, long stamp) {
        List<Document> docs = new ArrayList<>(1 + c.getSegments().size());
        docs.add(of(c, stamp));
        for (Segment s : c.getSegments()) {
            docs.add(SegmentDocument.of(c, s));
        }
        return docs;
    }

    /**
     * The document for a case (without its segments: see {@link #documents}).
     *
     * @param stamp when the case's file was last written, or 0 for a case that has no file
     */
    public static Document of(Case c, long stamp) {
        Document doc = new Document();
        doc.add(new StringField(ID, c.getId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(c.getId())));
        doc.add(new StringField(KIND, KIND_CASE, Field.Store.NO));
        doc.add(new NumericDocValuesField(STAMP, stamp));
        doc.add(new FloatDocValuesField(PRIOR, prior(c.getCaseType())));
        for (Map.Entry<String, List<String>> e : texts(c).entrySet()) {
            String field = e.getKey();
            boolean stored = field.equals(NAME) || SNIPPET_FIELDS.contains(field);
            for (String value : e.getValue()) {
                if (field.equals(NAME)) {
                    doc.add(new TextField(NAME, value, Field.Store.YES));
                } else if (stored) {
                    doc.add(new Field(field, value, STORED_TEXT));
                } else {
                    doc.add(new TextField(field, value, Field.Store.NO));
                }
            }
        }
        Integer year = c.getPeriodStart();
        if (year != null) {
            doc.add(new IntPoint(YEAR, year));
            doc.add(new NumericDocValuesField(YEAR, year));
            doc.add(new StoredField(YEAR, year));
        }
        for (Map.Entry<String, Set<String>> e : keywords(c).entrySet()) {
            for (String value : e.getValue()) {
                doc.add(new StringField(e.getKey(), value.toLowerCase(Locale.ROOT), Field.Store.NO));
                if (FACETS.contains(e.getKey())) {
                    doc.add(new SortedSetDocValuesFacetField(e.getKey(), value));
                }
            }
        }
        try {
            return FACETS_CONFIG.build(doc);
        } catch (IOException e) {
            // Only a taxonomy writer can fail here, and sorted-set facets have none.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The weight of a match by case type: a full case study is the best-documented precedent, a passing mention or a
     * piece of context evidence the least, so that among cases matching a description equally well the case study
     * comes first (Porto Alegre's budget itself before the cities that copied it).
     */
    public static float prior(CaseType type) {
        if (type == null) {
            return 1f;
        }
        return switch (type) {
        case FULL_CASE_STUDY -> 1.3f;
        case MENTION -> 0.8f;
        case CONTEXT_EVIDENCE -> 0.7f;
        default -> 1f;
        };
    }

    /** The analysed text of a case, field by field, as indexed (notes as plain text, in their language's field). */
    public static Map<String, List<String>> texts(Case c) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        add(texts, NAME, c.getName());
        add(texts, SUMMARY, c.getSummary());
        for (Note note : c.getNotes()) {
            String body = MarkdownText.plain(note.getText());
            String title = note.getTitle();
            add(texts, notesField(note.getLanguage()), title == null || title.isBlank() ? body : title + "\n" + body);
        }
        StringBuilder text = new StringBuilder(512);
        c.getAliases().forEach(a -> line(text, a));
        for (String place : c.getPlaces()) {
            line(text, place);
            add(texts, PLACE, place);
        }
        for (String country : c.getCountries()) {
            line(text, countryName(country));
        }
        c.getSectors().forEach(s -> line(text, s.getLiteral()));
        line(text, c.getContext());
        line(text, c.getScale());
        line(text, c.getPeriodNote());
        for (Phase p : c.getPhases()) {
            line(text, p.getLabel());
            line(text, p.getDescription());
        }
        for (TypologyCoding coding : c.getCodings()) {
            if (coding.getCell() != null) {
                line(text, coding.getCell().getCode());
                line(text, coding.getCell().getName());
            }
            line(text, coding.getComponent());
            line(text, coding.getJustification());
        }
        for (DriverCoding d : c.getDrivers()) {
            line(text, literal(d.getDriver()));
            line(text, d.getJustification());
        }
        line(text, literal(c.getInitiatorMode()));
        for (Role r : c.getRoles()) {
            Actor a = r.getActor();
            if (a != null) {
                line(text, a.getName());
                add(texts, ACTOR, a.getName());
                a.getAliases().forEach(alias -> add(texts, ACTOR, alias));
                line(text, literal(a.getType()));
            }
            line(text, literal(r.getKind()));
            line(text, r.getComponent());
        }
        for (ResourceContribution rc : c.getContributions()) {
            line(text, literal(rc.getKind()));
            line(text, rc.getComponent());
            line(text, rc.getDescription());
            if (rc.getActor() != null) {
                add(texts, ACTOR, rc.getActor().getName());
            }
        }
        for (Outcome o : c.getOutcomes()) {
            line(text, literal(o.getDomain()));
            line(text, o.getIndicator());
            line(text, o.getDescription());
        }
        for (BenefitClaim b : c.getBenefits()) {
            line(text, literal(b.getBenefit()));
            line(text, b.getNote());
        }
        for (LimitationClaim l : c.getLimitations()) {
            line(text, literal(l.getLimitation()));
            line(text, l.getNote());
        }
        // A passage of a note is then indexed twice, which ranks it up a little: someone found it worth coding.
        c.getSegments().forEach(s -> line(text, s.getQuote()));
        add(texts, TEXT, text.toString());
        return texts;
    }

    /** Coded values by keyword field, as shown in facets (upper-case country codes and cell codes, enum literals). */
    public static Map<String, Set<String>> keywords(Case c) {
        Map<String, Set<String>> keywords = new LinkedHashMap<>();
        for (String country : c.getCountries()) {
            put(keywords, COUNTRY, country == null ? null : country.trim().toUpperCase(Locale.ROOT));
        }
        for (Sector s : c.getSectors()) {
            put(keywords, SECTOR, s.getLiteral());
        }
        for (TypologyCoding coding : c.getCodings()) {
            if (coding.getCell() != null) {
                put(keywords, CELL, coding.getCell().getCode());
            }
        }
        for (DriverCoding d : c.getDrivers()) {
            put(keywords, DRIVER, literal(d.getDriver()));
        }
        put(keywords, INITIATOR, literal(c.getInitiatorMode()));
        put(keywords, CASE_TYPE, literal(c.getCaseType()));
        for (Role r : c.getRoles()) {
            if (r.getActor() != null) {
                put(keywords, ACTOR_TYPE, literal(r.getActor().getType()));
            }
        }
        for (ResourceContribution rc : c.getContributions()) {
            put(keywords, CONTRIBUTION, literal(rc.getKind()));
            if (rc.getActor() != null) {
                put(keywords, ACTOR_TYPE, literal(rc.getActor().getType()));
            }
        }
        for (Outcome o : c.getOutcomes()) {
            put(keywords, OUTCOME, literal(o.getDomain()));
        }
        for (Segment s : c.getSegments()) {
            for (Code code : s.getCodes()) {
                put(keywords, CODE, codeValue(codeName(code)));
            }
        }
        return keywords;
    }

    /** The English name of an ISO country code ({@code BR} → Brazil), so that "in Brazil" finds Brazilian cases. */
    public static String countryName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        // Locale looks names up in resource bundles: too slow to do for every case of a rebuild.
        return COUNTRY_NAMES.computeIfAbsent(code, k -> {
            String name = Locale.of("", k.trim().toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
            return name.isBlank() ? k : name;
        });
    }

    private static final ConcurrentHashMap<String, String> COUNTRY_NAMES = new ConcurrentHashMap<>();
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private static String literal(Enumerator e) {
        return e == null ? null : e.getLiteral();
    }

    private static void line(StringBuilder text, String value) {
        if (value != null && !value.isBlank()) {
            text.append(value).append('\n');
        }
    }

    private static void add(Map<String, List<String>> texts, String field, String value) {
        if (value != null && !value.isBlank()) {
            texts.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
        }
    }

    private static void put(Map<String, Set<String>> keywords, String field, String value) {
        if (value != null && !value.isBlank()) {
            keywords.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(value);
        }
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : FACETS) {
            config.setMultiValued(dim, true);
            // Drill-down filters use the lower-cased keyword fields, so the facet field needs no terms of its own.
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }

    private static FieldType storedTextWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
