package org.coprod.ui.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The notes preview's Markdown rendering. */
class MarkdownPreviewTests {

    @Test
    void rendersHeadingsAndTables() {
        String html = MarkdownPreview.html("# Beacon\n\n| phase | cell |\n|---|---|\n| 1 | P3-D2 |\n");
        assertTrue(html.contains("<h1>Beacon</h1>"), html);
        assertTrue(html.contains("<td>P3-D2</td>"), html);
    }

    @Test
    void rawHtmlInANoteIsEscapedNotRun() {
        String html = MarkdownPreview.html("Hello <script>alert(1)</script>");
        assertFalse(html.contains("<script>"), html);
    }
}
