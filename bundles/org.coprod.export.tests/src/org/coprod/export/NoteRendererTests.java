package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** What a case note's links become in a brief. */
class NoteRendererTests {

    private static List<String> urls(List<Block> blocks) {
        List<String> urls = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                p.inlines().stream().filter(Inline.Link.class::isInstance).forEach(l -> urls.add(((Inline.Link) l).url()));
            }
        }
        return urls;
    }

    @Test
    void onlyWebAndMailLinksStayLinksAndTheOthersKeepTheirText() {
        List<Block> blocks = new NoteRenderer(3).render("""
                [a](javascript:alert(1)) [b](JAVASCRIPT:alert(2)) [c](vbscript:x) [d](data:text/html,x) [e](file:///etc/passwd)
                [f](../other-case.md) <javascript:alert(3)> [g](http://example.org) [h](https://example.org/x) <ops@example.org>
                [i](mailto:ops@example.org)
                """);
        assertEquals(List.of("http://example.org", "https://example.org/x", "mailto:ops@example.org", "mailto:ops@example.org"),
                urls(blocks));
        assertEquals("a b c d e f javascript:alert(3) g h ops@example.org i", ((Block.Paragraph) blocks.get(0)).plainText());
    }

    @Test
    void aSchemeHiddenBehindControlsOrSpacesIsStillRecognised() {
        for (String url : new String[] { "java\tscript:alert(1)", " javascript:alert(1)", "\u0001javascript:alert(1)", "JaVaScRiPt:x" }) {
            assertEquals(false, SafeText.isWebLink(url), url);
        }
        assertEquals(true, SafeText.isWebLink(" https://example.org"));
    }

    @Test
    void anImageIsNamedInTheBriefsLanguageNotTheWorkbenchs() {
        String note = "Before: ![map of the ward](ward.png) after.";
        assertEquals("Before: [image: map of the ward] after.", ((Block.Paragraph) new NoteRenderer(3).render(note).get(0)).plainText());
        assertEquals("Before: [imagem: map of the ward] after.",
                ((Block.Paragraph) new NoteRenderer(3, BriefText.of(Locale.of("pt"))).render(note).get(0)).plainText());
        assertEquals("Before: [image : map of the ward] after.",
                ((Block.Paragraph) new NoteRenderer(3, BriefText.of(Locale.FRENCH)).render(note).get(0)).plainText());
    }
}
