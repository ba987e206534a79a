package org.coprod.ui.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * The rendered view of a note's Markdown: HTML in a Browser where the platform has one (WebKitGTK on Linux), else the
 * text in a read-only styled text so the page still works.
 */
public final class MarkdownPreview {

    private static final MutableDataSet OPTIONS = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).escapeHtml(true).build();
    private static final String STYLE = "<style>body{font-family:sans-serif;font-size:10pt;margin:8px}"
            + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:2px 6px}code{background:#f2f2f2}</style>";

    private final Browser browser;
    private final StyledText fallback;

    public MarkdownPreview(Composite parent) {
        Browser b = null;
        try {
            b = new Browser(parent, SWT.NONE);
        } catch (SWTError | RuntimeException e) {
            b = null;
        }
        browser = b;
        fallback = browser == null ? new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER) : null;
    }

    public Control control() {
        return browser != null ? browser : fallback;
    }

    public boolean rendersHtml() {
        return browser != null;
    }

    public void show(String markdown) {
        String md = markdown == null ? "" : markdown;
        if (browser != null && !browser.isDisposed()) {
            browser.setText("<html><head><meta charset='utf-8'>" + STYLE + "</head><body>" + html(md) + "</body></html>");
        } else if (fallback != null && !fallback.isDisposed()) {
            fallback.setText(md);
        }
    }

    /** Markdown to HTML; raw HTML in the note is escaped, so a note cannot run script in the preview. */
    public static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
