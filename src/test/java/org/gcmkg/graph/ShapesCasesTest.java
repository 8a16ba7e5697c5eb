package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes ({@code ontology/shapes.ttl}) accept a small valid graph of every kind of document, and reject each broken
 * variant of it with exactly the violations its case names. The cases are files in {@code shapes-cases/} (see the
 * README there): {@code valid-instance.ttl}, and one TriG file per broken instance, whose graph {@code case:remove}
 * holds the triples taken out of the valid instance, {@code case:add} those put in, and {@code case:expected} the
 * validation results expected, each as its {@code sh:focusNode}, {@code sh:resultPath} and
 * {@code sh:sourceConstraintComponent}.
 */
class ShapesCasesTest {
    private static final Path CASES = Path.of("src/test/resources/shapes-cases");
    private static final String CASE = "https://w3id.org/gcm/test/shapes-case#";
    private static final String ID = GCM.ID;
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private static Graph ontology;
    private static Shapes shapes;

    @BeforeAll
    static void load() {
        ontology = RDFParser.source(Path.of("ontology", "gcm.ttl"))
                .lang(Lang.TURTLE)
                .toGraph();
        shapes = Shapes.parse(RDFParser.source(Path.of("ontology", "shapes.ttl"))
                .lang(Lang.TURTLE)
                .toGraph());
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".trig"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void thereIsACaseForEachWayTheShapesWereShownToReject() throws IOException {
        assertEquals(31, cases().count());
    }

    @Test
    void validInstanceConforms() {
        Graph data = validInstance();
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        assertTrue(report.conforms(), () -> describe(report.getEntries()));
        assertEquals(0, report.getEntries().size());
        // What other documents legitimately add to resources the booklet mints is part of the valid instance:
        // a second derivation of objective 23, a theme that corresponds to objective 10, and an instrument that
        // only the ICMPD annex lists, so with neither gcm:listedIn nor gcm:year.
        Node derivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
        assertEquals(
                2,
                data.find(node(ID + "objective/23"), derivedFrom, Node.ANY)
                        .toList()
                        .size());
        assertTrue(data.contains(
                node(ID + "theme/icmpd-input-unsg-report/2"), GCM.correspondsTo.asNode(), node(ID + "objective/10")));
        Node instrument = node(ID + "instrument/united-nations-convention-against-transnational-organized-crime");
        assertFalse(data.contains(instrument, GCM.listedIn.asNode(), Node.ANY));
        assertFalse(data.contains(instrument, GCM.year.asNode(), Node.ANY));
        // Every class the QUNO, ICMPD and IOM documents and the entity links write has a member in it, so its shape
        // is exercised.
        for (var cls : List.of(
                GCM.Actor,
                GCM.UnDocument,
                GCM.Guidance,
                GCM.GuidanceCoverage,
                GCM.Theme,
                GCM.Commitment,
                GCM.ThemeMapping,
                GCM.Workshop,
                GCM.Chapter,
                GCM.Person,
                GCM.Statement,
                GCM.Recommendation,
                GCM.Mention,
                GCM.LegalInstrument,
                GCM.Example,
                GCM.Country)) {
            assertTrue(data.contains(Node.ANY, RDF.type.asNode(), cls.asNode()), cls.getLocalName());
        }
        // The example names Mexico and its government, a national actor that belongs to it; each link has a mention.
        Node mexico = node(ID + "country/MEX");
        Node government = node(ID + "actor/government-of-mexico");
        Node example = node(ID + "objective/4/example/3");
        assertTrue(data.contains(example, GCM.country.asNode(), mexico));
        assertTrue(data.contains(example, GCM.actor.asNode(), government));
        assertTrue(data.contains(government, GCM.country.asNode(), mexico));
        assertEquals(
                Set.of(mexico, government),
                data.find(Node.ANY, GCM.mentionIn.asNode(), example)
                        .mapWith(t -> data.find(t.getSubject(), GCM.mentionOf.asNode(), Node.ANY)
                                .next()
                                .getObject())
                        .toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenInstanceIsRejectedWithExactlyTheExpectedViolations(String file) {
        Dataset broken = RDFParser.source(CASES.resolve(file)).lang(Lang.TRIG).toDataset();
        Graph remove = broken.asDatasetGraph().getGraph(node(CASE + "remove"));
        Graph add = broken.asDatasetGraph().getGraph(node(CASE + "add"));
        Graph expected = broken.asDatasetGraph().getGraph(node(CASE + "expected"));
        Graph data = validInstance();
        // A case breaks the valid instance: what it removes is there, what it adds is not.
        List<Triple> absent = remove.find().filterDrop(data::contains).toList();
        assertEquals(List.of(), absent, "removed but not in valid-instance.ttl");
        List<Triple> present = add.find().filterKeep(data::contains).toList();
        assertEquals(List.of(), present, "added but already in valid-instance.ttl");
        assertFalse(remove.isEmpty() && add.isEmpty(), "a case changes the valid instance");
        remove.find().toList().forEach(data::delete);
        add.find().forEachRemaining(data::add);

        ValidationReport report = ShaclValidator.get().validate(shapes, data);

        List<String> expectedResults = new ArrayList<>();
        expected.find(Node.ANY, SHACL.focusNode, Node.ANY)
                .forEachRemaining(t -> expectedResults.add(result(
                        t.getObject(),
                        ShaclPaths.pathToString(
                                ShaclPaths.parsePath(expected, one(expected, t.getSubject(), SHACL.resultPath))),
                        one(expected, t.getSubject(), SHACL.sourceConstraintComponent))));
        assertFalse(expectedResults.isEmpty(), "a broken instance is expected to fail");
        assertEquals(
                expectedResults.stream().sorted().toList(),
                report.getEntries().stream()
                        .map(e -> result(
                                e.focusNode(), ShaclPaths.pathToString(e.resultPath()), e.sourceConstraintComponent()))
                        .sorted()
                        .toList(),
                () -> describe(report.getEntries()));
    }

    private static Graph validInstance() {
        Graph data = RDFParser.source(CASES.resolve("valid-instance.ttl"))
                .lang(Lang.TURTLE)
                .toGraph();
        ontology.find().forEachRemaining(data::add);
        return data;
    }

    private static String result(Node focus, String path, Node component) {
        return ShLib.displayStr(focus) + " " + path + " " + component.getLocalName();
    }

    private static Node one(Graph graph, Node subject, Node predicate) {
        List<Triple> found = graph.find(subject, predicate, Node.ANY).toList();
        assertEquals(1, found.size(), () -> ShLib.displayStr(subject) + " " + ShLib.displayStr(predicate));
        return found.get(0).getObject();
    }

    private static String describe(java.util.Collection<ReportEntry> entries) {
        StringBuilder sb = new StringBuilder();
        for (ReportEntry e : entries) {
            sb.append(ShLib.displayStr(e.focusNode()))
                    .append(' ')
                    .append(e.resultPath())
                    .append(' ')
                    .append(e.sourceConstraintComponent().getLocalName())
                    .append(": ")
                    .append(e.message())
                    .append('\n');
        }
        return sb.toString();
    }

    private static Node node(String uri) {
        return NodeFactory.createURI(uri);
    }
}
