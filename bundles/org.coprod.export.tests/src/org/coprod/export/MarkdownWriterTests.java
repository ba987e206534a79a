package org.coprod.export;

import java.time.LocalDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coprod.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** Writes briefs from the sample library as Markdown and reads them back with flexmark. */
class MarkdownWriterTests {

    private static String markdown;
    private static Document ast;

    @BeforeAll
    static void writeComparativeBrief() throws Exception {
        Brief brief = BriefAssembler.assemble(BriefRequest.of(SampleCases.cases(SampleCases.BOVAIRD_FIVE)).withDetail(BriefDetail.FULL)
                .withTitle("Five \"Bovaird\" cases")
                .withAuthor("Policy team").withDate(LocalDate.of(2026, 11, 25)));
        markdown = MarkdownWriter.toMarkdown(brief);
        ast = parse(markdown);
    }

    static Document parse(String text) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create()));
        return Parser.builder(options).build().parse(text);
    }

    static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n : root.getDescendants()) {
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
        }
        return found;
    }

    @Test
    void frontMatterCarriesTitleAuthorDateAndCases() {
        AbstractYamlFrontMatterVisitor yaml = new AbstractYamlFrontMatterVisitor();
        yaml.visit(ast);
        Map<String, List<String>> data = yaml.getData();
        // single-quoted scalars: only a quote is escaped (doubled), so a double quote stays as it is
        assertEquals(List.of("'Five \"Bovaird\" cases'"), data.get("title"));
        assertEquals(List.of("'Policy team'"), data.get("author"));
        assertEquals(List.of("'2026-11-25'"), data.get("date"));
        assertTrue(data.get("cases").get(0).contains("'porto-alegre-op'"));
        assertTrue(markdown.startsWith("---\n"));
    }

    @Test
    void headingsFollowTheComparativeOutline() {
        List<String> h1 = all(ast, Heading.class).stream().filter(h -> h.getLevel() == 1).map(h -> h.getText().toString()).toList();
        assertEquals("Key messages", h1.get(0));
        assertTrue(h1.indexOf("Cases at a glance") < h1.indexOf("How co-production is organised"));
        assertEquals("Sources and coding notes", h1.get(h1.size() - 1));
    }

    @Test
    void comparisonIsAPipeTableWithOneColumnPerCase() {
        TableBlock glance = all(ast, TableBlock.class).stream()
                .filter(t -> all(t, TableHead.class).get(0).getChildChars().toString().contains("Field")).findFirst().orElseThrow();
        List<String> header = all(all(glance, TableHead.class).get(0), TableCell.class).stream().map(c -> c.getText().toString().trim())
                .toList();
        assertEquals(6, header.size());
        assertEquals("Participatory budgeting, Porto Alegre", header.get(1));
        assertTrue(glance.getChars().toString().contains("| P2-D1 (document)"));
        assertTrue(all(ast, TableBlock.class).size() >= 8, "tables for §3 to §9 and the coding log");
        assertTrue(markdown.contains("\nTable: Cases at a glance: one column per case\n"));
    }

    @Test
    void footnotesAreDefinedAndEveryReferenceResolves() {
        List<Footnote> refs = all(ast, Footnote.class);
        List<FootnoteBlock> definitions = all(ast, FootnoteBlock.class);
        assertEquals(refs.size(), definitions.size());
        for (Footnote f : refs) {
            assertNotNull(f.getFootnoteBlock(), "footnote " + f.getText() + " has a definition");
        }
        // footnotes hold notes; a citation is in the text, with its number
        assertTrue(definitions.stream().noneMatch(d -> d.getText().toString().matches("\\s*\\d+: \\w+ \\d{4}.*")));
    }

    @Test
    void typologyGridIsAFencedTextDrawing() {
        FencedCodeBlock grid = all(ast, FencedCodeBlock.class).stream().filter(c -> c.getInfo().toString().equals("text")).findFirst()
                .orElseThrow();
        String drawing = grid.getContentChars().toString();
        assertTrue(drawing.contains("P3-D1") && drawing.contains("(Not applicable)") && drawing.contains("/////"));
        assertTrue(drawing.contains("• Participatory") && drawing.contains("  budgeting, Porto "), drawing);
        String[] lines = drawing.split("\n");
        for (String line : lines) {
            assertEquals(lines[0].length(), line.length(), "every line of the drawing has the same width: " + line);
        }
        // the caption names the typology the cases are coded in, from its data (figure 1 is the map, in "Cases at a glance")
        assertTrue(markdown.contains("Figure 1. Where the cases are"), markdown);
        assertTrue(markdown.contains("Figure 2. Cases in \u201cBovaird: user and community co-production\u201d"), markdown);
        assertTrue(markdown.contains("![Figure 2. Cases in"), "and drawn, as an image beside the file");
    }

    @Test
    void textThatPandocWouldReadAsMarkupIsEscaped() throws Exception {
        Case c = SampleCases.withEveryConstruct();
        String summary = "Residents paid US$20 and $30, email ops@example.org, 2^10 and ~ roughly [sic] *not emphasis*.";
        c.setSummary(summary);
        String md = MarkdownWriter.toMarkdown(BriefAssembler.assemble(BriefRequest.of(List.of(c)).withDetail(BriefDetail.FULL)));
        assertTrue(md.contains("US\\$20 and \\$30"), "dollar signs would start pandoc maths");
        assertTrue(md.contains("2\\^10 and \\~ roughly \\[sic\\] \\*not emphasis\\*"));
        // flexmark reads the escaped text back as the original: one paragraph of plain text, no emphasis or link in it
        List<String> paragraphs = all(parse(md), Paragraph.class).stream().map(MarkdownWriterTests::plainText).toList();
        assertTrue(paragraphs.contains(summary), paragraphs.toString());
    }

    /** A paragraph's text as a reader sees it: escapes undone, line breaks as spaces; null if it holds any markup. */
    private static String plainText(Paragraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                text.append(t.getChars().unescape());
            } else if (n instanceof SoftLineBreak) {
                text.append(' ');
            } else {
                return null;
            }
        }
        return text.toString();
    }

    @Test
    void noteWithEveryConstructRoundTripsThroughMarkdown() throws Exception {
        String md = MarkdownWriter.toMarkdown(BriefAssembler.assemble(BriefRequest.of(List.of(SampleCases.withEveryConstruct()))
                .withDetail(BriefDetail.FULL)));
        assertTrue(md.contains("**bold**") && md.contains("*italic*") && md.contains("`code`") && md.contains("~~struck~~"));
        assertTrue(md.contains("[link](https://example.org/op)"));
        assertTrue(md.contains("- bullet one\n- bullet two\n    - nested bullet\n"));
        assertTrue(md.contains("1. first\n2. second\n"));
        assertTrue(md.contains("> A block quote on two lines."));
        assertTrue(md.contains("```java\nint x = 1;\n```"));
        Document doc = parse(md);
        TableBlock table = all(doc, TableBlock.class).stream().filter(t -> t.getChars().toString().contains("Indicator")).findFirst()
                .orElseThrow();
        assertTrue(table.getChars().toString().contains("US\\$20"));
        assertTrue(all(doc, FootnoteBlock.class).stream()
                .anyMatch(f -> f.getChars().toString().contains("The footnote text, with *emphasis*.")));
    }

    @Test
    void pipeTablesAreNoWiderThanTheirHeaderAndLongCellsBecomeNotes() throws Exception {
        String md = MarkdownWriter.toMarkdown(BriefAssembler.assemble(BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE))));
        List<String> lines = md.lines().toList();
        int notes = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("|") && lines.get(i + 1).matches("\\| -+ \\|.*")) {
                int width = lines.get(i).length();
                for (int j = i + 2; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                    assertTrue(lines.get(j).length() <= width, "row wider than its header: " + lines.get(j));
                    Matcher m = Pattern.compile("\\(note ([A-Z]+)\\)").matcher(lines.get(j));
                    while (m.find()) {
                        String label = m.group(1);
                        assertTrue(lines.stream()
                                .anyMatch(l -> l.startsWith("Note " + label + " (") || l.startsWith("Note " + label + ":")),
                                "note " + label + " is written below its table");
                        notes++;
                    }
                }
            }
        }
        assertTrue(notes > 0, "the three-case brief has cells too long for a line");
    }
}
