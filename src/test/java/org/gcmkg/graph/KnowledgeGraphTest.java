package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.CorpusGraph;
import org.gcmkg.kind.booklet.BookletUris;
import org.junit.jupiter.api.Test;

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
    void holdsTheResourcesOfTheBookletInItsNamedGraph() {
        Model booklet = booklet();
        assertEquals(23, count(booklet, GCM.Objective));
        assertEquals(187, count(booklet, GCM.Action));
        assertEquals(94, count(booklet, GCM.Example));
        assertEquals(116, count(booklet, GCM.Citation));
        // The 27 frameworks of its lists, 16 more its actions and examples name by their titles, and 2 the ICMPD
        // annex lists that its actions name.
        assertEquals(45, count(booklet, GCM.LegalInstrument));
        assertEquals(18, count(booklet, GCM.Website));
        assertEquals(1, count(booklet, GCM.SourceDocument));
        assertEquals(17, count(booklet, SDGO.Goal));
        assertEquals(53, count(booklet, SDGO.Target));
    }

    @Test
    void holdsTheWholeCorpusInItsUnion() {
        // One source document per named graph, which keepsEachDocumentInANamedGraph... lists; that each kind's graph
        // holds its document once: DocumentKindContractTest.
        assertEquals(documentGraphs().size(), count(graph, GCM.SourceDocument));
        assertEquals(23, count(graph, GCM.Objective), "the QUNO sheet refers to the booklet's objective 23");
        // 27 frameworks of the booklet and 30 of the ICMPD annex, 11 of which are the booklet's; 20 more named in the
        // texts of the booklet (16), of the IOM report (3: IOM's Migration Governance Framework among them) and of
        // ICMPD's sections (the Joint Valletta Action Plan).
        assertEquals(66, count(graph, GCM.LegalInstrument));
        assertEquals(2, count(graph, GCM.Guidance));
        assertEquals(5, count(graph, GCM.Theme));
        assertEquals(30, count(graph, GCM.Commitment));
        assertEquals(2, count(graph, GCM.Workshop));
        assertEquals(64, count(graph, GCM.Person));
        assertEquals(119, count(graph, GCM.Statement));
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
