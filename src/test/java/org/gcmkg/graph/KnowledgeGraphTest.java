package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The graph built from data/corpus: its resources, their provenance, and its conformance to the shapes. */
class KnowledgeGraphTest {
    static final String BOOKLET = "https://w3id.org/gcm/id/source/gcm-implementation-booklet";
    static Dataset dataset;
    static Model graph;

    @BeforeAll
    static void build() {
        dataset = KnowledgeGraph.build(Corpus.open(Path.of("data/corpus")));
        graph = dataset.getDefaultModel();
    }

    static int count(Resource type) {
        return graph.listSubjectsWithProperty(RDF.type, type).toList().size();
    }

    @Test
    void holdsTheResourcesOfTheBooklet() {
        assertEquals(23, count(GCM.Objective));
        assertEquals(186, count(GCM.Action));
        assertEquals(94, count(GCM.Example));
        assertEquals(116, count(GCM.Citation));
        assertEquals(27, count(GCM.LegalInstrument));
        assertEquals(18, count(GCM.Website));
        assertEquals(1, count(GCM.SourceDocument));
        assertEquals(17, count(SDGO.Goal));
        assertEquals(53, count(SDGO.Target));
    }

    @Test
    void linksEachFootnoteFromTheExampleThatCarriesItsMarker() {
        Resource example = graph.getResource(Uris.example(12, 2));
        Set<String> cited = new TreeSet<>();
        example.listProperties(GCM.cites).forEach(s -> cited.add(s.getResource().getURI()));
        assertEquals(Set.of(Uris.citation("gcm-implementation-booklet", 48), Uris.citation("gcm-implementation-booklet", 49)), cited);
        Resource f48 = graph.getResource(Uris.citation("gcm-implementation-booklet", 48));
        assertEquals("Article 3.1 of the CRC states that \"[i]n all actions concerning children... the best interests of the "
                + "child shall be a primary consideration.\"", f48.getProperty(GCM.text).getString());
        assertEquals(48, f48.getProperty(GCM.number).getInt());
        // Every one of the 116 footnotes is cited from the text that carries its marker.
        assertEquals(116, graph.listObjectsOfProperty(GCM.cites).toList().size());
    }

    @Test
    void usesTheUnsOwnSdgUris() {
        Resource objective = graph.getResource(Uris.objective(1));
        Set<String> targets = new TreeSet<>();
        objective.listProperties(GCM.sdgTarget).forEach(s -> targets.add(s.getResource().getURI()));
        assertEquals(Set.of("http://metadata.un.org/sdg/10.7", "http://metadata.un.org/sdg/17.18"), targets);
        assertEquals(17, graph.getResource(Uris.objective(2)).listProperties(GCM.sdgGoal).toList().size());
        assertEquals("Reduced inequalities", graph.getResource("http://metadata.un.org/sdg/10").getProperty(RDFS.label).getString());
    }

    @Test
    void everyResourceHasALabelAndEveryExtractedOneItsProvenance() {
        Model data = dataset.getNamedModel(Uris.graph("gcm-implementation-booklet"));
        Set<Resource> subjects = data.listSubjects().toSet();
        List<Resource> unlabelled = subjects.stream().filter(r -> !r.hasProperty(RDFS.label)).toList();
        assertEquals(List.of(), unlabelled);
        for (Resource type : List.of(GCM.Objective, GCM.Action, GCM.Example, GCM.Citation, GCM.LegalInstrument, GCM.Passage,
                GCM.Section, GCM.Website, GCM.Mention, SDGO.Goal, SDGO.Target)) {
            for (Resource r : graph.listSubjectsWithProperty(RDF.type, type).toList()) {
                List<Statement> derived = r.listProperties(PROV.wasDerivedFrom).toList();
                assertEquals(1, derived.size(), r + " is derived from one document");
                assertEquals(BOOKLET, derived.get(0).getResource().getURI());
                if (!type.equals(GCM.Passage) && !type.equals(GCM.Mention)) {
                    assertTrue(r.hasProperty(GCM.passage), r + " has a passage");
                }
            }
        }
    }

    @Test
    void keepsEachDocumentInANamedGraphAndServesTheirUnion() {
        assertEquals(List.of(Uris.graph("gcm-implementation-booklet"), Ontology.GRAPH), List.copyOf(iterable(dataset)));
        long named = dataset.getNamedModel(Uris.graph("gcm-implementation-booklet")).size()
                + dataset.getNamedModel(Ontology.GRAPH).size();
        assertEquals(named, graph.size());
    }

    @Test
    void conformsToTheShapes() {
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), graph.getGraph());
        assertEquals(List.of(), report.getEntries().stream().map(Object::toString).toList());
        assertTrue(report.conforms());
    }

    private static List<String> iterable(Dataset d) {
        List<String> names = new java.util.ArrayList<>();
        d.listNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }
}
