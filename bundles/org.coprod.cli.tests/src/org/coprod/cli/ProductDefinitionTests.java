package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The shipped product carries no benchmark or screenshot code; the releng product that runs them is the shipped one plus
 * the releng feature, so that what they measure and show is what ships.
 */
class ProductDefinitionTests {

    private static final String SHIPPED = "releng/org.coprod.product/org.coprod.product";
    private static final String RELENG = "releng/org.coprod.bench.product/org.coprod.bench.product";

    @Test
    void theShippedProductInstallsTheWorkbenchFeatureAlone() throws Exception {
        assertEquals(List.of("org.coprod.feature"), features(read(SHIPPED)));
        String feature = read("features/org.coprod.feature/feature.xml");
        assertFalse(feature.contains("org.coprod.bench"), "the workbench feature holds no benchmark bundle");
    }

    @Test
    void theRelengProductIsTheShippedOnePlusTheBenchFeature() throws Exception {
        String shipped = read(SHIPPED);
        String releng = read(RELENG);
        assertEquals(List.of("org.coprod.feature", "org.coprod.bench.feature"), features(releng));
        for (String element : new String[] { "configIni", "launcherArgs", "configurations" }) {
            assertFalse(element(shipped, element).isEmpty(), element);
            assertEquals(element(shipped, element), element(releng, element), element);
        }
        for (String attribute : new String[] { "id", "application", "version", "type", "includeLaunchers" }) {
            assertNotNull(attribute(shipped, attribute), attribute);
            assertEquals(attribute(shipped, attribute), attribute(releng, attribute), attribute);
        }
    }

    private static String read(String relative) throws Exception {
        return Files.readString(LauncherScriptTests.checkoutFile(relative));
    }

    private static List<String> features(String product) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<feature id=\"([^\"]+)\"").matcher(element(product, "features"));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The element's text (empty or not), with its whitespace as written; "" when the product has none. */
    private static String element(String product, String name) {
        Matcher m = Pattern.compile("<" + name + "(\\s[^>]*)?(/>|>.*?</" + name + ">)", Pattern.DOTALL).matcher(product);
        return m.find() ? m.group() : "";
    }

    private static String attribute(String product, String name) {
        Matcher m = Pattern.compile("<product\\s[^>]*?\\b" + name + "=\"([^\"]*)\"", Pattern.DOTALL).matcher(product);
        return m.find() ? m.group(1) : null;
    }
}
