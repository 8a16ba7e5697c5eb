package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

/** The JSON-LD writer: every kind of term reads back as written, by Jena and by RDF4J, in the compact forms promised. */
class CompactJsonLdTest {
    private static final String ID = "https://w3id.org/gcm/id/";
    private static final Node OBJECTIVE = NodeFactory.createURI(ID + "objective/4");
    private static final Node ACTION = NodeFactory.createURI(ID + "objective/4/action/a");
    private static final Node UNION = NodeFactory.createBlankNode("u1");
    private static final Node NUMBER = NodeFactory.createURI(GCM.NS + "number");
    private static final Node NOTE = NodeFactory.createURI("http://example.org/terms_note");

    /** Each kind of literal and node the writer treats apart, and two subjects whose triples interleave. */
    private static Graph graph() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(OBJECTIVE, RDF.type.asNode(), NodeFactory.createURI(GCM.NS + "Objective")));
        graph.add(Triple.create(OBJECTIVE, RDF.type.asNode(), OWL.Thing.asNode()));
        graph.add(Triple.create(
                OBJECTIVE, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Proof of identity", "en")));
        graph.add(Triple.create(
                OBJECTIVE, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Preuve d'identité", "fr")));
        graph.add(Triple.create(OBJECTIVE, RDFS.label.asNode(), NodeFactory.createLiteralString("objective 4")));
        graph.add(Triple.create(OBJECTIVE, NUMBER, NodeFactory.createLiteralDT("4", XSDDatatype.XSDinteger)));
        graph.add(Triple.create(ACTION, NUMBER, NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger)));
        graph.add(Triple.create(
                ACTION, NUMBER, NodeFactory.createLiteralDT("12345678901234567", XSDDatatype.XSDinteger)));
        graph.add(Triple.create(ACTION, NOTE, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        graph.add(Triple.create(ACTION, NOTE, NodeFactory.createLiteralDT("4.0", XSDDatatype.XSDdecimal)));
        graph.add(Triple.create(ACTION, NOTE, NodeFactory.createLiteralDT("1", XSDDatatype.XSDboolean)));
        graph.add(Triple.create(ACTION, DCTerms.isPartOf.asNode(), OBJECTIVE));
        graph.add(Triple.create(ACTION, RDF.type.asNode(), UNION));
        graph.add(Triple.create(UNION, OWL.unionOf.asNode(), RDF.nil.asNode()));
        graph.add(Triple.create(UNION, RDF.type.asNode(), NodeFactory.createLiteralString("not a class")));
        return graph;
    }

    private static PrefixMapping prefixes() {
        return Namespaces.setPrefixes(PrefixMapping.Factory.create());
    }

    private static String written(Graph graph, boolean stored) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (stored) {
            CompactJsonLd.writeStored(graph, prefixes(), out);
        } else {
            CompactJsonLd.write(graph, prefixes(), out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jenaAndRdf4jReadBackTheGraph() throws Exception {
        for (boolean stored : List.of(false, true)) {
            String json = written(graph(), stored);
            Graph jena = GraphFactory.createDefaultGraph();
            RDFParser.fromString(json, Lang.JSONLD).parse(jena);
            assertEquals(15, jena.size());
            assertTrue(jena.isIsomorphicWith(graph()), json);
            Model rio =
                    Rio.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "", RDFFormat.JSONLD);
            assertEquals(15, rio.size());
        }
    }

    @Test
    void nodesAreGroupedBySubjectUnderTheGraphsContext() {
        JsonObject document = JSON.parse(written(graph(), false));
        assertEquals(CompactJsonLd.context(prefixes()), document.get("@context"));
        JsonArray nodes = document.get("@graph").getAsArray();
        assertEquals(3, nodes.size());
        JsonObject objective = node(nodes, ID + "objective/4");
        assertEquals(JSON.parseAny("[\"owl:Thing\", \"gcm:Objective\"]"), objective.get("@type"));
        // English is the default language, a string without a language a value object, an integer a number.
        assertEquals(
                sorted(JSON.parseAny(
                                "[\"Proof of identity\", {\"@value\": \"Preuve d'identité\", \"@language\": \"fr\"}]")
                        .getAsArray()),
                sorted(objective.get("dcterms:title").getAsArray()));
        assertEquals(JSON.parseAny("{\"@value\": \"objective 4\"}"), objective.get("rdfs:label"));
        assertEquals(4, objective.get("gcm:number").getAsNumber().value().intValue());
        JsonObject action = node(nodes, ID + "objective/4/action/a");
        // Integers that would not read back to the same lexical form stay typed strings.
        assertEquals(
                JSON.parseAny("[{\"@value\": \"007\", \"@type\": \"xsd:integer\"},"
                        + " {\"@value\": \"12345678901234567\", \"@type\": \"xsd:integer\"}]"),
                sorted(action.get("gcm:number").getAsArray()));
        assertEquals(JSON.parseAny("{\"@id\": \"" + ID + "objective/4\"}"), action.get("dcterms:isPartOf"));
        // A namespace that does not end in / or # is no prefix; a type that is a blank node is an rdf:type value.
        assertTrue(action.hasKey("http://example.org/terms_note"));
        assertTrue(action.get("rdf:type")
                .getAsObject()
                .get("@id")
                .getAsString()
                .value()
                .startsWith("_:"));
        JsonObject union = nodes.stream()
                .map(JsonValue::getAsObject)
                .filter(n -> n.get("@id").getAsString().value().startsWith("_:"))
                .findFirst()
                .orElseThrow();
        assertEquals(JSON.parseAny("{\"@id\": \"rdf:nil\"}"), union.get("owl:unionOf"));
        assertEquals(JSON.parseAny("{\"@value\": \"not a class\"}"), union.get("rdf:type"));
    }

    private static JsonObject node(JsonArray nodes, String id) {
        return nodes.stream()
                .map(JsonValue::getAsObject)
                .filter(n -> n.get("@id").getAsString().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static JsonArray sorted(JsonArray values) {
        JsonArray sorted = new JsonArray();
        values.stream()
                .sorted(java.util.Comparator.comparing(JsonValue::toString))
                .forEach(sorted::add);
        return sorted;
    }
}
