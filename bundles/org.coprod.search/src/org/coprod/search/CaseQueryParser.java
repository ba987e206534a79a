package org.coprod.search;

import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;

import org.apache.lucene.queryparser.charstream.FastCharStream;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Reads the query language of the Search view and {@code coprod search}: Lucene's classic syntax (words, "phrases",
 * AND/OR/NOT, +/-, wildcards, fuzzy~, ranges) over the case text, with field names users think in —
 * {@code country:BR} (or {@code country:Brazil}), {@code cell:P2-D2}, {@code sector:sanitation},
 * {@code actor:"Orangi Pilot Project"}, {@code year:[1990 TO 2000]}, {@code code:"local trust"} — mapped onto the
 * index's fields.
 * <p>
 * A code is matched by its whole name, in any case ({@link CaseDocument#codeValue}): {@code code:clientelism},
 * {@code code:co-financing}; a name with spaces goes in quotes, {@code code:"local trust"}; {@code code:local*} matches
 * every code whose name starts so. {@link #forSegments} reads the same language over segments: words search the
 * quoted passages, and the fields are those of a segment.
 */
public final class CaseQueryParser extends MultiFieldQueryParser {

    /** Field names a user may type, and the index field each stands for. */
    static final Map<String, String> ALIASES = aliases();
    /** The same for segments: {@code quote:} (also the default), {@code code:}, {@code coder:}, {@code case:}. */
    static final Map<String, String> SEGMENT_ALIASES = segmentAliases();

    private static final Map<String, Float> BOOSTS = Map.of(CaseDocument.NAME, 2f, CaseDocument.SUMMARY, 1.5f);
    private static final Map<String, String> COUNTRY_CODES = countryCodes();
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    /**
     * Deepest bracket nesting a query may have. The parser recurses for each bracket, and a few thousand levels
     * overflow the stack; no one writes more than a handful.
     */
    static final int MAX_DEPTH = 100;

    private final Map<String, String> aliases;

    /** A parser of case queries. */
    public CaseQueryParser(Analyzer analyzer) {
        this(CaseDocument.TEXT_FIELDS, BOOSTS, ALIASES, analyzer);
    }

    private CaseQueryParser(List<String> fields, Map<String, Float> boosts, Map<String, String> aliases,
            Analyzer analyzer) {
        super(fields.toArray(String[]::new), analyzer, boosts);
        this.aliases = aliases;
        setAllowLeadingWildcard(true);
        setDefaultOperator(QueryParser.OR_OPERATOR);
        setSplitOnWhitespace(true);
    }

    /** A parser of segment queries: words search the quotes, in every language. */
    public static CaseQueryParser forSegments(Analyzer analyzer) {
        return new CaseQueryParser(CaseDocument.QUOTE_FIELDS, Map.of(), SEGMENT_ALIASES, analyzer);
    }

    /** The query for a text, or everything (all cases, or all segments) for a blank one. */
    public Query read(String text) throws QuerySyntaxException {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        int tooDeep = tooDeepAt(text);
        if (tooDeep > 0) {
            throw new QuerySyntaxException(text, tooDeep, "Cannot read the query at column " + tooDeep
                    + ": brackets are nested more than " + MAX_DEPTH + " deep");
        }
        try {
            // As parse(), but keeping the parser's own exception, which knows the offending token.
            ReInit(new FastCharStream(new StringReader(text)));
            Query q = TopLevelQuery(null);
            return q == null ? new MatchNoDocsQuery() : q;
        } catch (TokenMgrError e) {
            throw describe(text, new ParseException(e.getMessage()));
        } catch (ParseException e) {
            throw describe(text, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(text, 0,
                    "The query expands to too many terms; make wildcard or fuzzy terms longer");
        } catch (UnknownFieldException e) {
            throw new QuerySyntaxException(text, text.indexOf(e.field + ":") + 1, e.getMessage());
        } catch (StackOverflowError e) {
            // Nesting the bracket count misses (on a thread with a small stack): the same answer, not a crash.
            throw new QuerySyntaxException(text, 0, "The query is nested too deeply to read; use fewer brackets");
        }
    }

    /**
     * The column (1-based) of the first bracket nested more than {@link #MAX_DEPTH} deep, or 0. Brackets in quotes or
     * escaped with a backslash are text, not nesting.
     */
    static int tooDeepAt(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '(' && ++depth > MAX_DEPTH) {
                return i + 1;
            } else if (!quoted && ch == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return 0;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field == null) {
            return super.getFieldQuery(null, queryText, quoted);
        }
        String f = resolve(field);
        if (f.equals(CaseDocument.YEAR)) {
            return IntPoint.newExactQuery(CaseDocument.YEAR, year(queryText));
        }
        if (f.equals(CaseDocument.COUNTRY)) {
            return new TermQuery(new Term(CaseDocument.COUNTRY, countryCode(queryText)));
        }
        if (f.equals(CaseDocument.CODE)) {
            return new TermQuery(new Term(CaseDocument.CODE, CaseDocument.codeValue(queryText)));
        }
        if (f.equals(CaseDocument.ID)) {
            // Ids are indexed whole; analysed, porto-alegre-op would become three stemmed words that match nothing.
            return new TermQuery(new Term(CaseDocument.ID, queryText.strip()));
        }
        if (f.equals(CaseDocument.NOTES) || f.equals(CaseDocument.QUOTE)) {
            return anyLanguage(lang -> super.getFieldQuery(inLanguage(f, lang), queryText, quoted));
        }
        Query q = super.getFieldQuery(f, queryText, quoted);
        return q == null ? new MatchNoDocsQuery() : q;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (field == null) {
            return super.getFieldQuery(null, queryText, slop);
        }
        String f = resolve(field);
        if (List.of(CaseDocument.YEAR, CaseDocument.COUNTRY, CaseDocument.CODE, CaseDocument.ID).contains(f)) {
            return getFieldQuery(field, queryText, true);
        }
        if (f.equals(CaseDocument.NOTES) || f.equals(CaseDocument.QUOTE)) {
            return anyLanguage(lang -> super.getFieldQuery(inLanguage(f, lang), queryText, slop));
        }
        return super.getFieldQuery(f, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        String f = field == null ? null : resolve(field);
        if (CaseDocument.YEAR.equals(f)) {
            int from = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : year(part1) + (startInclusive ? 0 : 1);
            int to = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : year(part2) - (endInclusive ? 0 : 1);
            return IntPoint.newRangeQuery(CaseDocument.YEAR, from, to);
        }
        return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return field == null ? super.getWildcardQuery(null, termStr) : super.getWildcardQuery(resolve(field), termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return field == null ? super.getPrefixQuery(null, termStr) : super.getPrefixQuery(resolve(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return field == null ? super.getFuzzyQuery(null, termStr, minSimilarity)
                : super.getFuzzyQuery(resolve(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return field == null ? super.getRegexpQuery(null, termStr) : super.getRegexpQuery(resolve(field), termStr);
    }

    private interface LanguageQuery {
        Query in(String language) throws ParseException;
    }

    /** The field of notes or quotes in a language. */
    private static String inLanguage(String field, String language) {
        return field.equals(CaseDocument.NOTES) ? CaseDocument.notesField(language) : CaseDocument.quoteField(language);
    }

    private static Query anyLanguage(LanguageQuery perLanguage) throws ParseException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String lang : CaseAnalyzers.LANGUAGES) {
            Query q = perLanguage.in(lang);
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    /** The index field for a field name typed by a user. */
    private String resolve(String field) {
        String f = aliases.get(field.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new UnknownFieldException(field, aliases);
        }
        return f;
    }

    private static int year(String text) throws ParseException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ParseException("year: '" + text + "' is not a year");
        }
    }

    /** {@code BR}, {@code br}, {@code Brazil} → {@code br}; an unknown name is searched as typed. */
    static String countryCode(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return COUNTRY_CODES.getOrDefault(t, t);
    }

    /** Turns the parser's exception into a message that points at the problem. */
    private static QuerySyntaxException describe(String query, ParseException e) {
        Token token = e.currentToken == null ? null : e.currentToken.next;
        if (token != null) {
            // The parser counts columns from 0.
            int column = token.beginColumn + 1;
            String what = token.kind == 0 ? "the query ends too early" : "unexpected '" + token.image + "'";
            if (token.kind == 0 && e.currentToken.image != null) {
                what += " after '" + e.currentToken.image + "'";
            }
            if (token.kind == 0) {
                column = Math.max(1, query.length() + 1);
            }
            return new QuerySyntaxException(query, column, "Cannot read the query at column " + column + ": " + what
                    + hint(token.kind == 0 ? e.currentToken.image : token.image));
        }
        String msg = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = COLUMN.matcher(msg);
        int column = m.find() ? Integer.parseInt(m.group(1)) : 0;
        if (msg.contains("Lexical error")) {
            String what = msg.contains("<EOF>") ? "a quote, bracket or escape is not closed" : "a character cannot be read here";
            return new QuerySyntaxException(query, column, "Cannot read the query at column " + column + ": " + what);
        }
        int colon = msg.lastIndexOf(": ");
        String reason = msg.startsWith("Cannot parse") && colon > 0 ? msg.substring(colon + 2) : msg;
        return new QuerySyntaxException(query, column, "Cannot read the query: " + reason.lines().findFirst().orElse(reason));
    }

    private static String hint(String near) {
        if (near == null) {
            return "";
        }
        return switch (near) {
        case "AND", "OR", "NOT", "&&", "||", "!", "+", "-" -> " (an operator needs a term on each side; quote it to search for the word)";
        case "(", ")" -> " (brackets must pair up)";
        case ":" -> " (a field name goes right before the colon, such as country:BR)";
        default -> "";
        };
    }

    /** A field name nobody indexes: said plainly rather than silently matching nothing. */
    static final class UnknownFieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;

        UnknownFieldException(String field, Map<String, String> aliases) {
            super("Unknown field '" + field + "' (fields: " + String.join(", ", aliases.keySet().stream()
                    .filter(a -> !a.contains("_")).toList()) + ")");
            this.field = field;
        }
    }

    private static Map<String, String> aliases() {
        Map<String, String> a = new LinkedHashMap<>();
        for (String f : List.of(CaseDocument.ID, CaseDocument.NAME, CaseDocument.SUMMARY, CaseDocument.NOTES,
                CaseDocument.TEXT, CaseDocument.ACTOR, CaseDocument.PLACE, CaseDocument.COUNTRY, CaseDocument.SECTOR,
                CaseDocument.CELL, CaseDocument.DRIVER, CaseDocument.INITIATOR, CaseDocument.ACTOR_TYPE,
                CaseDocument.CASE_TYPE, CaseDocument.CONTRIBUTION, CaseDocument.OUTCOME, CaseDocument.CODE,
                CaseDocument.YEAR)) {
            a.put(f, f);
        }
        a.put("type", CaseDocument.CASE_TYPE);
        a.put("case_type", CaseDocument.CASE_TYPE);
        a.put("actor_type", CaseDocument.ACTOR_TYPE);
        a.put("initiator_mode", CaseDocument.INITIATOR);
        a.put("mode", CaseDocument.INITIATOR);
        a.put("actors", CaseDocument.ACTOR);
        a.put("places", CaseDocument.PLACE);
        a.put("countries", CaseDocument.COUNTRY);
        a.put("sectors", CaseDocument.SECTOR);
        a.put("cells", CaseDocument.CELL);
        a.put("drivers", CaseDocument.DRIVER);
        a.put("codes", CaseDocument.CODE);
        for (String lang : CaseAnalyzers.LANGUAGES) {
            if (!lang.equals("en")) {
                a.put(CaseDocument.notesField(lang), CaseDocument.notesField(lang));
            }
        }
        return Collections.unmodifiableMap(a);
    }

    private static Map<String, String> segmentAliases() {
        Map<String, String> a = new LinkedHashMap<>();
        for (String f : CaseDocument.QUOTE_FIELDS) {
            a.put(f, f);
        }
        a.put(CaseDocument.CODE, CaseDocument.CODE);
        a.put("codes", CaseDocument.CODE);
        a.put(CaseDocument.CODER, CaseDocument.CODER);
        a.put("case", CaseDocument.ID);
        return Collections.unmodifiableMap(a);
    }

    private static Map<String, String> countryCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            codes.put(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT),
                    code.toLowerCase(Locale.ROOT));
        }
        codes.put("uk", "gb");
        codes.put("england", "gb");
        codes.put("britain", "gb");
        codes.put("usa", "us");
        codes.put("united states of america", "us");
        return Map.copyOf(codes);
    }
}
