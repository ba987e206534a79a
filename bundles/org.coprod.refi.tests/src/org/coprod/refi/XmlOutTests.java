package org.coprod.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The XML writer's escaping and the GUIDs, both rewritten for speed: what they write must not change. */
class XmlOutTests {

    private static String written(String attribute, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlOut out = new XmlOut(bytes);
        out.start("E").attr("a", attribute).text(text).end();
        out.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsAreWrittenWholeAndEverySpecialCharacterEscaped() throws Exception {
        String lone = "x\uD800y"; // a lone surrogate: no XML can hold it
        assertEquals("\n<E a=\"a&amp;b &lt;c&gt; &quot;q&quot;&#13;&#10;&#9;\uD83C\uDFDB\">"
                + "plain \"q\" &lt;&amp;&gt;&#13;\n\tx\uFFFDy\uD83C\uDFDB\uFFFDend</E>\n",
                written("a&b <c> \"q\"\r\n\t\uD83C\uDFDB", "plain \"q\" <&>\r\n\t" + lone + "\uD83C\uDFDB\u0001end"));
    }

    @Test
    void aValueWithNothingToEscapeIsWrittenAsItIs() throws Exception {
        assertEquals("\n<E a=\"Ana Souza\">S\u00e3o Paulo</E>\n", written("Ana Souza", "S\u00e3o Paulo"));
    }

    @Test
    void nameBasedGuidsAreTheJdksVersionThreeUuids() {
        for (String id : new String[] { "alpha", "S\u00e3o Paulo/note-1", "" }) {
            assertEquals(UUID.nameUUIDFromBytes(("coprod:case:" + id).getBytes(StandardCharsets.UTF_8)).toString(), Guids.of("case", id));
        }
    }

    @Test
    void onlyTheLowerCaseFormIsCanonicalAndOthersAreNormalised() {
        String g = "3f1e2d4c-5b6a-4789-8a9b-0c1d2e3f4a5b";
        assertTrue(Guids.canonical(g));
        assertFalse(Guids.canonical(g.toUpperCase()));
        assertFalse(Guids.canonical(g.replace('-', '_')));
        assertFalse(Guids.canonical(g + "0"));
        assertEquals(Optional.of(g), Guids.normal("{" + g.toUpperCase() + "}"));
        assertEquals(Optional.of(g), Guids.normal(g));
        assertEquals(Optional.empty(), Guids.normal("not-a-guid"));
    }
}
