package org.coprod.core.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.Codebook;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The built-in dimensions as codes of the codebook: one code group per typology with a code per cell, and groups for
 * drivers, benefits, limitations and outcome domains with a code per value. Such a code says what it stands for in
 * {@link Code#getBuiltIn()} ({@code cell:<cell id>}, {@code driver:<NAME>} …), so that coding a passage with it
 * also records the matching conclusion on the case ({@link PassageCoding}); its id is made from that meaning, so
 * every library, and every export of it, names it the same way.
 * <p>
 * The id is the key in lower case ({@code code-cell-bovaird.p2-d1}), readable and what every library made so far
 * holds. Lower-casing can make two keys one id (cells {@code t.a} and {@code t.A}, or {@code t:b} and {@code t-b}):
 * the code that comes second in the codebook's order (typologies, then cells, as the library holds them) then takes
 * the readable id followed by a digest of its exact key, so it is still the same in every library holding those
 * typologies, and a code once made never changes its id (segments in the case files point at it).
 */
public final class BuiltInCodes {

    /** A built-in dimension whose values are an enumeration of the model. */
    public enum Dimension {
        DRIVER("driver", "drivers", "Drivers", CoprodPackage.Literals.DRIVER, "a reason why co-production arose in the case"),
        BENEFIT("benefit", "benefits", "Benefits", CoprodPackage.Literals.BENEFIT, "a benefit claimed for the case"),
        LIMITATION("limitation", "limitations", "Limitations and risks", CoprodPackage.Literals.LIMITATION,
                "a limitation or risk reported for the case"),
        OUTCOME("outcome", "outcomes", "Outcome domains", CoprodPackage.Literals.OUTCOME_DOMAIN, "a result of the case in this domain");

        final String prefix;
        final String group;
        final String groupName;
        final EEnum type;
        final String meaning;

        Dimension(String prefix, String group, String groupName, EEnum type, String meaning) {
            this.prefix = prefix;
            this.group = group;
            this.groupName = groupName;
            this.type = type;
            this.meaning = meaning;
        }

        /** The enumeration whose values this dimension's codes stand for. */
        public EEnum type() {
            return type;
        }
    }

    /** What a built-in code stands for: a typology cell, or a value of one of the enumerated dimensions. */
    public sealed interface Meaning {
    }

    /** A code standing for a typology cell. */
    public record CellMeaning(TypologyCell cell) implements Meaning {
    }

    /** A code standing for a value of a dimension ({@code value} is the enumeration's Java value). */
    public record ValueMeaning(Dimension dimension, Object value) implements Meaning {
    }

    private static final String CELL = "cell:";
    private static final String TYPOLOGY = "typology:";
    /** Colours for the groups' codes, one per group, distinct enough on screen and in print. */
    private static final String[] COLOURS = { "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2" };

    private BuiltInCodes() {
    }

    /**
     * Adds to the library's codebook (made if it has none) the built-in codes it lacks, for every typology it holds;
     * returns the codes added. A library's own changes to them (colour, definition, name) are kept.
     */
    public static List<Code> ensure(CaseLibrary library) {
        if (library.getCodebook() == null) {
            library.setCodebook(CoprodFactory.eINSTANCE.createCodebook());
        }
        List<Code> missing = missing(library);
        library.getCodebook().getCodes().addAll(missing);
        return missing;
    }

    /** The built-in codes the library's codebook lacks, made but not added (parents are set to codes it has or that are made). */
    public static List<Code> missing(CaseLibrary library) {
        Codebook book = library.getCodebook();
        List<Code> made = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        if (book != null) {
            book.getCodes().forEach(c -> taken.add(c.getId()));
        }
        library.getTypologies().forEach(t -> t.eAllContents().forEachRemaining(o -> taken.add(EcoreUtil.getID(o))));
        taken.addAll(library.getTypologies().stream().map(Typology::getId).toList());
        int colour = 0;
        for (Typology t : library.getTypologies()) {
            Code group = existingOrNew(book, made, taken, TYPOLOGY + t.getId(), t.getName(), null, false, null,
                    "Passages that show where the case sits in " + t.getName() + ".");
            String c = COLOURS[colour++ % COLOURS.length];
            for (TypologyCell cell : t.getCells()) {
                String definition = cell.getDescription() != null && !cell.getDescription().isBlank() ? cell.getDescription()
                        : "Passages that show the case, or a phase or component of it, as " + cell.getName() + ".";
                existingOrNew(book, made, taken, CELL + cell.getId(), cell.getCode() + " " + cell.getName(), group, cell.isApplicable(), c,
                        definition);
            }
        }
        for (Dimension d : Dimension.values()) {
            Code group = existingOrNew(book, made, taken, d.group, d.groupName, null, false, null,
                    "Passages about " + d.groupName.toLowerCase(Locale.ROOT) + " of a case.");
            String c = COLOURS[colour++ % COLOURS.length];
            for (EEnumLiteral literal : d.type.getELiterals()) {
                existingOrNew(book, made, taken, d.prefix + ":" + literal.getName(), literal.getLiteral(), group, true, c,
                        "Passages that show " + literal.getLiteral() + " as " + d.meaning + ".");
            }
        }
        return made;
    }

    private static Code existingOrNew(Codebook book, List<Code> made, Set<String> taken, String key, String name, Code parent,
            boolean codable, String colour, String definition) {
        Optional<Code> existing = book == null ? Optional.empty() : withKey(book, key);
        if (existing.isPresent()) {
            return existing.get();
        }
        Code code = CoprodFactory.eINSTANCE.createCode();
        code.setId(idOf(key, taken));
        taken.add(code.getId());
        code.setBuiltIn(key);
        code.setName(name);
        code.setParent(parent);
        code.setCodable(codable);
        code.setColour(colour);
        code.setDefinition(definition);
        made.add(code);
        return code;
    }

    /** The id of the built-in code for a meaning key, readable when that id is free, a valid XML id either way. */
    static String idOf(String key, Set<String> taken) {
        String readable = "code-" + key.replace(':', '-').toLowerCase(Locale.ROOT);
        if (!taken.contains(readable)) {
            return readable;
        }
        String digest = Texts.sha256(key.getBytes(StandardCharsets.UTF_8));
        // 12 hex digits tell apart any keys a library holds; longer only if a code already took those (never in practice)
        for (int length = 12;; length += 4) {
            String id = readable + "_" + digest.substring(0, Math.min(length, digest.length()));
            if (!taken.contains(id) || length >= digest.length()) {
                return id;
            }
        }
    }

    /** The code of the codebook with this built-in key. */
    public static Optional<Code> withKey(Codebook book, String key) {
        return book.getCodes().stream().filter(c -> key.equals(c.getBuiltIn())).findFirst();
    }

    /** The code that stands for a typology cell. */
    public static Optional<Code> forCell(CaseLibrary library, TypologyCell cell) {
        return library.getCodebook() == null ? Optional.empty() : withKey(library.getCodebook(), CELL + cell.getId());
    }

    /** The code that stands for a value of a dimension (the enumeration's Java value, such as {@code Driver.TRUST}). */
    public static Optional<Code> forValue(CaseLibrary library, Dimension dimension, Enum<?> value) {
        return library.getCodebook() == null ? Optional.empty() : withKey(library.getCodebook(), dimension.prefix + ":" + value.name());
    }

    /** What a code stands for, if it is a built-in code of a cell or of a dimension's value. */
    public static Optional<Meaning> meaning(CaseLibrary library, Code code) {
        String key = code.getBuiltIn();
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        if (key.startsWith(CELL)) {
            String cellId = key.substring(CELL.length());
            return library.getTypologies().stream().flatMap(t -> t.getCells().stream()).filter(c -> cellId.equals(c.getId()))
                    .findFirst().map(CellMeaning::new);
        }
        for (Dimension d : Dimension.values()) {
            if (key.startsWith(d.prefix + ":")) {
                EEnumLiteral literal = d.type.getEEnumLiteral(key.substring(d.prefix.length() + 1));
                return literal == null ? Optional.empty() : Optional.of(new ValueMeaning(d, literal.getInstance()));
            }
        }
        return Optional.empty();
    }

    /** Whether a code is built in (its name and meaning come from the typology or the model, not from a researcher). */
    public static boolean isBuiltIn(Code code) {
        return code.getBuiltIn() != null && !code.getBuiltIn().isEmpty();
    }
}
