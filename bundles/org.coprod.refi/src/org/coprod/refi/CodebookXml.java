package org.coprod.refi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.coprod.model.Code;
import org.coprod.model.Codebook;

/**
 * A codebook as REFI-QDA {@code Code} elements, nested by parent: the built-in groups (typologies, drivers,
 * benefits, limitations, outcome domains) as {@code isCodable="false"} codes holding a code per value, and the
 * researchers' codes with their definitions ({@code Description}) and colours. The same tree goes into a project
 * and into a {@code .qdc} codebook, which has no notes.
 */
final class CodebookXml {

    private static final Pattern RGB = Pattern.compile("#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})");

    private CodebookXml() {
    }

    /** The codebook's codes as the tree REFI-QDA nests: each code's children in codebook order. */
    static Map<Code, List<Code>> tree(Codebook book) {
        Map<Code, List<Code>> children = new LinkedHashMap<>();
        Set<Code> inBook = Collections.newSetFromMap(new IdentityHashMap<>());
        inBook.addAll(book.getCodes());
        for (Code c : book.getCodes()) {
            Code parent = c.getParent() != null && inBook.contains(c.getParent()) && !cyclic(c) ? c.getParent() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
        }
        return children;
    }

    private static boolean cyclic(Code code) {
        Set<Code> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Code p = code; p != null; p = p.getParent()) {
            if (!seen.add(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes {@code <Codes>} (nothing when the codebook is empty: the schema refuses an empty one).
     *
     * @param notes the GUIDs of the notes of each code (its memos), or null in a codebook file, which holds no notes
     */
    static void write(XmlOut out, Codebook book, Function<Code, List<String>> notes) throws IOException {
        if (book == null || book.getCodes().isEmpty()) {
            return;
        }
        Map<Code, List<Code>> tree = tree(book);
        out.start("Codes");
        for (Code top : tree.getOrDefault(null, List.of())) {
            code(out, top, tree, notes);
        }
        out.end();
    }

    private static void code(XmlOut out, Code code, Map<Code, List<Code>> tree, Function<Code, List<String>> notes) throws IOException {
        out.start("Code").attr("guid", Guids.code(code)).attr("name", name(code)).attr("isCodable", Boolean.toString(code.isCodable()))
                .attr("color", colour(code.getColour()));
        out.element("Description", code.getDefinition());
        if (notes != null) {
            for (String guid : notes.apply(code)) {
                out.ref("NoteRef", guid);
            }
        }
        for (Code child : tree.getOrDefault(code, List.of())) {
            code(out, child, tree, notes);
        }
        out.end();
    }

    /** A code's name; the schema requires one, so a nameless code is named by its id. */
    static String name(Code code) {
        return code.getName() == null || code.getName().isBlank() ? code.getId() : code.getName();
    }

    /** The colour as the schema takes it ({@code #RRGGBB} or {@code #RGB}), or null when the code has none or a malformed one. */
    static String colour(String colour) {
        return colour != null && RGB.matcher(colour.strip()).matches() ? colour.strip() : null;
    }
}
