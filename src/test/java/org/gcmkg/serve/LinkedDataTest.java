package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.Uris;
import org.gcmkg.kind.booklet.BookletUris;
import org.gcmkg.store.StoredGraph;
import org.gcmkg.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pages and RDF of the graph's IRIs, the ontology, search, the dataset description and dumps, over HTTP. */
class LinkedDataTest {
    static final String TITLE_4 = StoreEndpointTest.TITLE_4;
    static final Path BOOKLET = TestStore.CORPUS.resolve("gcm-implementation-booklet.txt");

    private static StoredGraph store;

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass(LinkedDataTest::startServer);

    private static GcmServer startServer() {
        store = TestStore.real();
        return GcmServer.builder(new ServerOptions("127.0.0.1", 0, 5_000))
                .store(store, TestStore.CORPUS)
                .start();
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TURTLE, text/turtle",
        "application/ld+json, JSONLD, application/ld+json",
        "application/n-triples, NTRIPLES, application/n-triples",
        "application/rdf+xml, RDFXML, application/rdf+xml",
        "*/*, TURTLE, text/turtle",
        "application/json, JSONLD, application/ld+json"
    })
    void objectiveAsRdf(String accept, String lang, String contentType) throws Exception {
        HttpResponse<String> response = Http.get(SERVER.base() + "/id/objective/4", accept);
        assertEquals(200, response.statusCode());
        assertEquals(
                contentType,
                response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        Model model = parse(response.body(), langOf(lang));
        Resource objective = model.getResource(BookletUris.objective(4));
        assertEquals(
                model.createLiteral(TITLE_4, "en"),
                objective.getProperty(DCTerms.title).getObject());
        assertTrue(objective.hasProperty(RDF.type, GCM.Objective));
        // With its passage and the labels of what it links to, to be read without further requests.
        Resource passage = objective.getPropertyResourceValue(GCM.passage);
        assertEquals(271, passage.getProperty(GCM.startLine).getInt());
        assertTrue(model.contains(model.getResource(Uris.sdgTarget("10.7")), RDFS.label));
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        HttpResponse<String> response = Http.get(SERVER.base() + "/id/objective/4?format=nt", "text/html");
        assertEquals(
                "application/n-triples",
                response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(
                response.body()
                        .contains("<" + BookletUris.objective(4) + "> <" + DCTerms.title.getURI() + "> \"" + TITLE_4
                                + "\"@en ."),
                response.body());
    }

    @Test
    void objectiveAsHtml() throws Exception {
        HttpResponse<String> response = Http.get(
                SERVER.base() + "/id/objective/4", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertEquals(
                "text/html",
                response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        String page = response.body();
        assertTrue(page.contains("<h1>Objective 4: " + TITLE_4 + "</h1>"), page);
        assertTrue(page.contains(">" + TITLE_4 + "</span>"), "the title among the statements");
        // Links to the pages of related resources, its examples among those linked from it.
        assertTrue(page.contains("<a href=\"/id/objective/4/example/3\""), page);
        assertTrue(
                page.contains("<a href=\"" + escaped("/resource?uri=http%3A%2F%2Fmetadata.un.org%2Fsdg%2F10.7") + "\""),
                page);
        assertTrue(page.contains("<a href=\"/ontology#Objective\""), page);
        // Its provenance: the passage, with the text of the file.
        assertTrue(page.contains("lines 271–"), page);
        assertTrue(page.contains(escaped("GCM Objective 4\n\nEnsure that all migrants")), page);
        // A query about it in the query UI.
        String sparql = "SELECT ?property ?value WHERE {\n  <" + BookletUris.objective(4) + "> ?property ?value\n}";
        assertTrue(page.contains("href=\"" + escaped(Html.editorLink(sparql)) + "\""), page);
        assertTrue(page.contains("<form class=\"search\" action=\"/search\""), "the search box");
    }

    @Test
    void examplePageQuotesTheLinesItWasReadFrom() throws Exception {
        List<String> lines = Files.readAllLines(BOOKLET, StandardCharsets.UTF_8);
        HttpResponse<String> response = Http.get(SERVER.base() + "/id/objective/4/example/3", "text/html");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("line 289, characters"), page);
        assertTrue(page.contains("<blockquote class=\"source\">" + escaped(lines.get(288)) + "</blockquote>"), page);
        assertTrue(page.contains("line 295, characters"), page);
        assertTrue(page.contains(escaped(lines.get(294))), page);
    }

    @Test
    void unknownIriIsNotFound() throws Exception {
        HttpResponse<String> turtle = Http.get(SERVER.base() + "/id/objective/99", "text/turtle");
        assertEquals(404, turtle.statusCode());
        HttpResponse<String> html = Http.get(SERVER.base() + "/id/objective/99", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("<h1>Not found</h1>"), html.body());
        assertTrue(html.body().contains(BookletUris.objective(99)), html.body());
        assertEquals(404, Http.get(SERVER.base() + "/id/", "text/turtle").statusCode());
        assertEquals(
                406, Http.get(SERVER.base() + "/id/objective/4", "image/png").statusCode());
    }

    @Test
    void iriOfAnotherNamespaceTheGraphDescribes() throws Exception {
        HttpResponse<String> response =
                Http.get(SERVER.base() + "/resource?uri=" + Http.encode(Uris.sdgTarget("10.7")), "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = parse(response.body(), Lang.TURTLE);
        assertTrue(model.getResource(Uris.sdgTarget("10.7")).hasProperty(RDFS.label));
        assertEquals(
                404,
                Http.get(SERVER.base() + "/resource?uri=" + Http.encode("http://example.org/nothing"), "text/turtle")
                        .statusCode());
    }

    @Test
    void ontologyIsServedAsItsFileAndDocumented() throws Exception {
        HttpResponse<byte[]> turtle = Http.getBytes(SERVER.base() + "/ontology?format=ttl");
        assertEquals(200, turtle.statusCode());
        assertArrayEquals(Files.readAllBytes(Path.of("ontology/gcm.ttl")), turtle.body());
        Model expected = parse(new String(turtle.body(), StandardCharsets.UTF_8), Lang.TURTLE);
        HttpResponse<String> jsonld = Http.get(SERVER.base() + "/ontology", "application/ld+json");
        assertTrue(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(expected));
        HttpResponse<String> html = Http.get(SERVER.base() + "/ontology", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("<section class=\"term\" id=\"Objective\">"), html.body());
        assertTrue(html.body().contains("<section class=\"term\" id=\"sdgTarget\">"), html.body());
        assertTrue(html.body().contains("<dt>in the graph</dt><dd>23 resources"), "23 objectives");
    }

    @Test
    void searchPageFindsTheExampleAndEscapesTheQuery() throws Exception {
        HttpResponse<String> response = Http.get(SERVER.base() + "/search?q=matricula", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<a href=\"/id/objective/4/example/3\""), response.body());
        HttpResponse<String> hostile =
                Http.get(SERVER.base() + "/search?q=" + Http.encode("<script>alert(1)</script>"), "text/html");
        assertFalse(hostile.body().contains("<script>alert"), hostile.body());
        assertTrue(hostile.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), hostile.body());
        HttpResponse<String> broken = Http.get(SERVER.base() + "/search?q=" + Http.encode("\"unclosed"), "text/html");
        assertEquals(400, broken.statusCode());
    }

    @Test
    void datasetDescription() throws Exception {
        HttpResponse<String> response = Http.get(SERVER.base() + "/.well-known/void", "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = parse(response.body(), Lang.TURTLE);
        Resource gcm = model.getResource(SERVER.base() + "/.well-known/void#gcm");
        assertEquals(store.info().triples(), gcm.getProperty(VOID.triples).getLong());
        assertEquals(
                model.getResource(SERVER.base() + "/gcm/sparql"), gcm.getPropertyResourceValue(VOID.sparqlEndpoint));
        assertEquals(
                model.getResource("https://www.apache.org/licenses/LICENSE-2.0"),
                gcm.getPropertyResourceValue(DCTerms.license));
        assertEquals(5, gcm.listProperties(VOID.dataDump).toList().size());
        assertEquals(23, classPartition(gcm, GCM.Objective));
        // The links to the UN SDG vocabularies (targets, goals, and whatever else of theirs the graph links to),
        // counted here independently, in SPARQL.
        Resource linkset = model.getResource(SERVER.base() + "/.well-known/void#links-un-sdg");
        assertEquals(countLinksToSdg(), linkset.getProperty(VOID.triples).getLong());
        assertTrue(linkset.hasProperty(VOID.linkPredicate, GCM.sdgTarget));
        assertTrue(linkset.hasProperty(VOID.linkPredicate, GCM.sdgGoal));
    }

    @Test
    void jsonLdIsWrittenUnderTheContextServedAtItsOwnUrl() throws Exception {
        HttpResponse<String> served = Http.get(SERVER.base() + "/context.jsonld", "application/ld+json");
        assertEquals(200, served.statusCode());
        assertEquals(
                "application/ld+json;charset=utf-8",
                served.headers().firstValue("Content-Type").orElse(""));
        JsonObject context = JSON.parse(served.body()).get("@context").getAsObject();
        assertEquals("en", context.get("@language").getAsString().value());
        assertEquals(GCM.NS, context.get("gcm").getAsString().value());
        assertEquals(
                context,
                JSON.parse(Http.get(SERVER.base() + "/dumps/gcm.jsonld", "*/*").body())
                        .get("@context"));
        JsonObject page = JSON.parse(Http.get(SERVER.base() + "/id/objective/4", "application/ld+json")
                .body());
        assertEquals(context, page.get("@context"));
        JsonObject objective = page.get("@graph").getAsArray().stream()
                .map(n -> n.getAsObject())
                .filter(n -> n.get("@id").getAsString().value().equals("https://w3id.org/gcm/id/objective/4"))
                .findFirst()
                .orElseThrow();
        // An English text is a plain string, an integer a JSON number.
        assertEquals(
                "Ensure that all migrants have proof of legal identity and adequate documentation",
                objective.get("dcterms:title").getAsString().value());
        assertEquals(4, objective.get("gcm:number").getAsNumber().value().intValue());
    }

    @Test
    void dumpsHoldTheWholeGraph() throws Exception {
        long triples = store.info().triples();
        assertEquals(
                triples,
                parse(Http.get(SERVER.base() + "/dumps/gcm.ttl", "*/*").body(), Lang.TURTLE)
                        .size());
        assertEquals(
                triples,
                parse(Http.get(SERVER.base() + "/dumps/gcm.jsonld", "*/*").body(), Lang.JSONLD)
                        .size());
        HttpResponse<byte[]> gz = Http.getBytes(SERVER.base() + "/dumps/gcm.nt.gz");
        assertEquals("application/gzip", gz.headers().firstValue("Content-Type").orElse(""));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            Model nt = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(nt);
            assertEquals(triples, nt.size());
        }
        Dataset trig = DatasetFactory.create();
        RDFParser.fromString(Http.get(SERVER.base() + "/dumps/gcm.trig", "*/*").body(), Lang.TRIG)
                .parse(trig);
        assertTrue(trig.containsNamedModel(Uris.graph("gcm-implementation-booklet")));
        assertTrue(trig.containsNamedModel("https://w3id.org/gcm/graph/ontology"));
        assertEquals(404, Http.get(SERVER.base() + "/dumps/other.ttl", "*/*").statusCode());
        assertTrue(Http.get(SERVER.base() + "/dumps/", "text/html").body().contains("<a href=\"/dumps/gcm.nt.gz\">"));
    }

    @Test
    void health() throws Exception {
        HttpResponse<String> response = Http.get(SERVER.base() + "/health", "application/json");
        assertEquals(200, response.statusCode());
        JsonObject json = JSON.parse(response.body());
        assertEquals("ok", json.get("status").getAsString().value());
        assertEquals(store.info().triples(), Health.triples(json, "/gcm"));
        assertEquals(
                store.info().fingerprint(),
                json.get("store").getAsObject().get("fingerprint").getAsString().value());
    }

    @Test
    void pagesAreOpenToBrowserClientsOfOtherOrigins() throws Exception {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(SERVER.base() + "/id/objective/4"))
                .header("Origin", "http://elsewhere.example")
                .header("Accept", "text/turtle")
                .GET()
                .build());
        assertEquals(
                "http://elsewhere.example",
                response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals(
                200, Http.get(SERVER.base() + "/assets/gcm.css", "text/css").statusCode());
    }

    private static long classPartition(Resource dataset, Resource c) {
        return dataset.listProperties(VOID.classPartition).toList().stream()
                .map(s -> s.getResource())
                .filter(p -> p.hasProperty(VOID._class, c))
                .mapToLong(p -> p.getProperty(VOID.entities).getLong())
                .sum();
    }

    private static long countLinksToSdg() throws Exception {
        HttpResponse<String> count = Http.query(
                SERVER.base(),
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(isIRI(?o) "
                        + "&& STRSTARTS(STR(?s), '" + GCM.ID + "') && STRSTARTS(STR(?o), '" + Uris.UN_SDG + "') "
                        + "&& ?p != <" + RDF.type.getURI() + ">) }",
                "text/csv");
        return Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow());
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "RDFXML" -> Lang.RDFXML;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(model);
        return model;
    }

    @Test
    void homePageCountsTheStoreAndListsObjectivesAndQueries() throws Exception {
        HttpResponse<String> response = Http.get(SERVER.base() + "/", "text/html");
        assertEquals(200, response.statusCode());
        String page = response.body();
        for (String count : List.of(
                "23</span> objectives",
                "187</span> actions",
                "94</span> examples of implementation",
                "4</span> source documents",
                store.info().triples() + "</span> triples")) {
            assertTrue(page.contains("<span class=\"figure\">" + count), count);
        }
        assertEquals(23, occurrences(page, "<li value=\""));
        assertTrue(page.contains("<li value=\"4\"><a href=\"/id/objective/4\">" + escaped(TITLE_4) + "</a></li>"));
        // Every query of queries/ and queries/federated/, with its question and its links.
        assertEquals(32, occurrences(page, "<li class=\"query\">"));
        assertTrue(page.contains("<code>federated/02-target-names-in-french-and-spanish.rq</code>"), page);
        assertTrue(
                page.contains("href=\""
                        + escaped("/query?example=federated%2F02-target-names-in-french-and-spanish" + "&run") + "\""),
                page);
        assertTrue(page.contains("<form class=\"search big\" action=\"/search\""), page);
    }

    @Test
    void aQueryLinkOfTheHomePageAnswersCsv() throws Exception {
        String page = Http.get(SERVER.base() + "/", "text/html").body();
        Matcher csv = Pattern.compile("class=\"csv\" href=\"([^\"]+)\"").matcher(page);
        assertTrue(csv.find());
        // The first query: objective 4's four SDG targets.
        String href = csv.group(1).replace("&#61;", "=").replace("&amp;", "&");
        HttpResponse<String> answer = Http.get(SERVER.base() + href, "*/*");
        assertEquals(200, answer.statusCode());
        assertEquals(
                List.of("1.3", "10.7", "16.9", "17.18"),
                answer.body().lines().skip(1).map(l -> l.split(",")[1]).toList());
    }

    @Test
    void editorOpensAnExampleOrANewQuery() throws Exception {
        HttpResponse<String> example = Http.get(SERVER.base() + "/query?example=06-objective-actions&run", "text/html");
        assertEquals(200, example.statusCode());
        String query = Files.readString(Path.of("queries/06-objective-actions.rq"));
        assertTrue(example.body().contains(">" + escaped(query) + "</textarea>"), example.body());
        assertTrue(example.body().contains("data-autorun=\"true\""));
        String fresh = Http.get(SERVER.base() + "/query", "text/html").body();
        assertTrue(fresh.contains("PREFIX text:    &lt;http://jena.apache.org/text#&gt;"), fresh);
        assertTrue(!fresh.contains("data-autorun"));
        assertEquals(
                404,
                Http.get(SERVER.base() + "/query?example=99-nothing", "text/html")
                        .statusCode());
    }

    @Test
    void chartPagesHoldTheirQueries() throws Exception {
        for (String chart : List.of(
                "objectives-sdg-goals", "instruments-objectives", "examples-by-region", "objectives-addressed")) {
            HttpResponse<String> response = Http.get(SERVER.base() + "/charts/" + chart, "text/html");
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("data-chart=\"" + chart + "\""));
            assertTrue(response.body().contains("<script src=\"/assets/echarts.min.js\"></script>"));
        }
        assertEquals(
                404, Http.get(SERVER.base() + "/charts/nothing", "text/html").statusCode());
    }

    @Test
    void evidenceOfAnInstrumentInAnObjective() throws Exception {
        HttpResponse<String> response = Http.get(
                SERVER.base() + "/charts/evidence?instrument="
                        + Http.encode("https://w3id.org/gcm/id/instrument/convention-on-the-rights-of-the-child")
                        + "&objective=4",
                "text/html");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertEquals(1, occurrences(page, "<mark>"));
        assertTrue(page.contains("Article 7 of the <mark>Convention on the Rights of the Child</mark>. As part"), page);
        assertTrue(page.contains("<code>gcm-implementation-booklet.txt</code> 44144–44181"), page);
        assertTrue(page.contains("<a href=\"/id/objective/4/example/2\""), page);
        assertEquals(
                400,
                Http.get(SERVER.base() + "/charts/evidence?objective=four", "text/html")
                        .statusCode());
    }

    @Test
    void anObjectivesPageQuotesWhatTheDialogueAndIcmpdSaidOnIt() throws Exception {
        String page = Http.get(SERVER.base() + "/id/objective/7", "text/html").body();
        // 29 statements and 10 recommendations of the dialogue, 4 commitments of ICMPD address objective 7.
        assertTrue(page.contains("<h2>At the 2017 dialogue (39)</h2>"), page);
        String icmpd = page.substring(page.indexOf("input (4)</h2>"));
        icmpd = icmpd.substring(0, icmpd.indexOf("</section>"));
        List<String> hrefs = new ArrayList<>();
        Matcher m = Pattern.compile("<li><a href=\"/id/theme/icmpd-input-unsg-report/([^\"]+)\"")
                .matcher(icmpd);
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        assertEquals(List.of("1/commitment/1", "2/commitment/5", "4/commitment/5", "5/commitment/6"), hrefs);
        assertTrue(icmpd.contains("</a>: <q>migrants in vulnerable situations</q></li>"), icmpd);
        assertTrue(page.indexOf("At the 2017 dialogue") < page.indexOf("<h2>Statements</h2>"));
    }

    @Test
    void linkedFromIsGroupedByPropertyInNaturalOrder() throws Exception {
        String page = Http.get(SERVER.base() + "/id/objective/4", "text/html").body();
        String group = page.substring(page.indexOf("<h2>Linked from</h2>"));
        group = group.substring(group.indexOf(">objective</a> <span class=\"note\">10</span></h3>"));
        List<String> hrefs = new ArrayList<>();
        Matcher m = Pattern.compile("<li><a href=\"(/id/objective/4/[^\"]+)\"").matcher(group);
        while (m.find()) {
            hrefs.add(m.group(1).substring("/id/objective/4/".length()));
        }
        assertEquals(
                List.of(
                        "action/a",
                        "action/b",
                        "action/c",
                        "action/d",
                        "action/e",
                        "action/f",
                        "action/g",
                        "example/1",
                        "example/2",
                        "example/3"),
                hrefs);
        // Actions and examples come before the statements.
        assertTrue(page.indexOf("<h2>Actions (7)</h2>") < page.indexOf("<h2>Examples (3)</h2>"));
        assertTrue(page.indexOf("<h2>Examples (3)</h2>") < page.indexOf("<h2>Statements</h2>"));
    }

    @Test
    void noPageHasInlineScriptOrStyle() throws Exception {
        for (String path : List.of(
                "/",
                "/query",
                "/charts",
                "/charts/examples-by-region",
                "/id/objective/4",
                "/ontology",
                "/search?q=consular",
                "/search",
                "/dumps/",
                "/.well-known/void",
                "/id/objective/99",
                "/charts/evidence?instrument=" + Http.encode("https://w3id.org/gcm/id/instrument/x")
                        + "&objective=1")) {
            String page = Http.get(SERVER.base() + path, "text/html").body();
            assertTrue(page.contains("</html>"), path);
            assertTrue(
                    !Pattern.compile("<script(?![^>]*\\ssrc=)|<style|\\sstyle=|\\son[a-z]+=")
                            .matcher(page)
                            .find(),
                    path + " has inline script or style");
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** {@code text} as the page templates write it (Mustache's HTML escaping). */
    static String escaped(String text) {
        StringWriter out = new StringWriter();
        HtmlEscaper.escape(text, out);
        return out.toString();
    }
}
