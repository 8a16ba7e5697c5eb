package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

class ServicePolicyTest {
    private final ServicePolicy policy = new ServicePolicy(ServerOptions.DEFAULT_ALLOWED_SERVICES, "127.0.0.1", 0);

    @Test
    void endpointsAreComparedAsUrls() {
        assertEquals(
                Optional.of("https://query.wikidata.org/sparql"),
                ServicePolicy.normalise("HTTPS://Query.Wikidata.org:443/sparql?format=json#x"));
        assertEquals(Optional.of("http://example.org/"), ServicePolicy.normalise("http://example.org"));
        assertEquals(Optional.empty(), ServicePolicy.normalise("ftp://example.org/sparql"));
        assertEquals(Optional.empty(), ServicePolicy.normalise("urn:x-arq:DefaultGraph"));
        assertEquals(Optional.empty(), ServicePolicy.normalise("http://user@query.wikidata.org/sparql"));
    }

    /** The policy allows each endpoint of {@code allowed} and none of {@code refused}. */
    private void assertAllows(List<String> allowed, List<String> refused) {
        List<String> all = new ArrayList<>(allowed);
        all.addAll(refused);
        assertEquals(allowed, all.stream().filter(policy::allows).toList());
    }

    @Test
    void allowsTheListedEndpointsOnly() {
        // Own endpoints (localhost:3030/gcm) are known once the server listens.
        assertAllows(
                List.of(
                        "https://query.wikidata.org/sparql",
                        "https://query.wikidata.org/sparql?timeout=1",
                        "https://metadata.un.org/sparql"),
                List.of(
                        "https://query.wikidata.org/sparql/other",
                        "http://query.wikidata.org.evil.example/sparql",
                        "http://169.254.169.254/latest/meta-data",
                        "http://localhost:3030/gcm/sparql"));
    }

    @Test
    void ownDatasetsAtTheServersPortOnly() {
        policy.ownDataset("/gcm", DatasetGraphFactory.createTxnMem());
        policy.port(3030);
        assertAllows(
                List.of("http://localhost:3030/gcm/sparql", "http://127.0.0.1:3030/gcm", "http://[::1]:3030/gcm/query"),
                List.of(
                        "http://localhost:3031/gcm/sparql",
                        "http://localhost:3030/gcm/update",
                        "http://localhost:3030/other/sparql"));
    }

    @Test
    void mappedEndpointIsAllowed() {
        policy.mapToLocal("http://metadata.un.org/sdg/sparql", DatasetGraphFactory.createTxnMem());
        assertTrue(policy.allows("http://metadata.un.org/sdg/sparql"));
    }

    @Test
    void queryNamingAnotherEndpointIsRefusedBeforeItRuns() {
        policy.check(QueryFactory.create("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"));
        QueryDeniedException refused = assertThrows(
                QueryDeniedException.class,
                () -> policy.check(QueryFactory.create(
                        "SELECT * { { SELECT ?s { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } }")));
        assertTrue(refused.getMessage().startsWith("SERVICE <http://example.org/sparql> is not allowed"));
    }

    @Test
    void endpointNestedInOptionalUnionMinusOrGraphIsRefused() {
        for (String pattern : List.of(
                "{ ?a ?b ?c OPTIONAL { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
                "{ { ?a ?b ?c } UNION { GRAPH ?g { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } }",
                "{ ?a ?b ?c MINUS { SERVICE <http://example.org/sparql> { ?a ?p ?o } } }")) {
            assertThrows(QueryDeniedException.class, () -> policy.check(QueryFactory.create("SELECT * " + pattern)));
        }
        // No pattern at all: nothing to refuse.
        policy.check(QueryFactory.create("DESCRIBE <http://example.org/x>"));
    }

    @Test
    void badAllowListEntryIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ServicePolicy(List.of("query.wikidata.org"), "::", 0));
    }

    @Test
    void redirectOfAnAllowedEndpointIsNotFollowed() throws IOException {
        // An allowed endpoint that sends the call on to another one, which would answer one row.
        HttpServer endpoints = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> called = new CopyOnWriteArrayList<>();
        endpoints.createContext("/sparql", exchange -> {
            called.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Location", "/elsewhere");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        endpoints.createContext("/elsewhere", exchange -> {
            called.add(exchange.getRequestURI().getPath());
            byte[] body =
                    "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"uri\",\"value\":\"http://example.org/s\"}}]}}"
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        endpoints.start();
        try {
            String endpoint = "http://127.0.0.1:" + endpoints.getAddress().getPort() + "/sparql";
            ServicePolicy allowing = new ServicePolicy(List.of(endpoint), "127.0.0.1", 5000);
            DatasetGraph empty = DatasetGraphFactory.createTxnMem();
            Context context = new Context();
            allowing.install(context);
            for (String silent : List.of("", "SILENT ")) {
                try (QueryExec exec = QueryExec.dataset(empty)
                        .query("SELECT ?s { SERVICE " + silent + "<" + endpoint + "> { ?s ?p ?o } }")
                        .context(context)
                        .build()) {
                    if (silent.isEmpty()) {
                        assertThrows(RuntimeException.class, () -> exec.select().materialize());
                    } else {
                        RowSet rows = exec.select();
                        // SILENT: the failed call yields the one empty row, not the other endpoint's answer.
                        assertTrue(rows.hasNext());
                        assertEquals(null, rows.next().get("s"));
                        assertTrue(!rows.hasNext());
                    }
                }
            }
            assertEquals(List.of("/sparql", "/sparql"), called);
        } finally {
            endpoints.stop(0);
        }
    }
}
