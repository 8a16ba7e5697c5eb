package org.gcmkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.gcmkg.CorpusGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The harness's check that the servers it compares hold the same data: the stock Fuseki of earlier runs served the
 * union alone, where query 15's {@code GRAPH} pattern finds nothing.
 */
class SameAnswersTest {
    private static FusekiServer server;

    @BeforeAll
    static void serve() {
        DatasetGraph whole = CorpusGraph.get().asDatasetGraph();
        DatasetGraph unionAlone = DatasetGraphFactory.create(whole.getDefaultGraph());
        server = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .loopback(true)
                .port(0)
                .add("/whole", whole, false)
                .add("/again", whole, false)
                .add("/union", unionAlone, false)
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String sparql(String dataset) {
        return "http://localhost:" + server.getHttpPort() + dataset + "/query";
    }

    private static Map<String, String> queries(String... names) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String name : names) {
            queries.put(name, Files.readString(Path.of("queries", name + ".rq")));
        }
        return queries;
    }

    @Test
    void serversHoldingTheSameDatasetGiveEachQuerysRows() throws IOException {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("gcm-kg", sparql("/whole"));
        endpoints.put("Fuseki", sparql("/again"));
        assertEquals(
                Map.of("15-guidance-for-an-objective", 2L, "22-examples-by-country", 70L),
                Harness.sameAnswers(endpoints, queries("15-guidance-for-an-objective", "22-examples-by-country")));
    }

    @Test
    void aServerOfTheUnionAloneStopsTheRunAtTheFirstGraphQuery() throws IOException {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("gcm-kg", sparql("/whole"));
        endpoints.put("Fuseki", sparql("/union"));
        // Query 22 reads the default graph, which both hold: it passes before query 15 fails.
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> Harness.sameAnswers(
                        endpoints, queries("22-examples-by-country", "15-guidance-for-an-objective")));
        assertEquals(
                "15-guidance-for-an-objective: the servers answer different numbers of rows {gcm-kg=2, Fuseki=0},"
                        + " so they do not serve the same data",
                failure.getMessage());
    }
}
