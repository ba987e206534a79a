package org.coprod.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coprod.core.BovairdTypology;
import org.coprod.core.Library;
import org.coprod.core.importer.SampleLibrary;
import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.Confidence;
import org.coprod.model.ContributionKind;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Driver;
import org.coprod.model.DriverCoding;
import org.coprod.model.InitiatorMode;
import org.coprod.model.Note;
import org.coprod.model.Outcome;
import org.coprod.model.OutcomeDomain;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.coprod.model.RoleKind;
import org.coprod.model.Sector;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;

/**
 * A deterministic generator of large case libraries for benchmarks: the same seed gives the same cases, and case
 * {@code i} can be made on its own (so 100,000 cases never need to sit in memory at once). Cases average about
 * {@value #TEXT_BYTES} characters of text in two or three Markdown notes, mostly English, some Portuguese, Spanish and
 * French; English text is stitched from runs of words taken from the sample library's summaries and notes (so phrases
 * such as "informal settlement" occur as they do in real notes), or from a built-in word list when the sample library
 * cannot be read.
 */
public final class SyntheticLibrary {

    /** Average characters of text per case (summary and notes). */
    public static final int TEXT_BYTES = 20_000;

    private static final String[] COUNTRIES = { "GB", "GB", "GB", "IN", "IN", "BR", "BR", "US", "PK", "ZA", "KE", "PH",
            "TH", "NA", "ZW", "ZM", "UG", "MW", "FR", "ES", "PT", "MX", "CO", "AR", "PE", "SN", "GH", "NG", "ID", "BD" };
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|\\d+");

    private final long seed;
    private final String[] english;
    private final String[] portuguese;
    private final String[] spanish;
    private final String[] french;
    private final List<TypologyCell> cells;
    private final List<Actor> actors;

    private SyntheticLibrary(long seed, String[] english, List<TypologyCell> cells, List<Actor> actors) {
        this.seed = seed;
        this.english = english;
        this.portuguese = words(PORTUGUESE);
        this.spanish = words(SPANISH);
        this.french = words(FRENCH);
        this.cells = cells;
        this.actors = actors;
    }

    /**
     * A generator of cases held only in memory: cells from a typology of its own, and a pool of actors contained in
     * no library.
     */
    public static SyntheticLibrary inMemory(long seed) {
        Typology bovaird = BovairdTypology.create();
        List<TypologyCell> cells = bovaird.getCells().stream().filter(TypologyCell::isApplicable).toList();
        return new SyntheticLibrary(seed, vocabulary(), cells, actorPool(seed, 600));
    }

    /**
     * Writes a library of {@code cases} generated cases into {@code folder} (which must hold no library yet) through
     * {@link Library#create}, {@link Library#addCase} and {@link Library#save}, and returns it open.
     */
    public static Library write(Path folder, int cases, long seed) throws IOException {
        Library library = Library.create(folder, "Synthetic library (" + cases + " cases, seed " + seed + ")");
        List<TypologyCell> cells = library.findTypology(BovairdTypology.ID).orElseThrow().getCells().stream()
                .filter(TypologyCell::isApplicable).toList();
        List<Actor> actors = actorPool(seed, Math.max(50, Math.min(2000, cases / 5)));
        library.root().getActors().addAll(actors);
        SyntheticLibrary generator = new SyntheticLibrary(seed, vocabulary(), cells, actors);
        for (int i = 0; i < cases; i++) {
            library.addCase(generator.generate(i));
        }
        library.save();
        return library;
    }

    /** Case number {@code i}: always the same for the same seed and index. */
    public Case generate(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        CoprodFactory f = CoprodFactory.eINSTANCE;
        Case c = f.createCase();
        c.setId(String.format(Locale.ROOT, "syn-%06d", i));
        c.setName(title(r, english, 3 + r.nextInt(5)));
        if (r.nextInt(4) == 0) {
            c.getAliases().add(title(r, english, 2));
        }
        c.setSummary(prose(r, english, 350 + r.nextInt(300), false));
        String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        c.getCountries().add(country);
        c.getPlaces().add(title(r, english, 1 + r.nextInt(2)));
        List<Sector> sectors = Sector.VALUES;
        int nSectors = 1 + r.nextInt(3);
        for (int k = 0; k < nSectors; k++) {
            Sector s = sectors.get(skewed(r, sectors.size()));
            if (!c.getSectors().contains(s)) {
                c.getSectors().add(s);
            }
        }
        c.setPeriodStart(1960 + r.nextInt(65));
        c.setCaseType(CaseType.VALUES.get(skewed(r, CaseType.VALUES.size())));
        c.setInitiatorMode(InitiatorMode.VALUES.get(r.nextInt(InitiatorMode.VALUES.size())));
        c.setContext(prose(r, english, 120 + r.nextInt(120), false));
        int nCodings = 1 + r.nextInt(2);
        for (int k = 0; k < nCodings; k++) {
            TypologyCoding coding = f.createTypologyCoding();
            coding.setCell(cells.get(skewed(r, cells.size())));
            coding.setAssignedBy(r.nextBoolean() ? AssignedBy.CODER : AssignedBy.DOCUMENT);
            coding.setConfidence(Confidence.VALUES.get(r.nextInt(3)));
            coding.setJustification(prose(r, english, 80 + r.nextInt(80), false));
            c.getCodings().add(coding);
        }
        DriverCoding driver = f.createDriverCoding();
        driver.setDriver(Driver.VALUES.get(r.nextInt(Driver.VALUES.size())));
        c.getDrivers().add(driver);
        int nRoles = 2 + r.nextInt(5);
        for (int k = 0; k < nRoles; k++) {
            Role role = f.createRole();
            role.setActor(actors.get(skewed(r, actors.size())));
            role.setKind(RoleKind.VALUES.get(r.nextInt(RoleKind.VALUES.size())));
            c.getRoles().add(role);
        }
        int nContributions = 1 + r.nextInt(3);
        for (int k = 0; k < nContributions; k++) {
            ResourceContribution rc = f.createResourceContribution();
            rc.setActor(actors.get(skewed(r, actors.size())));
            rc.setKind(ContributionKind.VALUES.get(r.nextInt(ContributionKind.VALUES.size())));
            rc.setDescription(prose(r, english, 60 + r.nextInt(60), false));
            c.getContributions().add(rc);
        }
        Outcome o = f.createOutcome();
        o.setDomain(OutcomeDomain.VALUES.get(r.nextInt(OutcomeDomain.VALUES.size())));
        o.setIndicator(prose(r, english, 30 + r.nextInt(30), false));
        c.getOutcomes().add(o);
        // Notes: 2 or 3, together about TEXT_BYTES less what the summary and other fields already hold.
        int nNotes = 2 + r.nextInt(2);
        int budget = TEXT_BYTES - 1_300;
        for (int k = 0; k < nNotes; k++) {
            Note note = f.createNote();
            note.setId("note-" + (k + 1));
            int roll = r.nextInt(100);
            String language = roll < 80 ? "en" : roll < 87 ? "pt" : roll < 94 ? "es" : "fr";
            String[] words = switch (language) {
            case "pt" -> portuguese;
            case "es" -> spanish;
            case "fr" -> french;
            default -> english;
            };
            int length = budget / nNotes * (70 + r.nextInt(61)) / 100;
            note.setLanguage(language);
            note.setTitle(title(r, words, 2 + r.nextInt(3)));
            note.setText(prose(r, words, length, true));
            c.getNotes().add(note);
        }
        return c;
    }

    /** Words from runs of the sample library's text, in order, so that runs copied from it keep real phrases. */
    private static String[] vocabulary() {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("coprod-vocabulary");
            Library sample = SampleLibrary.materialize(temp.resolve("sample"));
            List<String> words = new ArrayList<>();
            for (Case c : sample.root().getCases()) {
                addWords(words, c.getSummary());
                c.getNotes().forEach(n -> addWords(words, n.getText()));
            }
            if (words.size() > 2_000) {
                return words.toArray(String[]::new);
            }
        } catch (IOException | RuntimeException e) {
            // Fall back to the built-in list below.
        } finally {
            deleteTree(temp);
        }
        return words(ENGLISH);
    }

    private static void addWords(List<String> words, String text) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
    }

    private static String[] words(String text) {
        return text.trim().split("\\s+");
    }

    private static List<Actor> actorPool(long seed, int n) {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        String[] words = words(ENGLISH);
        List<Actor> actors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Actor a = CoprodFactory.eINSTANCE.createActor();
            a.setId(String.format(Locale.ROOT, "syn-actor-%05d", i));
            a.setName(title(r, words, 2 + r.nextInt(3)) + " " + (i + 1));
            a.setType(ActorType.VALUES.get(r.nextInt(ActorType.VALUES.size())));
            a.setCountry(COUNTRIES[r.nextInt(COUNTRIES.length)]);
            actors.add(a);
        }
        return actors;
    }

    /** An index into n values, low ones more often (a few sectors and cells dominate real libraries). */
    private static int skewed(Random r, int n) {
        double u = r.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }

    private static String title(Random r, String[] words, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            String w = words[r.nextInt(words.length)];
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        }
        return b.toString();
    }

    /**
     * About {@code length} characters of sentences built from runs of 4 to 14 consecutive words; as Markdown, with
     * paragraphs, an occasional heading, bullet list and bold words.
     */
    private static String prose(Random r, String[] words, int length, boolean markdown) {
        StringBuilder b = new StringBuilder(length + 200);
        int sentences = 0;
        while (b.length() < length) {
            if (markdown && sentences > 0 && sentences % 6 == 0) {
                b.append(r.nextInt(4) == 0 ? "\n\n## " + title(r, words, 2 + r.nextInt(3)) + "\n\n" : "\n\n");
                if (r.nextInt(5) == 0) {
                    for (int k = 0; k < 3; k++) {
                        b.append("- ");
                        run(r, words, b, 3 + r.nextInt(6));
                        b.append('\n');
                    }
                    b.append('\n');
                }
            }
            int start = b.length();
            run(r, words, b, 4 + r.nextInt(11));
            if (r.nextBoolean()) {
                b.append(", ");
                run(r, words, b, 3 + r.nextInt(8));
            }
            b.setCharAt(start, Character.toUpperCase(b.charAt(start)));
            b.append(". ");
            if (markdown && r.nextInt(12) == 0) {
                b.append("**");
                run(r, words, b, 2);
                b.append("** ");
            }
            sentences++;
        }
        return b.toString().strip();
    }

    private static void run(Random r, String[] words, StringBuilder b, int n) {
        int from = r.nextInt(Math.max(1, words.length - n));
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                b.append(' ');
            }
            b.append(words[(from + k) % words.length]);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }

    private static final String ENGLISH = """
            residents community council city government housing land tenure savings federation sanitation water sewers
            lane informal settlement slum upgrading participatory budget planning delivery service users professionals
            volunteers village shop health care elderly families children school education police safety neighbourhood
            association organisers network enumeration survey data mapping loan fund finance grant subsidy municipality
            state national local authority agency programme project pilot scale replication negotiation accountability
            clientelism patronage politicians party elections votes leaders women groups members daily collection
            contribution labour materials construction maintenance toilets drains roads electricity transport waste
            recycling market traders employment income poverty vulnerable evictions resettlement relocation rights
            legal recognition policy reform commissioning budget outcomes evaluation evidence cost benefit risk trust
            partnership collaboration co-production co-design co-delivery co-planning governance logistical driver
            professional resistance capacity training exchange learning visits peer solidarity movement campaign
            """;

    private static final String PORTUGUESE = """
            moradores comunidade prefeitura cidade governo moradia moradias terra posse poupança federação saneamento água
            esgoto favela assentamento informal urbanização orçamento participativo planejamento entrega serviço usuários
            profissionais voluntários associação bairro organização rede levantamento mapeamento empréstimo fundo
            financiamento subsídio município estado nacional local programa projeto escala negociação política partido
            eleições votos lideranças mulheres grupos membros contribuição trabalho materiais construção manutenção
            banheiros ruas eletricidade transporte resíduos reciclagem mercado emprego renda pobreza despejos
            reassentamento direitos reconhecimento reforma resultados avaliação evidência custo benefício risco
            confiança parceria colaboração coprodução governança capacitação intercâmbio aprendizagem solidariedade
            movimento campanha cooperativas cooperativa mutirão conselho assembleia delegados prioridades obras
            """;

    private static final String SPANISH = """
            vecinos comunidad municipio ciudad gobierno vivienda viviendas tierra tenencia ahorro federación saneamiento
            agua alcantarillado barrio asentamiento informal mejoramiento presupuesto participativo planificación entrega
            servicio usuarios profesionales voluntarios asociación organización red encuesta mapeo préstamo fondo
            financiamiento subsidio estado nacional local programa proyecto escala negociación política partido
            elecciones votos líderes mujeres grupos miembros contribución trabajo materiales construcción mantenimiento
            baños calles electricidad transporte residuos reciclaje mercado empleo ingresos pobreza desalojos
            reasentamiento derechos reconocimiento reforma resultados evaluación evidencia costo beneficio riesgo
            confianza alianza colaboración coproducción gobernanza capacitación intercambio aprendizaje solidaridad
            movimiento campaña cooperativas cooperativa comunidades junta asamblea delegados prioridades obras
            """;

    private static final String FRENCH = """
            habitants communauté mairie ville gouvernement logement logements terrain foncier épargne fédération
            assainissement eau égouts quartier bidonville informel réhabilitation budget participatif planification
            prestation service usagers professionnels bénévoles association associations organisation réseau enquête
            cartographie prêt fonds financement subvention commune état national local programme projet échelle
            négociation politique parti élections votes responsables femmes groupes membres contribution travail
            matériaux construction entretien toilettes rues électricité transport déchets recyclage marché emploi
            revenus pauvreté expulsions relogement droits reconnaissance réforme résultats évaluation preuves coût
            bénéfice risque confiance partenariat collaboration coproduction gouvernance formation échange
            apprentissage solidarité mouvement campagne familles accueil personnes âgées villages conseil
            """;
}
