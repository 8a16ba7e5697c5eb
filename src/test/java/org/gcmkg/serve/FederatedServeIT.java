package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.gcmkg.JarProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --vocab data/vocab --map-service …} as a user runs it, with the shaded jar in a process of its
 * own: the vocabularies served at {@code /sdg}, and a federated query file answered through SERVICE from them and
 * from a Wikidata mirror on loopback.
 */
class FederatedServeIT {
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void servesTheVocabulariesAndAnswersAFederatedQueryThroughThem() throws Exception {
        FederationFixtures.assumeVocab();
        FusekiServer wikidata = FusekiServer.create().fusekiModules(FusekiModules.empty()).loopback(true).port(0)
                .add("/wikidata", FederationFixtures.wikidata(), false).build().start();
        int port = JarProcess.freePort();
        Path log = tmp.resolve("serve.log");
        Process server = JarProcess.start(log, "serve", "--port", String.valueOf(port),
                "--store", tmp.resolve("store").toString(),
                "--vocab", FederationFixtures.VOCAB.toString(),
                "--map-service", FederationFixtures.UN_ENDPOINT + "=/sdg",
                "--map-service", FederationFixtures.WIKIDATA_ENDPOINT + "=http://127.0.0.1:" + wikidata.getHttpPort()
                        + "/wikidata/sparql");
        try {
            String base = "http://127.0.0.1:" + port;
            JsonObject health = JarProcess.awaitHealth(server, base, log);
            JsonObject sdg = health.get("datasets").getAsObject().get("/sdg").getAsObject();
            // All triples of the five files of the snapshot (none is in two files).
            assertEquals(18972, sdg.get("triples").getAsNumber().value().intValue());
            HttpResponse<String> targets = http.send(HttpRequest.newBuilder(URI.create(base + "/sdg/sparql?query="
                    + Http.encode("SELECT (COUNT(*) AS ?n) { ?t a <http://metadata.un.org/sdg/ontology#Target> }")))
                    .header("Accept", "text/csv").timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("n\r\n169\r\n", targets.body());

            String query = Files.readString(FederatedQueriesTest.QUERIES.resolve(
                    "04-wikidata-items-of-example-countries.rq"));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/gcm/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30))
                    .POST(BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(List.of("FRA | Q142", "MEX | Q96", "THA | Q869", "USA | Q30"),
                    FederationFixtures.rows(answer).stream().map(r -> r.split(" \\| "))
                            .map(r -> r[1] + " | " + r[2].substring(r[2].lastIndexOf('/') + 1)).toList());
            assertTrue(Files.readString(log).contains("SERVICE <https://metadata.un.org/sparql> is answered by /sdg"));
        } finally {
            JarProcess.stop(server);
            wikidata.stop();
        }
    }

}
