package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.CorpusGraph;
import org.gcmkg.kind.booklet.BookletUris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The graph built from data/corpus: its resources and its conformance to the shapes. That every kind gives each
 * resource a label and its provenance: DocumentKindContractTest.
 */
class KnowledgeGraphTest {

    static final Dataset dataset = CorpusGraph.get();
    static final Model graph = dataset.getDefaultModel();

    static int count(Model model, Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).toList().size();
    }

    static Model booklet() {
        return dataset.getNamedModel(Uris.graph("gcm-implementation-booklet"));
    }

    @Test
    void holdsOneSourceDocumentPerNamedGraphInItsUnion() {
        // One source document per named graph, which keepsEachDocumentInANamedGraph... lists; that each kind's graph
        // holds its document once: DocumentKindContractTest.
        assertEquals(documentGraphs().size(), count(graph, GCM.SourceDocument));
    }

    /**
     * The resources of each type in the booklet's named graph and in the union. In the booklet: the 27 frameworks of
     * its lists, 16 more its actions and examples name by their titles, and 2 the ICMPD annex lists that its actions
     * name. In the union: 27 frameworks of the booklet and 30 of the ICMPD annex, 11 of which are the booklet's; 20
     * more named in the texts of the booklet (16), of the IOM report (3: IOM's Migration Governance Framework among
     * them) and of ICMPD's sections (the Joint Valletta Action Plan); the QUNO sheet refers to the booklet's objective
     * 23.
     */
    @ParameterizedTest(name = "{0} holds {2} of {1}")
    @CsvSource(textBlock = """
            booklet, gcm:Objective,       23
            booklet, gcm:Action,          187
            booklet, gcm:Example,         94
            booklet, gcm:Citation,        116
            booklet, gcm:LegalInstrument, 45
            booklet, gcm:Website,         18
            booklet, gcm:SourceDocument,  1
            booklet, sdgo:Goal,           17
            booklet, sdgo:Target,         53
            union,   gcm:Objective,       23
            union,   gcm:LegalInstrument, 66
            union,   gcm:Guidance,        2
            union,   gcm:Theme,           5
            union,   gcm:Commitment,      30
            union,   gcm:Workshop,        2
            union,   gcm:Person,          64
            union,   gcm:Statement,       119
            """)
    void holdsTheResourcesOfEachType(String model, String type, int expected) {
        PrefixMapping prefixes =
                PrefixMapping.Factory.create().setNsPrefix("gcm", GCM.NS).setNsPrefix("sdgo", SDGO.NS);
        Resource resource = ResourceFactory.createResource(prefixes.expandPrefix(type));
        assertEquals(expected, count(model.equals("booklet") ? booklet() : graph, resource));
    }

    @Test
    void linksEachFootnoteFromTheExampleThatCarriesItsMarker() {
        Model graph = booklet();
        Resource example = graph.getResource(BookletUris.example(12, 2));
        Set<String> cited = new TreeSet<>();
        example.listProperties(GCM.cites).forEach(s -> cited.add(s.getResource().getURI()));
        assertEquals(
                Set.of(
                        BookletUris.citation("gcm-implementation-booklet", 48),
                        BookletUris.citation("gcm-implementation-booklet", 49)),
                cited);
        Resource f48 = graph.getResource(BookletUris.citation("gcm-implementation-booklet", 48));
        assertEquals(
                "Article 3.1 of the CRC states that \"[i]n all actions concerning children... the best interests of the "
                        + "child shall be a primary consideration.\"",
                f48.getProperty(GCM.text).getString());
        assertEquals(48, f48.getProperty(GCM.number).getInt());
        // Every one of the 116 footnotes is cited from the text that carries its marker.
        assertEquals(116, graph.listObjectsOfProperty(GCM.cites).toList().size());
    }

    @Test
    void usesTheUnsOwnSdgUris() {
        Resource objective = graph.getResource(BookletUris.objective(1));
        Set<String> targets = new TreeSet<>();
        objective
                .listProperties(GCM.sdgTarget)
                .forEach(s -> targets.add(s.getResource().getURI()));
        assertEquals(Set.of("http://metadata.un.org/sdg/10.7", "http://metadata.un.org/sdg/17.18"), targets);
        assertEquals(
                17,
                graph.getResource(BookletUris.objective(2))
                        .listProperties(GCM.sdgGoal)
                        .toList()
                        .size());
        assertEquals(
                "Reduced inequalities",
                graph.getResource("http://metadata.un.org/sdg/10")
                        .getProperty(RDFS.label)
                        .getString());
    }

    @Test
    void keepsEachDocumentInANamedGraphAndServesTheirUnion() {
        assertEquals(
                List.of(
                        Uris.graph("gcm-implementation-booklet"),
                        Uris.graph("icmpd-input-unsg-report"),
                        Uris.graph("iom-idm-red-book-27"),
                        Ontology.GRAPH,
                        Uris.graph("quno-foundations-objective-23")),
                iterable(dataset));
        Model union = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        for (String name : iterable(dataset)) {
            union.add(dataset.getNamedModel(name));
        }
        assertTrue(union.isIsomorphicWith(graph));
    }

    static List<String> documentGraphs() {
        return iterable(dataset).stream().filter(n -> !n.equals(Ontology.GRAPH)).toList();
    }

    @Test
    void conformsToTheShapes() {
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), graph.getGraph());
        assertEquals(
                List.of(), report.getEntries().stream().map(Object::toString).toList());
        assertTrue(report.conforms());
    }

    private static List<String> iterable(Dataset d) {
        List<String> names = new java.util.ArrayList<>();
        d.listNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }
}
