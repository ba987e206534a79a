package org.coprod.export;

import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The document settings a brief needs whatever the reference holds: compatibility mode 15, so Word opens it in its
 * current mode rather than "Compatibility Mode". POI's lite schemas have no types for {@code w:compat}, so the element
 * is written through the settings part's DOM, at the place the schema's sequence gives it.
 */
final class DocxSettings {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String WORD_URI = "http://schemas.microsoft.com/office/word";

    /** The elements that follow {@code w:compat} in {@code CT_Settings}: compat goes before the first of them. */
    private static final Set<String> AFTER_COMPAT = Set.of("docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
            "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
            "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
            "listSeparator");

    private DocxSettings() {
    }

    static void compatibilityMode(XWPFDocument doc, int mode) {
        Element settings = (Element) doc.getSettings().getCTSettings().getDomNode();
        Element compat = child(settings, "compat");
        if (compat == null) {
            compat = settings.getOwnerDocument().createElementNS(W, "w:compat");
            Node before = null;
            for (Node n = settings.getFirstChild(); n != null && before == null; n = n.getNextSibling()) {
                if (n instanceof Element e && W.equals(e.getNamespaceURI()) && AFTER_COMPAT.contains(e.getLocalName())) {
                    before = n;
                }
            }
            settings.insertBefore(compat, before);
        }
        for (Node n = compat.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "compatSetting".equals(e.getLocalName())
                    && "compatibilityMode".equals(e.getAttributeNS(W, "name"))) {
                e.setAttributeNS(W, "w:val", String.valueOf(mode));
                return;
            }
        }
        Element setting = settings.getOwnerDocument().createElementNS(W, "w:compatSetting");
        setting.setAttributeNS(W, "w:name", "compatibilityMode");
        setting.setAttributeNS(W, "w:uri", WORD_URI);
        setting.setAttributeNS(W, "w:val", String.valueOf(mode));
        compat.appendChild(setting); // compatSetting elements end the compat sequence
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
