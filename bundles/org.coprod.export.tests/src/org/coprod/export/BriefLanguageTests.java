package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.coprod.core.Labels;
import org.coprod.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;

/**
 * Briefs in Portuguese, Spanish and French, read back from real Word and Markdown files: headings, captions, dates,
 * country names and the model's values in the brief's language, no English template text left over, and the cases' own
 * words marked as English. The expected words are read from the translation files themselves, never from the code.
 */
class BriefLanguageTests {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    /** The short comparative brief's headings (those the three cases all have). */
    private static final List<String> SHORT_HEADINGS = List.of("h.keyMessages", "h.grid", "h.glance", "h.pays", "h.outcomes",
            "h.travelled", "h.options", "h.cards", "h.references");
    private static final List<String> FULL_HEADINGS = List.of("h.keyMessages", "h.why", "h.glance", "h.context", "h.organised",
            "h.typologyGrid", "h.valueChain", "h.actors", "h.pays", "h.politicsFull", "h.outcomes", "h.lessons", "h.transfer",
            "h.conditions", "h.caveats", "h.options", "h.casesInBrief", "h.sourcesNotes", "h.references");

    /** A translation file as it is shipped, read as Java's ResourceBundle reads it. */
    static Properties words(String language) throws IOException {
        String name = language.equals("en") ? "brief.properties" : "brief_" + language + ".properties";
        Properties p = new Properties();
        try (InputStream in = BriefText.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is not on the bundle's class path");
            p.load(in);
        }
        return p;
    }

    static Brief brief(Locale language, BriefDetail detail, List<String> ids) throws BriefException {
        return BriefAssembler.assemble(BriefRequest.of(SampleCases.cases(ids)).withDate(DATE).withDetail(detail).withLanguage(language));
    }

    private static List<String> headings(XWPFDocument d) {
        return d.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                .map(XWPFParagraph::getText).toList();
    }

    /** Every text of the document a reader sees: body paragraphs, tables (cell by cell) and footers. */
    static String text(XWPFDocument d) {
        StringBuilder b = new StringBuilder();
        for (IBodyElement e : d.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                b.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> b.append(c.getText()).append('\n')));
            }
        }
        for (XWPFFooter f : d.getFooterList()) {
            b.append(f.getText()).append('\n');
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = { "pt", "es", "fr" })
    void aShortBriefHasItsHeadingsInItsLanguage(String language) throws Exception {
        Properties english = words("en");
        Properties translated = words(language);
        List<String> englishHeadings;
        try (XWPFDocument d = DocxWriterTests.read(DocxWriterTests.write(brief(Locale.ENGLISH, BriefDetail.SHORT, BriefTruthTests.THREE),
                null))) {
            englishHeadings = headings(d);
        }
        try (XWPFDocument d = DocxWriterTests.read(DocxWriterTests.write(brief(Locale.of(language), BriefDetail.SHORT,
                BriefTruthTests.THREE), null))) {
            List<String> found = headings(d);
            for (String key : SHORT_HEADINGS) {
                assertTrue(englishHeadings.contains(english.getProperty(key)), key + " not in the English brief: " + englishHeadings);
                assertTrue(found.contains(translated.getProperty(key)), key + " (" + translated.getProperty(key) + ") not in " + found);
                assertFalse(found.contains(english.getProperty(key)), key + " left in English: " + found);
            }
            assertEquals(englishHeadings.size(), found.size(), "the same sections in both languages: " + found);
            String text = text(d);
            assertTrue(text.contains(translated.getProperty("label.table") + " 1. "), "tables are captioned in the language");
            assertTrue(text.contains(translated.getProperty("label.figure") + " 1. "), "figures are captioned in the language");
            assertTrue(text.contains(translated.getProperty("footer.page") + " 1 " + translated.getProperty("footer.of") + " "),
                    "the footer's page numbers in the language");
        }
    }

    @Test
    void aFullPortugueseBriefHasItsHeadingsInPortuguese() throws Exception {
        Properties pt = words("pt");
        try (XWPFDocument d = DocxWriterTests.read(DocxWriterTests.write(brief(Locale.of("pt"), BriefDetail.FULL, BriefTruthTests.THREE),
                null))) {
            List<String> found = headings(d);
            for (String key : FULL_HEADINGS) {
                assertTrue(found.contains(pt.getProperty(key)), key + " (" + pt.getProperty(key) + ") not in " + found);
            }
        }
    }

    /**
     * The English template texts, cut at their placeholders into runs of at least three words: none may be in a
     * Portuguese brief, short or full, single-case or comparative. The cases' own texts are English, so a run that one
     * of them holds is left out of the comparison (it would be found for the case's sake, not the template's).
     */
    @Test
    void aPortugueseBriefLeavesNoEnglishTemplateText() throws Exception {
        Properties english = words("en");
        List<String> cases = List.of("opp-orangi-sanitation", "porto-alegre-op", "tackley-village-shop");
        StringBuilder content = new StringBuilder();
        for (Case c : SampleCases.cases(cases)) {
            c.eAllContents().forEachRemaining(o -> o.eClass().getEAllAttributes().forEach(a -> {
                Object v = o.eGet(a);
                if (v instanceof String s) {
                    content.append(s).append('\n');
                }
            }));
            content.append(c.getName()).append('\n').append(c.getSummary()).append('\n').append(c.getContext()).append('\n');
        }
        List<String> left = new ArrayList<>();
        int checked = 0;
        for (BriefDetail detail : BriefDetail.values()) {
            for (List<String> ids : List.of(cases, List.of(cases.get(0)))) {
                String text;
                try (XWPFDocument d = DocxWriterTests.read(DocxWriterTests.write(brief(Locale.of("pt"), detail, ids), null))) {
                    text = text(d);
                }
                String markdown = MarkdownWriter.toMarkdown(brief(Locale.of("pt"), detail, ids));
                for (String key : english.stringPropertyNames()) {
                    for (String run : runs(english.getProperty(key))) {
                        if (content.indexOf(run) >= 0) {
                            continue;
                        }
                        checked++;
                        if (text.contains(run) || markdown.contains(run)) {
                            left.add(detail + " " + ids.size() + " " + key + ": \"" + run + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), left.stream().distinct().toList());
        assertTrue(checked > 500, checked + " runs compared");
        // the same check finds the English brief's own words in it: it can fail
        String inEnglish = MarkdownWriter.toMarkdown(brief(Locale.ENGLISH, BriefDetail.FULL, cases));
        long found = english.values().stream().map(String::valueOf).flatMap(v -> runs(v).stream())
                .filter(r -> content.indexOf(r) < 0 && inEnglish.contains(r)).count();
        assertTrue(found > 50, found + " English runs found in the English brief");
    }

    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z'’-]*(?:[ ,;:]+[A-Za-z][A-Za-z'’-]*){2,}");

    /** Runs of three or more English words between placeholders: "and the case notes", "Who pays for what". */
    static List<String> runs(String template) {
        String plain = template.replaceAll("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", "\u0000").replace("''", "'");
        List<String> runs = new ArrayList<>();
        Matcher m = WORDS.matcher(plain);
        while (m.find()) {
            runs.add(m.group().strip());
        }
        return runs;
    }

    @Test
    void theCheckFindsTheRunsOfATemplate() {
        assertEquals(List.of("and the case notes"), runs("Drawn from {0} and the case notes."));
        assertEquals(List.of("Who pays for what"), runs("Who pays for what"));
        assertEquals(List.of("placements were assigned by"), runs("{1,choice,1#one|1<{1,number,integer} x} placements were assigned by"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "pt", "es", "fr" })
    void theDateLineCountriesAndValuesAreInTheLanguage(String language) throws Exception {
        Locale locale = Locale.of(language);
        Brief brief = brief(locale, BriefDetail.SHORT, BriefTruthTests.THREE);
        String date = Map.of("pt", "1 de dezembro de 2026", "es", "1 de diciembre de 2026", "fr", "1 d\u00e9cembre 2026").get(language);
        String front = Inline.plainText(((Block.Paragraph) brief.blocks().get(1)).inlines());
        assertTrue(front.contains(date), front);
        assertTrue(front.startsWith(words(language).getProperty("front.by")), front);
        String text;
        try (XWPFDocument d = DocxWriterTests.read(DocxWriterTests.write(brief, null))) {
            text = text(d);
        }
        // Orangi is in Pakistan: the JDK's name in the language, and not the English one
        String pakistan = Map.of("pt", "Paquist\u00e3o", "es", "Pakist\u00e1n", "fr", "Pakistan").get(language);
        assertTrue(text.contains(pakistan), "no " + pakistan);
        assertTrue(text.contains(Locale.of("", "BR").getDisplayCountry(locale)), "no Brazil in " + language);
        // a sector of Porto Alegre as core's label file for the language has it
        Case porto = SampleCases.get("porto-alegre-op");
        String sector = Labels.of(porto.getSectors().get(0), locale);
        assertNotEquals(Labels.of(porto.getSectors().get(0)), sector, "the sector has a translated label");
        assertTrue(text.contains(sector), sector + " not in the " + language + " brief");
    }

    @Test
    void anEnglishBriefKeepsItsBritishDateAndWords() throws Exception {
        Brief brief = brief(Locale.ENGLISH, BriefDetail.FULL, BriefTruthTests.THREE);
        String front = Inline.plainText(((Block.Paragraph) brief.blocks().get(1)).inlines());
        assertTrue(front.contains("Date: 1 December 2026"), front);
        String markdown = MarkdownWriter.toMarkdown(brief);
        assertTrue(markdown.contains("(year not given)"), "an outcome without a year");
    }

    @Test
    void wordMarksTheBriefsLanguageAndTheCasesOwnWords() throws Exception {
        Case orangi = SampleCases.get("opp-orangi-sanitation");
        try (XWPFDocument d = DocxWriterTests.read(DocxWriterTests.write(brief(Locale.of("pt"), BriefDetail.SHORT,
                List.of(orangi.getId())), null))) {
            assertEquals("pt-BR", d.getStyles().getDefaultRunStyle().getRPr().getLangArray(0).getVal());
            XWPFRun summary = null;
            XWPFRun heading = null;
            for (XWPFParagraph p : d.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    String t = r.text();
                    if (summary == null && t.startsWith(orangi.getSummary().substring(0, 40))) {
                        summary = r;
                    }
                    if (heading == null && p.getStyle() != null && p.getStyle().startsWith("Heading") && !t.isBlank()) {
                        heading = r;
                    }
                }
            }
            assertTrue(summary != null, "the case's summary is in the brief");
            assertEquals("en-GB", summary.getLang(), "the case's own words are marked as English");
            assertEquals(null, heading.getLang(), "a heading is in the document's language");
        }
        try (XWPFDocument d = DocxWriterTests.read(DocxWriterTests.write(brief(Locale.ENGLISH, BriefDetail.SHORT,
                List.of(orangi.getId())), null))) {
            assertEquals("en-GB", d.getStyles().getDefaultRunStyle().getRPr().getLangArray(0).getVal());
        }
    }

    @Test
    void markdownSaysTheBriefsLanguageAndTheContents() throws Exception {
        String markdown = MarkdownWriter.toMarkdown(brief(Locale.of("fr"), BriefDetail.SHORT, BriefTruthTests.THREE));
        AbstractYamlFrontMatterVisitor yaml = new AbstractYamlFrontMatterVisitor();
        yaml.visit(MarkdownWriterTests.parse(markdown));
        assertEquals(List.of("fr-FR"), yaml.getData().get("lang"));
        assertEquals(List.of("en-GB"), yaml.getData().get("content-lang"));
        assertTrue(markdown.contains("\n# " + words("fr").getProperty("h.keyMessages") + "\n"), markdown.substring(0, 600));
        assertTrue(markdown.contains(words("fr").getProperty("label.figure") + " 1. "));
    }

    @Test
    void anotherLanguageIsRefusedWithAClearMessage() throws Exception {
        assertEquals(Locale.of("pt"), BriefRequest.language(" PT "));
        BriefException e = assertThrows(BriefException.class, () -> BriefRequest.language("de"));
        assertEquals("'de' is not a language briefs are written in: choose en, pt, es, fr", e.getMessage());
        BriefRequest german = BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE)).withLanguage(Locale.GERMAN);
        assertThrows(BriefException.class, () -> BriefAssembler.assemble(german));
        assertEquals(Locale.ENGLISH, BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE)).language(), "English by default");
    }
}
