package org.coprod.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTextTests {

    @Test
    void markersGoAndWordsStay() {
        String markdown = "# Heading\n\nSome **bold** and _italic_ and `code`.\n- item one\n> quoted\n"
                + "| a | b |\nSee [the report](http://example.org/x) and ![map](m.png).";
        String plain = MarkdownText.plain(markdown);
        String words = plain.replaceAll("\\s+", " ").trim();
        assertEquals("Heading Some bold and italic and code . item one quoted a b See the report and map .", words);
        assertFalse(plain.contains("example.org"));
        assertEquals(markdown.length(), plain.length(), "offsets never shift");
    }

    @Test
    void textWithoutMarkdownIsUnchanged() {
        String text = "Residents built 4,000 km of lane sewers (1982-2002).\nOPP advised.";
        assertEquals(text, MarkdownText.plain(text));
        assertTrue(MarkdownText.plain(null).isEmpty());
    }
}
