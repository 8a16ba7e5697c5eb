package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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
}
