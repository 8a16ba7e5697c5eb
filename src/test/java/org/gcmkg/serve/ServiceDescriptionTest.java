package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.gcmkg.graph.GCM;
import org.gcmkg.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SPARQL Service Description of {@code /gcm/sparql} and the ontology at its version IRI, over real HTTP, on the
 * store built from the real corpus.
 */
class ServiceDescriptionTest {
    private static final String SD = ServiceDescription.SD;
    private static final long TIMEOUT_MILLIS = 4_000;
    private static final long RESULT_LIMIT = 2_500;

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass(ServiceDescriptionTest::startServer);

    private static GcmServer startServer() {
        ServerOptions options = new ServerOptions("127.0.0.1", 0, TIMEOUT_MILLIS, RESULT_LIMIT, List.of(), null, null);
        return GcmServer.builder(options)
                .store(TestStore.real(), TestStore.CORPUS)
                .start();
    }

    private static Model parse(HttpResponse<String> response, Lang lang) {
        assertEquals(200, response.statusCode(), response.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create()
                .source(new StringReader(response.body()))
                .lang(lang)
                .base(SERVER.base())
                .parse(m);
        return m;
    }

    private static Property sd(String local) {
        return ResourceFactory.createProperty(SD + local);
    }

    private static Set<String> uris(Resource s, Property p) {
        return s.listProperties(p)
                .mapWith(st -> st.getObject().asResource().getURI())
                .toSet();
    }

    @Test
    void getWithoutAQueryDescribesTheEndpoint() throws Exception {
        HttpResponse<String> response = Http.get(SERVER.base() + "/gcm/sparql", "text/turtle");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = parse(response, Lang.TURTLE);
        String endpoint = SERVER.base() + "/gcm/sparql";
        Resource service = m.getResource(endpoint);
        assertEquals(Set.of(SD + "Service"), uris(service, RDF.type));
        assertEquals(Set.of(endpoint), uris(service, sd("endpoint")));
        assertEquals(Set.of(SD + "SPARQL11Query"), uris(service, sd("supportedLanguage")));
        assertEquals(Set.of(SD + "UnionDefaultGraph", SD + "BasicFederatedQuery"), uris(service, sd("feature")));
        assertEquals(ServiceDescription.RESULT_FORMATS.keySet(), uris(service, sd("resultFormat")));
        assertEquals(10, ServiceDescription.RESULT_FORMATS.size());
        assertEquals(Set.of("http://jena.apache.org/text#query"), uris(service, sd("extensionFunction")));
        assertEquals(
                TIMEOUT_MILLIS, service.getRequiredProperty(GCM.queryTimeout).getLong());
        assertEquals(RESULT_LIMIT, service.getRequiredProperty(GCM.resultLimit).getLong());

        Resource dataset = service.getRequiredProperty(sd("defaultDataset")).getResource();
        assertEquals(SERVER.base() + "/.well-known/void#gcm", dataset.getURI());
        assertEquals(Set.of(SERVER.base() + "/.well-known/void"), uris(dataset, RDFS.seeAlso));
        // The default graph is the union of the named graphs: the store's triples.
        assertEquals(
                TestStore.real().info().triples(),
                dataset.getRequiredProperty(sd("defaultGraph"))
                        .getResource()
                        .getRequiredProperty(VOID.triples)
                        .getLong());
        // One named graph per corpus document and one for the ontology, each with its size.
        Map<String, Long> graphs = new TreeMap<>();
        dataset.listProperties(sd("namedGraph")).forEachRemaining(st -> {
            Resource g = st.getResource();
            graphs.put(
                    g.getRequiredProperty(sd("name")).getResource().getURI(),
                    g.getRequiredProperty(sd("graph"))
                            .getResource()
                            .getRequiredProperty(VOID.triples)
                            .getLong());
        });
        long documents;
        try (var files = Files.list(TestStore.CORPUS)) {
            documents = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        assertEquals(documents + 1, graphs.size(), graphs.keySet().toString());
        assertTrue(graphs.containsKey("https://w3id.org/gcm/graph/ontology"));
        assertTrue(graphs.containsKey("https://w3id.org/gcm/graph/gcm-implementation-booklet"), graphs.toString());
        // The sizes are those the endpoint itself counts.
        for (Map.Entry<String, Long> g : graphs.entrySet()) {
            HttpResponse<String> count = Http.query(
                    SERVER.base(), "SELECT (COUNT(*) AS ?n) { GRAPH <" + g.getKey() + "> { ?s ?p ?o } }", "text/csv");
            assertEquals("n\r\n" + g.getValue() + "\r\n", count.body(), g.getKey());
        }
    }

    @ParameterizedTest
    @CsvSource({"application/ld+json, JSONLD", "application/rdf+xml, RDFXML", "application/n-triples, NTRIPLES"})
    void theDescriptionIsTheSameInEveryRdfSyntax(String accept, String lang) throws Exception {
        Model turtle = parse(Http.get(SERVER.base() + "/gcm/sparql", "text/turtle"), Lang.TURTLE);
        HttpResponse<String> response = Http.get(SERVER.base() + "/gcm/sparql", accept);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertTrue(turtle.isIsomorphicWith(parse(response, RDFLanguages.nameToLang(lang))));
    }

    @Test
    void browsersAreSentToTheQueryEditorAndQueriesStillRun() throws Exception {
        HttpResponse<String> html =
                Http.get(SERVER.base() + "/gcm/sparql", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, html.statusCode());
        assertEquals(
                ServiceDescriptionFilter.EDITOR,
                html.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> answer = Http.query(SERVER.base(), StoreEndpointTest.TITLE_QUERY, "text/csv");
        assertEquals("title\r\n" + StoreEndpointTest.TITLE_4 + "\r\n", answer.body());
        // /gcm/query describes itself too, naming itself as the endpoint.
        Model query = parse(Http.get(SERVER.base() + "/gcm/query", "text/turtle"), Lang.TURTLE);
        assertEquals(
                Set.of(SERVER.base() + "/gcm/query"),
                uris(query.getResource(SERVER.base() + "/gcm/query"), sd("endpoint")));
    }

    /** Every result format the description names is one the endpoint answers in. */
    @Test
    void everyResultFormatItNamesIsServed() throws Exception {
        for (Map.Entry<String, String> format : ServiceDescription.RESULT_FORMATS.entrySet()) {
            String local = format.getKey().substring(format.getKey().lastIndexOf('/') + 1);
            String query = local.startsWith("SPARQL_Results")
                    ? StoreEndpointTest.TITLE_QUERY
                    : "CONSTRUCT { ?s ?p ?o } WHERE { BIND(<https://w3id.org/gcm/id/objective/4> AS ?s) ?s ?p ?o }";
            HttpResponse<String> response = Http.query(SERVER.base(), query, format.getValue());
            assertEquals(200, response.statusCode(), local);
            assertTrue(
                    response.headers().firstValue("Content-Type").orElse("").startsWith(format.getValue()),
                    local + ": " + response.headers().firstValue("Content-Type"));
            assertTrue(
                    response.body()
                            .contains(local.startsWith("SPARQL_Results") ? "proof of legal identity" : "objective/4"),
                    local);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, text/turtle",
        "application/rdf+xml, application/rdf+xml",
        "application/ld+json, application/ld+json",
        "application/n-triples, application/n-triples",
        "text/html, text/html"
    })
    void theOntologyIsServedAtItsVersionIri(String accept, String type) throws Exception {
        HttpResponse<String> response = Http.get(SERVER.base() + "/ontology/0.1.0", accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type));
        HttpResponse<String> current = Http.get(SERVER.base() + "/ontology", accept);
        assertEquals(current.body(), response.body());
        if (type.equals("text/turtle")) {
            assertArrayEquals(
                    Files.readAllBytes(Path.of("ontology/gcm.ttl")),
                    Http.getBytes(SERVER.base() + "/ontology/0.1.0").body());
        }
    }

    @Test
    void anotherVersionOfTheOntologyIsNotFound() throws Exception {
        assertEquals(
                404, Http.get(SERVER.base() + "/ontology/0.0.9", "text/turtle").statusCode());
        assertEquals(404, Http.get(SERVER.base() + "/ontology/", "text/turtle").statusCode());
    }
}
