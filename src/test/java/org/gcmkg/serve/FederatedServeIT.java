package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.gcmkg.PrebuiltStore;
import org.gcmkg.ServedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Federation with no setup, with the shaded jar in a process of its own, as a user runs it from a clone: the README's
 * {@code serve} serves the UN SDG vocabularies of {@code data/vocab} at {@code /sdg} and answers
 * {@code SERVICE <https://metadata.un.org/sparql>} from them; {@code --vocab none} turns that off and
 * {@code --map-service} answers the endpoints from mirrors instead, over the same store, which {@code /sdg} leaves
 * alone.
 */
class FederatedServeIT {
    @TempDir
    Path tmp;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void answersTheUnEndpointFromTheVocabulariesOfTheRepositoryByDefault() throws Exception {
        Path store = PrebuiltStore.copyTo(tmp.resolve("store"));
        Path log = tmp.resolve("serve.log");
        JsonObject storeServed;
        // The README's command; only the port and the store (a copy of one load built) are the test's own.
        try (ServedJar server = ServedJar.serve(log, "--store", store.toString())) {
            String base = server.base;
            JsonObject health = server.health;
            storeServed = health.get("store").getAsObject();
            // All triples of the five files of data/vocab (none is in two files).
            assertEquals(18972, Health.triples(health, "/sdg"));
            HttpResponse<String> targets = http.send(
                    HttpRequest.newBuilder(
                                    URI.create(
                                            base + "/sdg/sparql?query="
                                                    + Http.encode(
                                                            "SELECT (COUNT(*) AS ?n) { ?t a <http://metadata.un.org/sdg/ontology#Target> }")))
                            .header("Accept", "text/csv")
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("n\r\n169\r\n", targets.body());

            List<String> rows = FederationFixtures.rows(post(base, "02-target-names-in-french-and-spanish.rq"));
            String target = "http://metadata.un.org/sdg/";
            assertEquals(
                    List.of(
                            target
                                    + "1.3 | 1.3 | Implement nationally appropriate social protection systems and measures "
                                    + "for all, including floors, and by 2030 achieve substantial coverage of the poor and the "
                                    + "vulnerable",
                            target
                                    + "10.7 | 10.7 | Facilitate orderly, safe, regular and responsible migration and mobility "
                                    + "of people, including through the implementation of planned and well-managed migration "
                                    + "policies",
                            target
                                    + "16.9 | 16.9 | By 2030, provide legal identity for all, including birth registration",
                            target
                                    + "17.18 | 17.18 | By 2020, enhance capacity-building support to developing countries, "
                                    + "including for least developed countries and small island developing States, to "
                                    + "increase significantly the availability of high-quality, timely and reliable data "
                                    + "disaggregated by income, gender, age, race, ethnicity, migratory status, disability, "
                                    + "geographic location and other characteristics relevant in national contexts"),
                    rows.stream()
                            .map(r ->
                                    String.join(" | ", List.of(r.split(" \\| ")).subList(0, 3)))
                            .toList());
            assertEquals(
                    target + "10.7 | 10.7 | Facilitate orderly, safe, regular and responsible migration and "
                            + "mobility of people, including through the implementation of planned and well-managed migration "
                            + "policies | Faciliter la migration et la mobilité de façon ordonnée, sûre, régulière et "
                            + "responsable, notamment par la mise en œuvre de politiques migratoires planifiées et bien gérées "
                            + "| Facilitar la migración y la movilidad ordenadas, seguras, regulares y responsables de las "
                            + "personas, incluso mediante la aplicación de políticas migratorias planificadas y bien "
                            + "gestionadas",
                    rows.get(1));
            assertTrue(
                    rows.get(2)
                            .endsWith(" | D’ici à 2030, garantir à tous une identité juridique, notamment "
                                    + "grâce à l’enregistrement des naissances | De aquí a 2030, proporcionar acceso a una identidad "
                                    + "jurídica para todos, en particular mediante el registro de nacimientos"),
                    rows.get(2));
            assertTrue(Files.readString(log).contains("SERVICE <https://metadata.un.org/sparql> is answered by /sdg"));
        }

        FusekiServer mirror = FederationFixtures.mirror();
        String mirrorBase = "http://127.0.0.1:" + mirror.getHttpPort();
        Path againLog = tmp.resolve("serve-without-sdg.log");
        // Query 04 calls the mirrors over HTTP some 70 times: more than the default 5 s on a busy machine.
        try (ServedJar withoutSdg = ServedJar.serve(
                againLog,
                "--store",
                store.toString(),
                "--vocab",
                "none",
                "--timeout",
                "60000",
                "--map-service",
                FederationFixtures.UN_ENDPOINT + "=" + mirrorBase + "/sdg/sparql",
                "--map-service",
                FederationFixtures.WIKIDATA_ENDPOINT + "=" + mirrorBase + "/wikidata/sparql")) {
            String base = withoutSdg.base;
            JsonObject health = withoutSdg.health;
            assertFalse(health.get("datasets").getAsObject().hasKey("/sdg"), health.toString());
            // The same store generation, not rebuilt: what /sdg serves is no part of the store's fingerprint.
            assertEquals(storeServed, health.get("store").getAsObject());
            assertEquals(
                    List.of("FRA | Q142", "MEX | Q96", "THA | Q869", "USA | Q30"),
                    FederationFixtures.rows(post(base, "04-wikidata-items-of-example-countries.rq")).stream()
                            .map(r -> r.split(" \\| "))
                            .map(r -> r[1] + " | " + r[2].substring(r[2].lastIndexOf('/') + 1))
                            .toList());
            assertTrue(Files.readString(againLog)
                    .contains("SERVICE <https://metadata.un.org/sparql> is answered by " + mirrorBase + "/sdg/sparql"));
        } finally {
            mirror.stop();
        }
    }

    private HttpResponse<String> post(String base, String queryFile) throws Exception {
        String query = Files.readString(FederatedQueriesTest.QUERIES.resolve(queryFile));
        return Http.post(base, query, "application/sparql-results+json");
    }
}
