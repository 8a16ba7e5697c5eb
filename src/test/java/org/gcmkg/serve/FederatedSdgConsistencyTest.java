package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.gcmkg.store.TestStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SDG goals and targets the graph uses, checked against the UN's own SDG vocabularies (the snapshot in
 * {@code data/vocab}): every URI is a goal or target there, under the same goal, and the words the booklet quotes
 * for it are the UN's English name. The UN names a target by its text ({@code skos:prefLabel}) and a goal by its long
 * title ({@code skos:prefLabel}, "Reduce inequality within and among countries") and its short one
 * ({@code skos:altLabel}, "Reduced inequalities"), which is what the booklet quotes.
 * <p>
 * Texts are compared with runs of white space made one space and final punctuation and quotation marks dropped. The
 * differences that remain are data, not failures: the test writes them to {@code sdg-label-differences.tsv} in the
 * build directory, each with its kind, and asserts exactly which there are, so that a change in the corpus, the
 * extraction or the UN data shows.
 */
class FederatedSdgConsistencyTest {
    static final String SDG = "http://metadata.un.org/sdg/";
    static final String PREFIXES = """
            PREFIX gcm:  <https://w3id.org/gcm/ontology#>
            PREFIX sdgo: <http://metadata.un.org/sdg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    /** A target quote in the booklet: "- **10.7:** Facilitate orderly, …". */
    static final Pattern TARGET_QUOTE = Pattern.compile("- \\*\\*[^*]+:\\*\\*\\s*(.*)", Pattern.DOTALL);
    /** A goal heading: "SDG 10: Reduced inequalities" (also "SDG1:"), the first line of the goal's passage. */
    static final Pattern GOAL_QUOTE = Pattern.compile("SDG ?\\d+: (.*)");

    /** Goal and target codes in the UN's order: 1, 1.1, 1.a, 2, …, 10.7, 10.a. */
    static final Comparator<String> BY_CODE = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean xn = x[i].matches("\\d+");
            boolean yn = y[i].matches("\\d+");
            int c = xn && yn
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                    : xn != yn ? (xn ? -1 : 1) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    /** A wording of a goal or target that is not the UN's: the graph's label, or one quote of the booklet. */
    record Difference(String code, String where, String kind, String ours, String un) {
        String summary() {
            return code + " " + where + " " + kind;
        }
    }

    private static DatasetGraph graph;
    private static DatasetGraph vocab;
    /** The UN's English name of each goal (short title) and target, by code. */
    private static final Map<String, String> unNames = new TreeMap<>(BY_CODE);

    @BeforeAll
    static void load() {
        vocab = FederationFixtures.vocab();
        graph = TestStore.real().dataset();
        select(vocab, """
                SELECT ?concept ?name {
                  { ?concept a sdgo:Target ; skos:prefLabel ?name } UNION { ?concept a sdgo:Goal ; skos:altLabel ?name }
                  FILTER(LANG(?name) = "en")
                }""", row -> unNames.put(code(row.get("concept").getURI()), text(row, "name")));
    }

    @Test
    void everyGoalAndTargetOfTheGraphIsTheUnsUnderTheSameGoal() {
        List<String> ours = new ArrayList<>();
        List<String> notTheUns = new ArrayList<>();
        select(graph, "SELECT ?concept ?type { ?concept a ?type VALUES ?type { sdgo:Goal sdgo:Target } }", row -> {
            String concept = row.get("concept").getURI();
            ours.add(concept);
            if (!ask(vocab, "ASK { <" + concept + "> a <" + row.get("type").getURI() + "> }")) {
                notTheUns.add(concept);
            }
        });
        select(graph, "SELECT ?target ?goal { ?target a sdgo:Target ; skos:broader ?goal }", row -> {
            if (!ask(
                    vocab,
                    "ASK { <" + row.get("target").getURI() + "> skos:broader <"
                            + row.get("goal").getURI() + "> ; a sdgo:Target }")) {
                notTheUns.add(
                        row.get("target").getURI() + " under " + row.get("goal").getURI());
            }
        });
        // The booklet's 53 distinct targets and, through "All SDGs", all 17 goals.
        assertEquals(70, ours.size());
        assertEquals(
                53,
                ours.stream()
                        .filter(c -> c.substring(SDG.length()).contains("."))
                        .count());
        assertEquals(List.of(), notTheUns);
    }

    @Test
    void theBookletsWordsAgainstTheUnsNames() throws IOException, URISyntaxException {
        List<Difference> differences = new ArrayList<>();
        Set<String> quoted = new HashSet<>();
        int[] quotes = new int[2];
        Map<String, int[]> corpus = new HashMap<>();
        select(graph, """
                SELECT ?concept ?file ?line ?start ?end {
                  ?concept a ?type ; gcm:passage ?p . VALUES ?type { sdgo:Goal sdgo:Target }
                  ?p gcm:sourceDocument/gcm:fileName ?file ; gcm:startLine ?line ;
                     gcm:startOffset ?start ; gcm:endOffset ?end .
                } ORDER BY ?line""", row -> {
            String code = code(row.get("concept").getURI());
            int[] text = corpus.computeIfAbsent(text(row, "file"), FederatedSdgConsistencyTest::codePoints);
            int start = Integer.parseInt(text(row, "start"));
            String passage = new String(text, start, Integer.parseInt(text(row, "end")) - start);
            boolean target = code.contains(".");
            Matcher quote = target ? TARGET_QUOTE.matcher(passage) : GOAL_QUOTE.matcher(passage.split("\n")[0]);
            // Passages of goals also hold the booklet's "All SDGs", which quotes no name.
            if (quote.matches()) {
                quoted.add(code);
                quotes[target ? 1 : 0]++;
                String kind = kind(code, quote.group(1));
                if (kind != null) {
                    differences.add(new Difference(
                            code,
                            text(row, "file") + ":" + text(row, "line"),
                            kind,
                            quote.group(1),
                            unNames.get(code)));
                }
            }
        });
        assertEquals(82, quotes[0], "goal headings quoted");
        assertEquals(150, quotes[1], "target texts quoted");

        List<Difference> labels = new ArrayList<>();
        select(
                graph,
                "SELECT ?concept ?label { ?concept a ?type ; rdfs:label ?label VALUES ?type { sdgo:Goal "
                        + "sdgo:Target } }",
                row -> {
                    String code = code(row.get("concept").getURI());
                    String label = text(row, "label");
                    // A goal the booklet refers to only as one of "All SDGs" has a label the graph made up.
                    String kind = quoted.contains(code)
                            ? kind(code, label)
                            : normalise(label).equals(normalise(unNames.get(code))) ? null : "not quoted";
                    if (kind != null) {
                        labels.add(new Difference(code, "rdfs:label", kind, label, unNames.get(code)));
                    }
                });
        labels.sort(Comparator.comparing(Difference::code, BY_CODE));
        write(labels, differences);

        assertEquals(
                List.of(
                        "2 rdfs:label not quoted",
                        "4.2 rdfs:label typography", // pre-primary: U+2011 non-breaking hyphen at the UN
                        "5 rdfs:label typography", // Gender Equality
                        "11.b rdfs:label typography", // 2015-2030: an en dash at the UN
                        "12 rdfs:label not quoted",
                        "13 rdfs:label not quoted",
                        "14 rdfs:label not quoted",
                        "15 rdfs:label not quoted",
                        "17.6 rdfs:label typography", // knowledge sharing, knowledge-sharing at the UN
                        "17.7 rdfs:label text of 17.17", // objectives 17, 18 quote 17.17 as 17.7; 20, 23 quote 17.7;
                        // the first wins
                        "17.14 rdfs:label extra words", // objective 7 runs the target into its own sentence
                        "17.16 rdfs:label typography", // global partnership, Global Partnership at the UN
                        "17.17 rdfs:label extra words"), // "data, monitoring and accountability" is 17.18-19's heading
                labels.stream().map(Difference::summary).toList());
        String booklet = "gcm-implementation-booklet.txt:";
        assertEquals(
                List.of(
                        "4 " + booklet + "255 typography", // Quality Education
                        "5 " + booklet + "259 typography", // Gender Equality, and below
                        "1 " + booklet + "299 typography", // No Poverty
                        "17.18 " + booklet + "313 cut short", // "national context.", "national contexts" at the UN
                        "5 " + booklet + "414 typography",
                        "5 " + booklet + "470 typography",
                        "17.14 " + booklet + "500 extra words",
                        "17.18 " + booklet + "542 cut short",
                        "17.16 " + booklet + "586 text of 17.6", // objective 9
                        "5 " + booklet + "624 typography",
                        "17.16 " + booklet + "693 typography",
                        "5 " + booklet + "731 typography",
                        "17.16 " + booklet + "856 typography",
                        "4.2 " + booklet + "915 typography",
                        "11.b " + booklet + "989 typography",
                        "17.7 " + booklet + "1060 text of 17.17",
                        "3.c " + booklet + "1105 cut short", // "developing State", "States" at the UN
                        "17.7 " + booklet + "1123 text of 17.17",
                        "10 " + booklet + "1339 typography", // reduced inequalities
                        "17.18 " + booklet + "1346 cut short",
                        "17.6 " + booklet + "1384 typography",
                        "17.16 " + booklet + "1387 typography",
                        "17.17 " + booklet + "1388 extra words",
                        "17.18 " + booklet + "1389 cut short"),
                differences.stream().map(Difference::summary).toList());
    }

    /**
     * How {@code ours} differs from the UN's name of {@code code}, or {@code null} when it does not: typography (case,
     * hyphens and dashes), extra words after the UN's, cut short, the text of another target, or other wording.
     */
    static String kind(String code, String ours) {
        String un = unNames.get(code);
        if (normalise(ours).equals(normalise(un))) {
            return null;
        }
        String a = fold(ours);
        String b = fold(un);
        if (a.equals(b)) {
            return "typography";
        }
        if (a.startsWith(b)) {
            return "extra words";
        }
        if (b.startsWith(a)) {
            return "cut short";
        }
        for (Map.Entry<String, String> other : unNames.entrySet()) {
            if (other.getKey().contains(".") && !other.getKey().equals(code) && a.startsWith(fold(other.getValue()))) {
                return "text of " + other.getKey();
            }
        }
        return "wording";
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll("[\\s.,;:\"”’]+$", "");
    }

    /** Without case, and with hyphens, dashes and the spaces around them as one space. */
    static String fold(String text) {
        return normalise(text).replaceAll("[\\s\\-\u2010-\u2015]+", " ").toLowerCase(Locale.ROOT);
    }

    private static void write(List<Difference> labels, List<Difference> quotes) throws IOException, URISyntaxException {
        // The build directory: target/, or the one given to Maven.
        Path build = Path.of(FederatedSdgConsistencyTest.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getParent();
        StringBuilder tsv = new StringBuilder("code\twhere\tkind\tgraph or booklet\tUN SDG vocabularies (en)\n");
        for (List<Difference> part : List.of(labels, quotes)) {
            for (Difference d : part) {
                tsv.append(String.join(
                                "\t", d.code(), d.where(), d.kind(), d.ours().replaceAll("\\s+", " "), d.un()))
                        .append('\n');
            }
        }
        Files.writeString(build.resolve("sdg-label-differences.tsv"), tsv);
    }

    private static String code(String uri) {
        return uri.substring(SDG.length());
    }

    private static String text(Binding row, String var) {
        return row.get(var).getLiteralLexicalForm();
    }

    private static int[] codePoints(String file) {
        try {
            return Files.readString(TestStore.CORPUS.resolve(file)).codePoints().toArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void select(DatasetGraph dataset, String query, Consumer<Binding> action) {
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec =
                    QueryExec.dataset(dataset).query(PREFIXES + query).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(action);
            }
        });
    }

    private static boolean ask(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec =
                    QueryExec.dataset(dataset).query(PREFIXES + query).build()) {
                return exec.ask();
            }
        });
    }
}
