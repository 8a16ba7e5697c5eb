package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.gcmkg.CorpusGraph;
import org.gcmkg.link.align.Aligner;
import org.gcmkg.link.align.Alignment;
import org.gcmkg.link.align.Bm25Aligner;
import org.gcmkg.link.align.LexiconAligner;
import org.gcmkg.link.align.LexiconRankedAligner;
import org.gcmkg.link.align.ObjectiveLexicon;
import org.gcmkg.link.align.ObjectiveText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of gcm:addresses against the gold standard in src/test/resources/gold/addresses/ (its README
 * gives the guidelines; it was written blind to any method). The first method (the lexicon as first reviewed) was
 * chosen on the development round and measured once, blind, on the held-out round; since then both rounds are
 * development data, on which the method was improved. Each round is held at the figures reached, per kind of text and
 * overall, so that they cannot get worse unnoticed. The test measures the links the graph holds, not a second run of
 * the method. Figures go to target/addresses-accuracy.tsv, the pairs missed or wrong to
 * target/addresses-accuracy-details.txt.
 */
class AddressesAccuracyTest {
    static final Path GOLD = Path.of("src/test/resources/gold/addresses");
    static final List<String> KINDS = List.of("statement", "recommendation", "commitment", "all");

    /** A round of the gold standard: its name, its file, and the precision and recall per kind it is held at. */
    record Round(String name, String file, Map<String, double[]> floor) {}

    /** The rounds the method was developed on, where the candidates are compared. */
    static final Set<String> DEVELOPMENT = Set.of("dev", "heldout");

    static final List<Round> ROUNDS = List.of(
            // Development: the first method was chosen and tuned on it.
            new Round(
                    "dev",
                    "addresses-dev.tsv",
                    Map.of(
                            "statement", new double[] {0.91, 0.97},
                            "recommendation", new double[] {0.93, 0.83},
                            "commitment", new double[] {0.95, 0.91},
                            "all", new double[] {0.92, 0.92})),
            // Measured once, blind, on 2026-12-06 with the first method: 0.825 / 0.703 overall (52 right, 11 wrong,
            // 22 missed), below the targets of 0.85 / 0.75. Development data since: the method was improved on it
            // and on the development round together, so these figures are no longer an honest estimate.
            new Round(
                    "heldout",
                    "addresses-heldout.tsv",
                    Map.of(
                            "statement", new double[] {0.87, 0.84},
                            "recommendation", new double[] {0.94, 0.76},
                            "commitment", new double[] {0.78, 0.75},
                            "all", new double[] {0.86, 0.79})),
            // Measured once, blind, on 2026-12-06 with the improved method frozen: 0.794 / 0.659 (27 right, 7 wrong,
            // 14 missed; statements only), below the targets of 0.85 / 0.75.
            new Round(
                    "heldout2",
                    "addresses-heldout2.tsv",
                    Map.of("statement", new double[] {0.79, 0.65}, "all", new double[] {0.79, 0.65})));

    static final List<String> REPORT = new ArrayList<>();
    static final StringBuilder DETAILS = new StringBuilder();

    /** The gold objectives of each text, and the kind of each text, of one round. */
    record Gold(Map<String, Set<Integer>> objectives, Map<String, String> kinds) {}

    static Gold gold(String file) throws IOException {
        Map<String, Set<Integer>> objectives = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(GOLD.resolve(file));
        assertEquals(
                List.of("kind", "id", "objective", "evidence", "note"),
                List.of(lines.get(0).split("\t", -1)));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            kinds.put(c[1], c[0]);
            Set<Integer> set = objectives.computeIfAbsent(c[1], k -> new TreeSet<>());
            if (!c[2].isEmpty()) {
                set.add(Integer.parseInt(c[2]));
            }
        }
        return new Gold(objectives, kinds);
    }

    /** The text of every statement, recommendation and commitment of the graph, by IRI. */
    static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        String sparql = """
                SELECT ?t ?words WHERE {
                  { ?t a gcm:Statement ; gcm:text ?words } UNION { ?t a gcm:Recommendation ; gcm:text ?words }
                  UNION { ?t a gcm:Commitment ; dcterms:description ?words } }""";
        for (QuerySolution row : QueryAnswers.solutions(sparql)) {
            texts.put(row.getResource("t").getURI(), row.getLiteral("words").getString());
        }
        return texts;
    }

    /** The objectives the graph says each text addresses. */
    static Map<String, Set<Integer>> graphLinks() {
        Map<String, Set<Integer>> links = new LinkedHashMap<>();
        String sparql = "SELECT ?t ?n WHERE { ?t gcm:addresses/gcm:number ?n }";
        for (QuerySolution row : QueryAnswers.solutions(sparql)) {
            links.computeIfAbsent(row.getResource("t").getURI(), k -> new TreeSet<>())
                    .add(row.getLiteral("n").getInt());
        }
        return links;
    }

    /** Precision and recall per kind and overall, as {tp, fp, fn}; the pairs missed or wrong go to the details. */
    static Map<String, int[]> measure(String name, Gold gold, Function<String, Set<Integer>> predicted) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        KINDS.forEach(k -> counts.put(k, new int[3]));
        DETAILS.append("# ").append(name).append('\n');
        gold.objectives().forEach((text, expected) -> {
            Set<Integer> found = predicted.apply(text);
            for (String kind : List.of(gold.kinds().get(text), "all")) {
                int[] c = counts.get(kind);
                found.forEach(o -> c[expected.contains(o) ? 0 : 1]++);
                expected.forEach(o -> c[2] += found.contains(o) ? 0 : 1);
            }
            detail("wrong", text, found, expected);
            detail("missed", text, expected, found);
        });
        // A kind with no text in the round (the second held-out round has statements only) has no figure to report.
        counts.entrySet()
                .removeIf(e ->
                        !gold.kinds().containsValue(e.getKey()) && !e.getKey().equals("all"));
        counts.forEach((kind, c) -> REPORT.add(String.join(
                "\t",
                name,
                kind,
                format(precision(c)),
                format(recall(c)),
                String.valueOf(c[0]),
                String.valueOf(c[1]),
                String.valueOf(c[2]))));
        return counts;
    }

    /** Each objective of {@code these} that {@code others} lacks, as a line of the details. */
    static void detail(String what, String text, Set<Integer> these, Set<Integer> others) {
        these.stream()
                .filter(o -> !others.contains(o))
                .forEach(o -> DETAILS.append(what + "\t" + text + "\t" + o + "\n"));
    }

    static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1.0 : c[0] / (double) (c[0] + c[1]);
    }

    static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 1.0 : c[0] / (double) (c[0] + c[2]);
    }

    static String format(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    static Function<String, Set<Integer>> by(Aligner aligner, Map<String, String> texts) {
        return text -> {
            Set<Integer> objectives = new TreeSet<>();
            aligner.align(texts.get(text)).stream().map(Alignment::objective).forEach(objectives::add);
            return objectives;
        };
    }

    static void assertAtLeast(String round, Map<String, int[]> counts, Map<String, double[]> floor) {
        floor.forEach((kind, f) -> {
            int[] c = counts.get(kind);
            assertTrue(
                    precision(c) >= f[0] && recall(c) >= f[1],
                    round + " " + kind + ": precision " + format(precision(c)) + ", recall " + format(recall(c))
                            + " fell below " + f[0] + " / " + f[1]);
        });
    }

    @Test
    void candidatesOnTheDevelopmentRounds() throws IOException {
        Map<String, String> texts = texts();
        Model union = CorpusGraph.get().getDefaultModel();
        List<ObjectiveText> objectives = ObjectiveTexts.read(union);
        LexiconAligner lexicon = new LexiconAligner(ObjectiveLexicon.standard());
        Bm25Aligner ranking = new Bm25Aligner(objectives, 0, 0);
        Map<String, Map<String, int[]>> lex = new LinkedHashMap<>();
        for (Round round :
                ROUNDS.stream().filter(r -> DEVELOPMENT.contains(r.name())).toList()) {
            Gold gold = gold(round.file());
            assertTrue(texts.keySet().containsAll(gold.objectives().keySet()), "every gold text is in the graph");
            String r = round.name() + "\t";
            lex.put(round.name(), measure(r + "lexicon", gold, by(lexicon, texts)));
            Map<String, int[]> recallBm25 = measure(
                    r + "bm25 (score >= 4, >= 0.7 of the best)", gold, by(new Bm25Aligner(objectives, 4, 0.7), texts));
            Map<String, int[]> preciseBm25 = measure(
                    r + "bm25 (score >= 8, the best only)", gold, by(new Bm25Aligner(objectives, 8, 1.0), texts));
            Map<String, int[]> top3 =
                    measure(r + "lexicon+bm25 (top 3)", gold, by(new LexiconRankedAligner(lexicon, ranking, 3), texts));
            Map<String, int[]> top8 =
                    measure(r + "lexicon+bm25 (top 8)", gold, by(new LexiconRankedAligner(lexicon, ranking, 8), texts));
            // Why the lexicon alone: BM25 alone is far from both targets, and gating the lexicon by the ranking buys
            // little or no precision for a large loss of recall.
            assertTrue(precision(recallBm25.get("all")) < 0.3 && recall(preciseBm25.get("all")) < 0.2, r);
            assertTrue(recall(top3.get("all")) < recall(lex.get(round.name()).get("all")) - 0.2, r);
            assertTrue(recall(top8.get("all")) < recall(lex.get(round.name()).get("all")) - 0.05, r);
        }
        assertEquals(
                List.of(77, 6, 6),
                List.of(
                        lex.get("dev").get("all")[0],
                        lex.get("dev").get("all")[1],
                        lex.get("dev").get("all")[2]));
        assertEquals(
                List.of(59, 9, 15),
                List.of(
                        lex.get("heldout").get("all")[0],
                        lex.get("heldout").get("all")[1],
                        lex.get("heldout").get("all")[2]));
    }

    @Test
    void theGraphsLinksOnEachRound() throws IOException {
        Map<String, Set<Integer>> links = graphLinks();
        Function<String, Set<Integer>> inGraph = text -> links.getOrDefault(text, Set.of());
        for (Round round : ROUNDS) {
            assertAtLeast(
                    round.name(),
                    measure(round.name() + "\tgraph (lexicon)", gold(round.file()), inGraph),
                    round.floor());
        }
    }

    @AfterAll
    static void write() throws IOException {
        Files.createDirectories(Path.of("target"));
        List<String> lines = new ArrayList<>();
        lines.add("round\tmethod\tkind\tprecision\trecall\ttrue\twrong\tmissed");
        lines.addAll(REPORT);
        Files.write(Path.of("target/addresses-accuracy.tsv"), lines);
        Files.writeString(Path.of("target/addresses-accuracy-details.txt"), DETAILS);
    }
}
