package org.coprod.search.ui;

import java.util.ArrayList;
import java.util.List;

import org.coprod.search.SearchHit;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.swt.graphics.TextStyle;

/** A snippet with its {@link SearchHit#MARK} markers turned into bold words, for a styled table cell. */
final class SnippetLabel {

    private static final Styler BOLD = new Styler() {
        @Override
        public void applyStyles(TextStyle style) {
            style.font = JFaceResources.getFontRegistry()
                    .getBold(JFaceResources.DEFAULT_FONT);
        }
    };

    private SnippetLabel() {
    }

    static StyledString of(String snippet) {
        StyledString styled = new StyledString();
        if (snippet == null) {
            return styled;
        }
        List<String> parts = split(snippet);
        for (int i = 0; i < parts.size(); i++) {
            // Odd parts lie between a pair of markers.
            styled.append(parts.get(i), i % 2 == 1 ? BOLD : null);
        }
        return styled;
    }

    static List<String> split(String snippet) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = snippet.indexOf(SearchHit.MARK); at >= 0; at = snippet.indexOf(SearchHit.MARK, from)) {
            parts.add(snippet.substring(from, at));
            from = at + SearchHit.MARK.length();
        }
        parts.add(snippet.substring(from));
        return parts;
    }
}
