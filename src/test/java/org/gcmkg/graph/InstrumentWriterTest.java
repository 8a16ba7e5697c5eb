package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.CorpusGraph;
import org.junit.jupiter.api.Test;

/** Instruments described alike, with every name the corpus knows them by, in each document's graph. */
class InstrumentWriterTest {
    static Set<String> strings(Model model, String uri, Property p) {
        return model.listObjectsOfProperty(model.getResource(uri), p).toList().stream()
                .map(n -> n.asLiteral().getLexicalForm())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void givesAnInstrumentItsOtherNamesAlikeInEveryGraphThatNamesIt() {
        Dataset dataset = CorpusGraph.get();
        String sendai = Uris.instrument("sendai-framework-for-disaster-risk-reduction-2015-2030");
        // The booklet lists it with its period; its texts say "Sendai Framework" (the short name of a title that begins
        // with a proper name) and "Sendai Framework for Disaster Risk Reduction 2015-2030"
        // (link/instrument-aliases.tsv).
        Set<String> names = Set.of(
                "Sendai Framework",
                "Sendai Framework for Disaster Risk Reduction",
                "Sendai Framework for Disaster Risk Reduction 2015-2030");
        for (String stem : new String[] {"gcm-implementation-booklet", "icmpd-input-unsg-report"}) {
            Model graph = dataset.getNamedModel(Uris.graph(stem));
            assertEquals(
                    Set.of("Sendai Framework for Disaster Risk Reduction (2015-2030)"),
                    strings(graph, sendai, RDFS.label),
                    stem);
            assertEquals(names, strings(graph, sendai, SKOS.altLabel), stem);
        }
        // A title no document lists is labelled by the words that name it, and has no other name.
        Resource agreement =
                dataset.getDefaultModel().getResource(Uris.instrument("colombia-peru-framework-agreement"));
        assertEquals(
                Set.of("Colombia-Peru Framework Agreement"),
                strings(dataset.getDefaultModel(), agreement.getURI(), RDFS.label));
        assertEquals(Set.of(), strings(dataset.getDefaultModel(), agreement.getURI(), SKOS.altLabel));
    }

    @Test
    void describesEveryInstrumentAlikeInEveryGraph() {
        Dataset dataset = CorpusGraph.get();
        Model union = dataset.getDefaultModel();
        List<Model> graphs = new ArrayList<>();
        dataset.listModelNames().forEachRemaining(name -> graphs.add(dataset.getNamedModel(name)));
        int inSeveral = 0;
        for (Resource instrument :
                union.listSubjectsWithProperty(RDF.type, GCM.LegalInstrument).toList()) {
            assertEquals(
                    1,
                    union.listObjectsOfProperty(instrument, RDFS.label).toList().size(),
                    instrument.getURI());
            List<Model> describing = graphs.stream()
                    .filter(g -> g.contains(instrument, RDF.type, GCM.LegalInstrument))
                    .toList();
            assertEquals(
                    1,
                    describing.stream()
                            .map(g -> strings(g, instrument.getURI(), SKOS.altLabel))
                            .distinct()
                            .count(),
                    instrument.getURI());
            inSeveral += describing.size() > 1 ? 1 : 0;
        }
        // As SPARQL counts them, instruments typed in more than one named graph: the 11 frameworks the booklet and the
        // ICMPD annex both list (two of which the IOM report names too), the 2 of the annex the booklet's actions
        // name, and 3 that the IOM report or ICMPD's sections name by a short form or in a text now linked (the Global
        // Compact on Refugees, the Joint Valletta Action Plan, the New York Declaration).
        assertEquals(16, inSeveral);
    }
}
