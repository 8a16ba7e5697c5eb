package org.gcmkg.serve;

import static org.gcmkg.serve.FederationFixtures.UN_ENDPOINT;
import static org.gcmkg.serve.FederationFixtures.WIKIDATA_ENDPOINT;
import static org.gcmkg.serve.FederationFixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.gcmkg.store.TestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query of {@code queries/federated/}, as written for the public endpoints, sent over HTTP to the {@code /gcm}
 * endpoint of a server over the real corpus, with its SERVICE calls mapped to stand-ins on loopback: the UN SDG
 * vocabularies snapshot ({@code data/vocab}) and a Wikidata-shaped fixture. Each query runs on two servers that
 * differ only in how they answer the UN's endpoint: from their own {@code /sdg} dataset in-process
 * ({@code serve --vocab DIR --map-service https://metadata.un.org/sparql=/sdg}), or by calling a second SPARQL server
 * over HTTP; the answers must be the same.
 */
class FederatedQueriesTest {
    static final Path QUERIES = Path.of("queries", "federated");
    static final String TARGET = "http://metadata.un.org/sdg/";

    private static FusekiServer mirror;
    private static GcmServer withOwnSdg;
    private static GcmServer withMirror;

    @BeforeAll
    static void start() {
        mirror = FederationFixtures.mirror();
        String mirrorBase = "http://127.0.0.1:" + mirror.getHttpPort();
        ServiceMapping wikidata = ServiceMapping.parse(WIKIDATA_ENDPOINT + "=" + mirrorBase + "/wikidata/sparql");
        // The server's default allow-list and a timeout that a slow machine will not reach.
        ServerOptions options = new ServerOptions(
                "127.0.0.1",
                0,
                30_000,
                ServerOptions.DEFAULT_RESULT_LIMIT,
                ServerOptions.DEFAULT_ALLOWED_SERVICES,
                null,
                null);
        withOwnSdg = GcmServer.builder(options)
                .store(TestStore.real(), TestStore.CORPUS)
                .dataset(VocabDataset.PATH, FederationFixtures.vocab())
                .mapService(ServiceMapping.parse(UN_ENDPOINT + "=" + VocabDataset.PATH))
                .mapService(wikidata)
                .start();
        withMirror = GcmServer.builder(options)
                .store(TestStore.real(), TestStore.CORPUS)
                .mapService(ServiceMapping.parse(UN_ENDPOINT + "=" + mirrorBase + "/sdg/sparql"))
                .mapService(wikidata)
                .start();
    }

    @AfterAll
    static void stop() {
        for (GcmServer server : new GcmServer[] {withOwnSdg, withMirror}) {
            if (server != null) {
                server.stop();
            }
        }
        if (mirror != null) {
            mirror.stop();
        }
    }

    /** The rows of a query file, the same from both servers. */
    private static List<String> answer(String file) throws Exception {
        String sparql = Files.readString(QUERIES.resolve(file));
        List<String> own = rows(post(withOwnSdg, sparql));
        assertEquals(own, rows(post(withMirror, sparql)), file + " through HTTP to the mirror");
        return own;
    }

    private static java.net.http.HttpResponse<String> post(GcmServer server, String sparql) throws Exception {
        return Http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/gcm/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .timeout(Http.TIMEOUT)
                .POST(BodyPublishers.ofString(sparql))
                .build());
    }

    private static List<String> startingWith(List<String> rows, String prefix) {
        return rows.stream().filter(r -> r.startsWith(prefix)).toList();
    }

    @Test
    void everyFederatedQueryIsTestedHere() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(QUERIES)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rq"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(
                new TreeSet<>(List.of(
                        "01-sdg-indicators-per-objective.rq",
                        "02-target-names-in-french-and-spanish.rq",
                        "03-un-regions-of-example-countries.rq",
                        "04-wikidata-items-of-example-countries.rq",
                        "05-objectives-by-sdg-indicators.rq")),
                files);
        for (String file : files) {
            assertTrue(Files.readString(QUERIES.resolve(file)).startsWith("# "), file + " says what it answers");
        }
    }

    @Test
    void indicatorsOfEachObjectivesTargets() throws Exception {
        List<String> rows = answer("01-sdg-indicators-per-objective.rq");
        // 150 (objective, target) links of 21 objectives, 1 to 3 indicators per target.
        assertEquals(262, rows.size());
        assertEquals(
                List.of(
                        "4 | " + TARGET + "1.3 | " + TARGET
                                + "C010301 | 1.3.1 | Proportion of population covered by social "
                                + "protection floors/systems, by sex, distinguishing children, unemployed persons, older "
                                + "persons, persons with disabilities, pregnant women, newborns, work-injury victims and the "
                                + "poor and the vulnerable",
                        "4 | " + TARGET + "10.7 | " + TARGET
                                + "C100701 | 10.7.1 | Recruitment cost borne by employee as a "
                                + "proportion of monthly income earned in country of destination",
                        "4 | " + TARGET + "10.7 | " + TARGET + "C100702 | 10.7.2 | Number of countries with migration "
                                + "policies that facilitate orderly, safe, regular and responsible migration and mobility of "
                                + "people",
                        "4 | " + TARGET + "16.9 | " + TARGET
                                + "C160901 | 16.9.1 | Proportion of children under 5 years of "
                                + "age whose births have been registered with a civil authority, by age",
                        "4 | " + TARGET + "17.18 | " + TARGET
                                + "C171801 | 17.18.1 | Proportion of sustainable development "
                                + "indicators produced at the national level with full disaggregation when relevant to the "
                                + "target, in accordance with the Fundamental Principles of Official Statistics",
                        "4 | " + TARGET + "17.18 | " + TARGET
                                + "C171802 | 17.18.2 | Number of countries that have national "
                                + "statistical legislation that complies with the Fundamental Principles of Official "
                                + "Statistics",
                        "4 | " + TARGET + "17.18 | " + TARGET
                                + "C171803 | 17.18.3 | Number of countries with a national "
                                + "statistical plan that is fully funded and under implementation, by source of funding"),
                startingWith(rows, "4 | "));
        // An indicator of several targets (C200204 is 10.3.1 and 16.b.1) has the code under the objective's target;
        // objective 17 serves both targets, so it has both rows (and counts the indicator once in query 05).
        assertEquals(
                List.of(
                        "15 | " + TARGET + "16.b | " + TARGET + "C200204 | 16.b.1",
                        "16 | " + TARGET + "16.b | " + TARGET + "C200204 | 16.b.1",
                        "17 | " + TARGET + "10.3 | " + TARGET + "C200204 | 10.3.1",
                        "17 | " + TARGET + "16.b | " + TARGET + "C200204 | 16.b.1",
                        "21 | " + TARGET + "16.b | " + TARGET + "C200204 | 16.b.1"),
                rows.stream()
                        .filter(r -> r.contains("C200204"))
                        .map(r -> r.substring(0, r.lastIndexOf(" | ")))
                        .toList());
        assertTrue(startingWith(rows, "2 | ").isEmpty()
                && startingWith(rows, "19 | ").isEmpty());
    }

    @Test
    void frenchAndSpanishNamesOfObjective4sTargets() throws Exception {
        List<String> rows = answer("02-target-names-in-french-and-spanish.rq");
        assertEquals(
                List.of("1.3", "10.7", "16.9", "17.18"),
                rows.stream().map(r -> r.split(" \\| ")[1]).toList());
        assertEquals(
                TARGET + "10.7 | 10.7 | Facilitate orderly, safe, regular and responsible migration and mobility "
                        + "of people, including through the implementation of planned and well-managed migration policies | "
                        + "Faciliter la migration et la mobilité de façon ordonnée, sûre, régulière et responsable, notamment "
                        + "par la mise en œuvre de politiques migratoires planifiées et bien gérées | Facilitar la migración y "
                        + "la movilidad ordenadas, seguras, regulares y responsables de las personas, incluso mediante la "
                        + "aplicación de políticas migratorias planificadas y bien gestionadas",
                rows.get(1));
        assertTrue(
                rows.get(2)
                        .endsWith(" | D’ici à 2030, garantir à tous une identité juridique, notamment grâce à "
                                + "l’enregistrement des naissances | De aquí a 2030, proporcionar acceso a una identidad jurídica "
                                + "para todos, en particular mediante el registro de nacimientos"),
                rows.get(2));
    }

    @Test
    void unRegionsOfTheCountriesInEachObjectivesExamples() throws Exception {
        List<String> rows = answer("03-un-regions-of-example-countries.rq");
        // 133 (objective, country) pairs of 70 countries, in 86 (objective, sub-region) groups.
        assertEquals(86, rows.size());
        assertEquals(
                133,
                rows.stream()
                        .mapToInt(r -> Integer.parseInt(r.split(" \\| ")[3]))
                        .sum());
        assertEquals(
                List.of(
                        "1 | Africa | Northern Africa | 2 | MAR TUN",
                        "1 | Africa | Sub-Saharan Africa | 1 | MRT",
                        "1 | Asia | Western Asia | 2 | JOR LBN",
                        "1 | Europe | Southern Europe | 3 | ESP ITA PRT",
                        "1 | Europe | Western Europe | 1 | FRA"),
                startingWith(rows, "1 | "));
        assertEquals(
                List.of(
                        "4 | Americas | Latin America and the Caribbean | 1 | MEX",
                        "4 | Americas | Northern America | 1 | USA",
                        "4 | Asia | South-eastern Asia | 1 | THA"),
                startingWith(rows, "4 | "));
    }

    @Test
    void wikidataItemsOfTheExampleCountriesThroughTheUnMatches() throws Exception {
        List<String> rows = answer("04-wikidata-items-of-example-countries.rq");
        // The fixture's items for countries the examples name; China (Q148) is in it but named by no example.
        String country = "https://w3id.org/gcm/id/country/";
        String entity = "http://www.wikidata.org/entity/";
        assertEquals(
                List.of(
                        country + "FRA | FRA | " + entity + "Q142 | France | FRA | 3 | 3",
                        country + "MEX | MEX | " + entity + "Q96 | Mexico | MEX | 4 | 6",
                        country + "THA | THA | " + entity + "Q869 | Thailand | THA | 5 | 6",
                        country + "USA | USA | " + entity + "Q30 | United States | USA | 9 | 11"),
                rows);
    }

    @Test
    void objectivesRankedBySdgIndicators() throws Exception {
        assertEquals(
                List.of(
                        "15 | 18 | 30",
                        "7 | 13 | 21",
                        "9 | 7 | 17",
                        "8 | 6 | 16",
                        "14 | 8 | 14",
                        "12 | 7 | 13",
                        "17 | 8 | 13",
                        "10 | 6 | 12",
                        "18 | 8 | 12",
                        "5 | 9 | 11",
                        "6 | 8 | 11",
                        "11 | 6 | 11",
                        "16 | 6 | 11",
                        "20 | 6 | 11",
                        "23 | 7 | 11",
                        "21 | 6 | 10",
                        "13 | 5 | 9",
                        "3 | 5 | 8",
                        "22 | 5 | 8",
                        "4 | 4 | 7",
                        "1 | 2 | 5"),
                answer("05-objectives-by-sdg-indicators.rq"));
    }
}
